//! Small native helper modules (`_random`, `_hash`, `_zlib`, `posix`, ...): each exposes
//! primitives that a Python-written module in `stdlib/` builds CPython's interface on.
//! The state a primitive keeps between calls lives in a bytearray the Python side owns,
//! so no new payload kind is needed.

pub mod atexit;
pub mod floats;
pub mod hash;
pub mod posix;
pub mod posix_fd;
pub mod posix_fs;
pub mod posix_ids;
pub mod posix_proc;
pub mod pwdgrp;
pub mod posixshmem;
pub mod random;
pub mod scrypt;
pub mod statvfs;
pub mod zlib;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// A module holding `fns` as plain builtin functions.
pub fn module_with(vm: &mut Vm, name: &str, fns: &[(&'static str, NativeFn)]) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, name);
    let Some(d) = m.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (fname, f) in fns {
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name: fname, func: *f, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, fname, func)?;
    }
    Ok(m)
}

/// Positional argument `i` as an i64 (ints and `__index__`).
pub fn int_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    let v = args.at(i);
    let n = crate::modules::math::arg_index(vm, &v)?;
    n.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// Positional argument `i` as bytes: bytes, bytearray (copied).
pub fn bytes_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Vec<u8>> {
    let v = args.at(i);
    match crate::objects::bytes::as_bytes(&v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&v)))),
    }
}

/// Run `f` over the bytes of the bytearray at position `i` (the Python side's state).
pub fn with_state<R>(vm: &mut Vm, args: &Args, i: usize, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    let v = args.at(i);
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(f(&mut b.borrow_mut())),
        _ => Err(vm.type_error("internal state must be a bytearray")),
    }
}
