//! The byte-level views of a code object: `co_code`, `co_lnotab` (deprecated but still
//! present in 3.11) and `co_lines()`, derived from minipy's instructions and positions.

use super::payload::{CodeRt, Payload};
use super::value::Value;
use crate::bytecode::CodeObject;
use crate::vm::{Args, PyResult, Vm};

/// (start offset, end offset, line) runs of instructions on one line; line 0 is "none".
fn line_ranges(code: &CodeObject) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    for (i, p) in code.positions.iter().enumerate() {
        let (start, end) = (i * 2, i * 2 + 2);
        match out.last_mut() {
            Some(last) if last.2 == p.line => last.1 = end,
            _ => out.push((start, end, p.line)),
        }
    }
    out
}

/// CPython's emit_delta: deltas split into the signed-byte pairs of the old format.
fn lnotab(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut offset, mut line) = (0i64, code.firstlineno as i64);
    for (start, _, l) in line_ranges(code) {
        if l == 0 || l as i64 == line {
            continue;
        }
        let (mut bdelta, mut ldelta) = (start as i64 - offset, l as i64 - line);
        while bdelta > 255 {
            out.extend([255, 0]);
            bdelta -= 255;
        }
        while ldelta > 127 {
            out.extend([bdelta as u8, 127]);
            bdelta = 0;
            ldelta -= 127;
        }
        while ldelta < -128 {
            out.extend([bdelta as u8, (-128i8) as u8]);
            bdelta = 0;
            ldelta += 128;
        }
        out.extend([bdelta as u8, ldelta as i8 as u8]);
        offset = start as i64;
        line = l as i64;
    }
    out
}

pub fn code_attr(vm: &Vm, c: &CodeRt, name: &str) -> Option<Value> {
    match name {
        "co_code" => {
            let bytes: Vec<u8> = c.code.instructions.iter().flat_map(|i| [i.op as u8, i.arg as u8]).collect();
            Some(vm.new_bytes(bytes))
        }
        "co_lnotab" => Some(vm.new_bytes(lnotab(&c.code))),
        _ => None,
    }
}

fn co_lines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Code(c)) = args.args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("co_lines() needs a code object"));
    };
    let items: Vec<Value> = line_ranges(&c.code)
        .into_iter()
        .map(|(s, e, l)| {
            let line = if l == 0 { Value::None } else { Value::Int(l as i64) };
            vm.new_tuple(vec![Value::Int(s as i64), Value::Int(e as i64), line])
        })
        .collect();
    let list = vm.new_list(items);
    let iter = vm.getattr_str(&list, "__iter__")?;
    vm.call0(&iter)
}

pub fn register(vm: &crate::vm::Vm) {
    super::types::add_method(&vm.interp.types.code, "co_lines", co_lines);
}
