//! bytearray's mutators.

use super::bytes::{as_bytes, new_bytearray};
use super::payload::{NativeFn, Payload};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn with_ba<R>(vm: &Vm, args: &Args, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    let v = args.at(0);
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(f(&mut b.borrow_mut())),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

/// `with_ba` for mutators that change the length: refused while a view is exported.
fn resize_ba<R>(vm: &Vm, args: &Args, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    super::buffer::check_resize(vm, &args.at(0))?;
    with_ba(vm, args, f)
}

/// An int in range(256), with CPython's two errors.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    match super::subscript::to_index(vm, v)? {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "append", 1, 1)?;
    let c = byte_value(vm, &args.at(1))?;
    resize_ba(vm, &args, |b| b.push(c))?;
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
pub fn bytes_of_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b);
    }
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

/// `bytes(iterable)` says "bytes must be ..." where bytearray says "byte must be ...".
pub fn bytes_of_iterable_for_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        match super::subscript::to_index(vm, it)? {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(it)))),
        }
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "extend", 1, 1)?;
    let v = args.at(1);
    if matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None) {
        return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(&v))));
    }
    let more = bytes_of_iterable(vm, &v)?;
    resize_ba(vm, &args, |b| b.extend_from_slice(&more))?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "insert", 2, 2)?;
    let iv = args.at(1);
    let Some(i) = super::subscript::to_index(vm, &iv)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&iv))));
    };
    let c = byte_value(vm, &args.at(2))?;
    resize_ba(vm, &args, |b| {
        let n = b.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(at as usize, c);
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 0, 1)?;
    let i = match args.get(1) {
        None => -1,
        Some(v) => match super::subscript::to_index(vm, v)? {
            Some(i) => i,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    };
    let r = resize_ba(vm, &args, |b| {
        if b.is_empty() {
            return Err("pop from empty bytearray");
        }
        let n = b.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err("pop index out of range");
        }
        Ok(b.remove(at as usize))
    })?;
    r.map(|c| Value::Int(c as i64)).map_err(|m| vm.index_error(m))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "remove", 1, 1)?;
    let c = byte_value(vm, &args.at(1))?;
    let found = resize_ba(vm, &args, |b| match b.iter().position(|&x| x == c) {
        Some(p) => {
            b.remove(p);
            true
        }
        None => false,
    })?;
    if found { Ok(Value::None) } else { Err(vm.value_error("value not found in bytearray")) }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "reverse", 0, 0)?;
    with_ba(vm, &args, |b| b.reverse())?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "clear", 0, 0)?;
    resize_ba(vm, &args, |b| b.clear())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "copy", 0, 0)?;
    let b = with_ba(vm, &args, |b| b.clone())?;
    Ok(new_bytearray(vm, b))
}

pub const MUTATORS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
];
