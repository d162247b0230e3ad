//! bytes and bytearray: the basics.

use std::cell::RefCell;

use super::heap::ObjRef;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

pub fn new_bytearray(vm: &Vm, b: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.bytearray.clone(), Payload::ByteArray(RefCell::new(b))))
}

pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = as_bytes(container).unwrap_or_default();
    if let Some(needle) = as_bytes(item) {
        return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == &needle[..]));
    }
    match super::int::as_int(item) {
        Some(super::num::Int::Small(i)) if (0..256).contains(&i) => Ok(hay.contains(&(i as u8))),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item)))),
    }
}

fn from_source(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    match args.args.get(1) {
        None => Ok(Vec::new()),
        Some(v) => {
            let v = v.clone();
            if let Some(Payload::Str(s)) = v.payload() {
                if args.args.len() < 3 {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                return Ok(s.to_lossy().as_bytes().to_vec());
            }
            if let Some(b) = as_bytes(&v) {
                return Ok(b);
            }
            if let Value::Int(n) = v {
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                let mut out = Vec::new();
                if out.try_reserve(n as usize).is_err() {
                    return Err(vm.new_exception_noargs(&vm.interp.exc.memory_error.clone()));
                }
                out.resize(n as usize, 0);
                return Ok(out);
            }
            let items = vm.collect_iterable(&v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match it {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    Value::Int(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    _ => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&it)))),
                }
            }
            Ok(out)
        }
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = from_source(vm, &args)?;
    Ok(vm.new_bytes(b))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = from_source(vm, &args)?;
    Ok(new_bytearray(vm, b))
}

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = as_bytes(&args.at(0)).unwrap_or_default();
    match String::from_utf8(b) {
        Ok(s) => Ok(vm.new_str(&s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
            Err(vm.new_error(
                &vm.interp.exc.unicode_decode_error.clone(),
                &format!("'utf-8' codec can't decode byte {:#04x} in position {}: invalid start byte", byte, pos),
            ))
        }
    }
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = as_bytes(&args.at(0)).unwrap_or_default();
    let s: String = b.iter().map(|x| format!("{:02x}", x)).collect();
    Ok(vm.new_str(&s))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let (Some(Payload::ByteArray(b)), Value::Int(i)) = (args.at(0).payload(), args.at(1)) {
        if (0..256).contains(&i) {
            b.borrow_mut().push(i as u8);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("byte must be in range(0, 256)"))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.bytes;
    super::types::add_static(t, "__new__", bytes_new);
    super::types::add_method(t, "decode", decode);
    super::types::add_method(t, "hex", hex);
    super::dunders::register_container(t);
    super::dunders::register_compares(t);
    let ba = &vm.interp.types.bytearray;
    super::types::add_static(ba, "__new__", bytearray_new);
    super::types::add_method(ba, "decode", decode);
    super::types::add_method(ba, "append", append);
    super::types::add_method(ba, "hex", hex);
    super::dunders::register_container(ba);
}
