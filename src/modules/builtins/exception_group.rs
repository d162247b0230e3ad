//! BaseExceptionGroup / ExceptionGroup: written in Python (`exception_group.py`), run once
//! at start-up in a `builtins`-named namespace, and installed as builtins.

use crate::objects::heap::ObjRef;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("exception_group.py");

pub fn register(vm: &mut Vm, builtins: &ObjRef) -> PyResult<()> {
    let code = crate::vm::import::load::builtin_source_code(vm, "_builtin_exception_group.py", SOURCE, "<frozen exceptiongroup>")
        .map_err(|e| vm.runtime_error(format!("exception groups failed to compile: {}", e.msg)))?;
    let module = crate::objects::module::new_module(vm, "builtins");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    vm.run_code(code, ns.clone(), None)?;
    for name in ["BaseExceptionGroup", "ExceptionGroup"] {
        if let Some(v) = crate::objects::dict::get_str(&ns, name) {
            crate::objects::dict::set_str(vm, builtins, name, v)?;
        }
    }
    Ok(())
}
