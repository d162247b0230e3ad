//! Native code's route to an OSError for a failed system call (the type itself, its
//! constructor, fields and str, live in exc_oserror.rs).

use super::value::Value;
use crate::vm::{Args, PyErr, Vm};

pub use super::exc_oserror::strerror;

/// OSError (or its errno subclass) for a failed system call on `filename` [and `filename2`].
pub fn from_errno(vm: &mut Vm, code: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let Some(f2) = filename2 else { return super::exc_oserror::os_error(vm, code, filename) };
    let args = vec![Value::Int(code as i64), vm.new_str(&strerror(code)), filename.unwrap_or(Value::None), Value::None, f2];
    let cls = Value::Obj(vm.interp.exc.os_error.clone());
    match vm.call(&cls, Args::new(args)) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.os_error(strerror(code)),
        Err(e) => e,
    }
}
