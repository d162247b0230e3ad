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
        Some(Payload::MemoryView(_)) => super::memoryview::view_bytes(v),
        Some(Payload::Array(a)) => Some(a.data.borrow().clone()),
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

fn from_source(vm: &mut Vm, args: &mut Args, is_bytes: bool) -> PyResult<Vec<u8>> {
    let enc = args.take_kw("encoding").or_else(|| args.args.get(2).cloned());
    let errors = args.take_kw("errors").or_else(|| args.args.get(3).cloned());
    let src = args.take_kw("source").or_else(|| args.args.get(1).cloned());
    let Some(v) = src else {
        if enc.is_some() || errors.is_some() {
            return Err(vm.type_error(if enc.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
        }
        return Ok(Vec::new());
    };
    if let Some(Payload::Str(s)) = v.payload() {
        if enc.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let r = super::codecs::encode_values(vm, s, enc.as_ref(), errors.as_ref())?;
        return Ok(as_bytes(&r).unwrap_or_default());
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = as_bytes(&v) {
        return Ok(b);
    }
    if let Some(n) = super::subscript::to_index(vm, &v)? {
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
    if let Some(b) = python_buffer(vm, &v, is_bytes)? {
        return Ok(b);
    }
    if matches!(v, Value::Float(_) | Value::None) {
        return Err(vm.type_error(format!("cannot convert '{}' object to bytes", vm.type_name(&v))));
    }
    if is_bytes {
        return super::bytes_mut::bytes_of_iterable_for_bytes(vm, &v);
    }
    super::bytes_mut::bytes_of_iterable(vm, &v)
}

/// bytes(x) calls `x.__bytes__()`; bytearray(x) does so only for Python-written buffer
/// types (stdlib `array`), which mark themselves with `_minipy_buffer_ = True`.
fn python_buffer(vm: &mut Vm, v: &Value, is_bytes: bool) -> PyResult<Option<Vec<u8>>> {
    let Value::Obj(_) = v else { return Ok(None) };
    let ty = vm.interp.type_of(v).clone();
    if !is_bytes && super::types::lookup(&ty, "_minipy_buffer_").is_none() {
        return Ok(None);
    }
    let Some(f) = super::types::lookup(&ty, "__bytes__") else { return Ok(None) };
    let r = vm.call(&f, Args::new(vec![v.clone()]))?;
    match as_bytes(&r) {
        Some(b) if matches!(r.payload(), Some(Payload::Bytes(_))) => Ok(Some(b)),
        _ => Err(vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
    }
}

fn bytes_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let given = args.args.len().saturating_sub(1) + args.kwargs.len();
    if given > 3 {
        return Err(vm.type_error(format!("bytes() takes at most 3 arguments ({} given)", given)));
    }
    let b = from_source(vm, &mut args, true)?;
    match args.args.first() {
        Some(Value::Obj(c)) if !c.ptr_eq(&vm.interp.types.bytes) && matches!(c.payload, Payload::Type(_)) => {
            let dict = Some(vm.new_dict_obj());
            Ok(Value::Obj(ObjRef::with_dict(c.clone(), Payload::Bytes(b.into_boxed_slice()), dict)))
        }
        _ => Ok(vm.new_bytes(b)),
    }
}

fn bytearray_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let given = args.args.len().saturating_sub(1) + args.kwargs.len();
    if given > 3 {
        return Err(vm.type_error(format!("bytearray() takes at most 3 arguments ({} given)", given)));
    }
    let b = from_source(vm, &mut args, false)?;
    match args.args.first() {
        Some(Value::Obj(c)) if !c.ptr_eq(&vm.interp.types.bytearray) && matches!(c.payload, Payload::Type(_)) => {
            let dict = Some(vm.new_dict_obj());
            Ok(Value::Obj(ObjRef::with_dict(c.clone(), Payload::ByteArray(RefCell::new(b)), dict)))
        }
        _ => Ok(new_bytearray(vm, b)),
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.bytes;
    super::types::add_static(t, "__new__", bytes_new);
    super::bytes_ops::register(t, true);
    super::dunders::register_container(t);
    super::dunders::register_compares(t);
    let ba = &vm.interp.types.bytearray;
    super::types::add_static(ba, "__new__", bytearray_new);
    super::bytes_ops::register(ba, false);
    for (name, f) in super::bytes_mut::MUTATORS {
        super::types::add_method(ba, name, *f);
    }
    super::dunders::register_container(ba);
    super::dunders::register_compares(ba);
}
