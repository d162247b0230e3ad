//! `_minipy_dis`: what `stdlib/dis.py` and `stdlib/opcode.py` read from the instruction
//! set (`bytecode/opcode.rs`, the single definition) and from code objects.

use std::collections::HashMap;

use crate::bytecode::Opcode;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// opcodes() -> [(name, number, has_arg, is_jump, kind)], kind naming the operand:
/// 'const', 'name', 'local', 'free', 'compare', 'jump' or ''.
fn opcodes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "opcodes", 0, 0)?;
    use Opcode::*;
    let mut out = Vec::new();
    for &op in Opcode::ALL {
        let kind = match op {
            LOAD_CONST | KW_NAMES => "const",
            LOAD_NAME | STORE_NAME | DELETE_NAME | LOAD_GLOBAL | STORE_GLOBAL | DELETE_GLOBAL | LOAD_ATTR | STORE_ATTR
            | DELETE_ATTR | LOAD_METHOD | IMPORT_NAME | IMPORT_FROM => "name",
            LOAD_FAST | STORE_FAST | DELETE_FAST => "local",
            LOAD_DEREF | STORE_DEREF | DELETE_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF => "free",
            COMPARE_OP => "compare",
            _ if op.is_jump() => "jump",
            _ => "",
        };
        let item = vec![vm.new_str(op.name()), Value::Int(op as i64), Value::Bool(op.has_arg()), Value::Bool(op.is_jump()), vm.new_str(kind)];
        out.push(vm.new_tuple(item));
    }
    Ok(vm.new_list(out))
}

fn code_arg(vm: &Vm, v: &Value) -> PyResult<std::rc::Rc<crate::objects::payload::CodeRt>> {
    match v.payload() {
        Some(Payload::Code(rt)) => Ok(rt.clone()),
        _ => Err(vm.type_error(format!("don't know how to disassemble {} objects", vm.type_name(v)))),
    }
}

fn opt_int(v: Option<u32>) -> Value {
    v.map_or(Value::None, |n| Value::Int(n as i64))
}

/// instructions(code) -> [(opcode, arg or None, argrepr, starts_line or None,
/// is_jump_target, lineno, end_lineno, col_offset, end_col_offset)]; offsets are 2*index.
fn instructions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "instructions", 1, 1)?;
    let rt = code_arg(vm, &args.at(0))?;
    let code = &rt.code;
    let n = code.instructions.len();
    let mut labels = vec![false; n];
    for ins in &code.instructions {
        if ins.op.is_jump() {
            if let Some(l) = labels.get_mut(ins.arg as usize) {
                *l = true;
            }
        }
    }
    for e in &code.exception_table {
        if let Some(l) = labels.get_mut(e.target as usize) {
            *l = true;
        }
    }
    let ids = HashMap::new();
    let mut last = None;
    let mut out = Vec::with_capacity(n);
    for (i, ins) in code.instructions.iter().enumerate() {
        let loc = code.positions.get(i).copied();
        let line = loc.map(|l| l.line);
        let starts = if line.is_some() && line != last {
            last = line;
            line
        } else {
            None
        };
        let arg = if ins.op.has_arg() { Value::Int(ins.arg as i64) } else { Value::None };
        let argrepr = if ins.op.has_arg() { crate::bytecode::dis::argrepr(code, ins.op, ins.arg, &ids) } else { String::new() };
        let pos = loc;
        let item = vec![
            Value::Int(ins.op as i64),
            arg,
            vm.new_str(&argrepr),
            opt_int(starts),
            Value::Bool(labels[i]),
            opt_int(pos.map(|l| l.line)),
            opt_int(pos.map(|l| l.end_line)),
            opt_int(pos.map(|l| l.col)),
            opt_int(pos.map(|l| l.end_col)),
        ];
        out.push(vm.new_tuple(item));
    }
    Ok(vm.new_list(out))
}

/// exception_table(code) -> [(start, end, target, depth, lasti)] in instruction indices.
fn exception_table(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "exception_table", 1, 1)?;
    let rt = code_arg(vm, &args.at(0))?;
    let rows = rt
        .code
        .exception_table
        .iter()
        .map(|e| {
            let t = vec![Value::Int(e.start as i64), Value::Int(e.end as i64), Value::Int(e.target as i64), Value::Int(e.depth as i64), Value::Bool(e.lasti)];
            vm.new_tuple(t)
        })
        .collect();
    Ok(vm.new_list(rows))
}

/// stack_effect(opcode, oparg, jump) -> int; jump None means the larger of both edges.
fn stack_effect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "stack_effect", 3, 3)?;
    let op = match args.at(0) {
        Value::Int(n) => u8::try_from(n).ok().and_then(Opcode::from_u8),
        _ => None,
    };
    let Some(op) = op else { return Err(vm.value_error("invalid opcode or oparg")) };
    let arg = match args.at(1) {
        Value::None if !op.has_arg() => 0,
        Value::None => return Err(vm.value_error("stack_effect: opcode requires oparg but oparg was not specified")),
        Value::Int(n) if !op.has_arg() => {
            let _ = n;
            return Err(vm.value_error("stack_effect: opcode does not permit oparg but oparg was specified"));
        }
        Value::Int(n) => u32::try_from(n).map_err(|_| vm.value_error("invalid opcode or oparg"))?,
        v => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
    };
    let effect = match args.at(2) {
        Value::None => {
            crate::compiler::codegen::stack_effect(op, arg, false).max(crate::compiler::codegen::stack_effect(op, arg, true))
        }
        v => crate::compiler::codegen::stack_effect(op, arg, !matches!(v, Value::Bool(false) | Value::Int(0))),
    };
    Ok(Value::Int(effect as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "_minipy_dis");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let fns: [(&'static str, NativeFn); 4] =
        [("opcodes", opcodes), ("instructions", instructions), ("exception_table", exception_table), ("stack_effect", stack_effect)];
    for (name, func) in fns {
        let f = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, f)?;
    }
    Ok(m)
}
