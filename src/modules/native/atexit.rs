//! The exit hook behind `stdlib/atexit.py`: at interpreter exit, if the program imported
//! atexit, its `_run_exitfuncs()` runs (LIFO; it reports callbacks' exceptions itself).

use crate::vm::{Args, Vm};

pub fn run_exitfuncs(vm: &mut Vm) {
    let modules = vm.interp.modules.clone();
    let Some(m) = crate::objects::dict::get_str(&modules, "atexit") else { return };
    let Ok(f) = vm.getattr_str(&m, "_run_exitfuncs") else { return };
    if let Err(e) = vm.call(&f, Args::new(vec![])) {
        crate::vm::traceback::print_exception(vm, &e);
    }
    crate::modules::sys::flush_stdout();
}
