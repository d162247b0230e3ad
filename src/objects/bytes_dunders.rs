//! bytes/bytearray dunders beyond the container protocol: %, in-place ops, sizes.

use super::bytes::as_bytes;
use super::fmt::{PercentArg, PercentArgs, PercentConv, percent_format};
use super::num::NumError;
use super::payload::Payload;
use super::value::Value;
use crate::bytecode::opcode::BinOpArg;
use crate::vm::{Args, PyErr, PyResult, Vm};

enum BErr {
    Py(PyErr),
    Num(NumError),
}

impl From<NumError> for BErr {
    fn from(e: NumError) -> BErr {
        BErr::Num(e)
    }
}

/// The text kernel formats str; bytes go through it as latin-1 (one char per byte).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

struct ByteArgs<'a> {
    vm: &'a mut Vm,
    items: Vec<Value>,
    pos: usize,
    mapping: Option<Value>,
}

fn convert(vm: &mut Vm, v: &Value, conv: PercentConv) -> Result<PercentArg, BErr> {
    match conv {
        PercentConv::Str => {
            if let Some(b) = as_bytes(v) {
                return Ok(PercentArg::Text(latin1(&b)));
            }
            let ty = vm.interp.type_of(v).clone();
            if let Some(f) = super::types::lookup(&ty, "__bytes__") {
                let r = vm.call(&f, Args::new(vec![v.clone()])).map_err(BErr::Py)?;
                if let Some(b) = as_bytes(&r) {
                    return Ok(PercentArg::Text(latin1(&b)));
                }
            }
            Err(BErr::Num(NumError::Type(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                vm.type_name(v)
            ))))
        }
        PercentConv::Repr | PercentConv::Ascii => {
            let r = vm.repr_string(v).map_err(BErr::Py)?;
            Ok(PercentArg::Text(super::str::ascii_escape(&r)))
        }
        PercentConv::Number => {
            if let Some(i) = super::int::as_int(v) {
                return Ok(PercentArg::Int(i));
            }
            if let Some(f) = super::float::as_f64(v) {
                return Ok(PercentArg::Float(f));
            }
            if let Some(b) = as_bytes(v) {
                if b.len() == 1 {
                    return Ok(PercentArg::Text(latin1(&b)));
                }
            }
            let ty = vm.interp.type_of(v).clone();
            for name in ["__index__", "__int__"] {
                if let Some(f) = super::types::lookup(&ty, name) {
                    let r = vm.call(&f, Args::new(vec![v.clone()])).map_err(BErr::Py)?;
                    if let Some(i) = super::int::as_int(&r) {
                        return Ok(PercentArg::Int(i));
                    }
                }
            }
            Ok(PercentArg::Other(vm.type_name(v)))
        }
    }
}

impl PercentArgs for ByteArgs<'_> {
    type Error = BErr;
    fn next_arg(&mut self, conv: PercentConv) -> Result<PercentArg, BErr> {
        let v = self.items.get(self.pos).cloned().unwrap_or(Value::None);
        self.pos += 1;
        convert(self.vm, &v, conv)
    }
    fn by_key(&mut self, key: &str, conv: PercentConv) -> Result<PercentArg, BErr> {
        let Some(m) = self.mapping.clone() else { return Err(BErr::Num(NumError::Type("format requires a mapping".into()))) };
        // Keys of a bytes format are bytes.
        let k = self.vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect());
        let v = self.vm.getitem(&m, &k).map_err(BErr::Py)?;
        self.pos = self.items.len();
        convert(self.vm, &v, conv)
    }
    fn has_mapping(&self) -> bool {
        self.mapping.is_some()
    }
    fn remaining(&self) -> usize {
        self.items.len().saturating_sub(self.pos)
    }
}

/// `%b` is bytes' spelling of `%s`; the kernel knows only `%s`.
fn b_to_s(fmt: &[u8]) -> Vec<u8> {
    let mut out = fmt.to_vec();
    let mut i = 0;
    while i < out.len() {
        if out[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        if out.get(i) == Some(&b'(') {
            let mut depth = 1;
            i += 1;
            while i < out.len() && depth > 0 {
                match out[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
        }
        while i < out.len() && b"-+ #0123456789.*lhL".contains(&out[i]) {
            i += 1;
        }
        if out.get(i) == Some(&b'b') {
            out[i] = b's';
        }
        i += 1;
    }
    out
}

pub fn bytes_percent(vm: &mut Vm, fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let fmt = latin1(&b_to_s(&as_bytes(fmt_v).unwrap_or_default()));
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let is_mapping = !is_tuple
        && as_bytes(args).is_none()
        && !matches!(args.payload(), Some(Payload::Str(_)))
        && (matches!(args.payload(), Some(Payload::Dict(_)))
            || (crate::vm::protocol::is_heap(vm, args) && super::types::lookup(vm.interp.type_of(args), "__getitem__").is_some()));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut a = ByteArgs { vm, items, pos: 0, mapping: if is_mapping { Some(args.clone()) } else { None } };
    let out = match percent_format(&fmt, &mut a) {
        Ok(s) => s,
        Err(BErr::Py(e)) => return Err(e),
        Err(BErr::Num(NumError::Type(m))) => return Err(vm.type_error(m.replace("during string formatting", "during bytes formatting"))),
        Err(BErr::Num(e)) => return Err(vm.num_error(e)),
    };
    if out.chars().any(|c| c as u32 > 0xff) {
        return Err(vm.overflow_error("%c arg not in range(256)"));
    }
    let b: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    if super::bytes_ops::is_bytearray(fmt_v) {
        return Ok(super::bytes::new_bytearray(vm, b));
    }
    Ok(vm.new_bytes(b))
}

fn inplace(vm: &mut Vm, args: Args, op: BinOpArg) -> PyResult<Value> {
    match super::arith::builtin_inplace(vm, &args.at(0), &args.at(1), op)? {
        Some(v) => Ok(v),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}
fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, BinOpArg::Add)
}
fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace(vm, args, BinOpArg::Multiply)
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    if vm.interp.type_of(&v).ptr_eq(&vm.interp.types.bytes) {
        return Ok(v);
    }
    Ok(vm.new_bytes(as_bytes(&v).unwrap_or_default()))
}

fn bytes_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(33 + as_bytes(&args.at(0)).map_or(0, |b| b.len()) as i64))
}

/// bytearray keeps a terminating NUL once it holds anything.
fn alloc_of(v: &Value) -> i64 {
    let n = as_bytes(v).map_or(0, |b| b.len()) as i64;
    if n == 0 { 0 } else { n + 1 }
}
fn bytearray_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(56 + alloc_of(&args.at(0))))
}
fn bytearray_alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(alloc_of(&args.at(0))))
}

pub fn register(vm: &Vm) {
    let names = &["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"];
    let t = &vm.interp.types.bytes;
    super::dunders::register_binops(t, names);
    super::types::add_method(t, "__bytes__", bytes_bytes);
    super::types::add_method(t, "__sizeof__", bytes_sizeof);
    let ba = &vm.interp.types.bytearray;
    super::dunders::register_binops(ba, names);
    super::dunders::register_mutable(ba);
    super::types::add_method(ba, "__iadd__", iadd);
    super::types::add_method(ba, "__imul__", imul);
    super::types::add_method(ba, "__sizeof__", bytearray_sizeof);
    super::types::add_method(ba, "__alloc__", bytearray_alloc);
}
