//! `open()`: the io module's implementation (`io._open`, Python in stdlib/io.py), reached
//! through this native function so that `io.open is open`, as in CPython.

use crate::objects::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};
use crate::objects::value::Value;

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = crate::vm::import::import_absolute(vm, "io")?;
    let f = vm.getattr_str(&io, "_open")?;
    vm.call(&f, args)
}

pub fn register(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    super::add_function(vm, d, "open", open)
}
