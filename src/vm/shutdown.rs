//! Interpreter exit: `__main__`'s globals are released as CPython's finalisation releases
//! them, so a suspended generator's `finally` blocks run, `__del__` methods are called and a
//! coroutine that was never awaited warns (at `sys:1`: no Python code is running).

use super::{gil, Interp, Interpreter, Vm, STACK_SIZE};
use crate::objects::value::Value;

impl Interpreter {
    /// Release `__main__`'s globals on the large-stack thread (finalisers run Python code).
    pub(crate) fn finalize_main(&mut self) {
        let state = gil::SendPtr(&mut *self.state as *mut Interp);
        let run = move || {
            let state = state;
            // SAFETY: `state` outlives this scoped thread (the caller blocks on it) and is
            // only touched while the thread holds the GIL.
            let state: &Interp = unsafe { &*state.0 };
            let _gil = gil::acquire(state);
            let mut vm = Vm::new(STACK_SIZE);
            // As Py_Finalize: atexit callbacks run before the modules are torn down.
            crate::modules::native::atexit::run_exitfuncs(&mut vm);
            // Daemon threads may still run during the atexit callbacks (as in CPython,
            // where multiprocessing's exit hook joins its queue feeder threads); from
            // here on they park.
            gil::begin_finalizing(state);
            clear_main(&mut vm);
            crate::modules::gc::at_exit(&mut vm);
        };
        std::thread::scope(|s| {
            if let Ok(h) = std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(s, run) {
                let _ = h.join();
            }
        });
    }
}

/// Each global but `__builtins__` is replaced by None in insertion order (CPython frees
/// the module's dict, releasing its values in that order); the finalisers a release
/// triggers run before the next one.
fn clear_main(vm: &mut Vm) {
    let modules = vm.interp.modules.clone();
    let Some(main) = crate::objects::dict::get_str(&modules, "__main__") else { return };
    let Some(globals) = main.as_obj().and_then(|m| m.dict.clone()) else { return };
    vm.run_pending_finalizers();
    for (key, value) in crate::objects::dict::entries(&globals) {
        if value.is_none() || crate::objects::str::as_str_lossy(&key) == "__builtins__" {
            continue;
        }
        drop(value);
        let _ = crate::objects::dict::set_item(vm, &globals, key, Value::None);
        vm.run_pending_finalizers();
    }
}

/// The end of `__main__` in a child made by `os.fork()`: the thread that would finalise
/// the interpreter and pick up the status does not exist there, so this thread runs the
/// finalisation steps itself and ends the process.
pub(crate) fn exit_forked_child(vm: &mut Vm, status: i32) -> ! {
    crate::modules::native::atexit::run_exitfuncs(vm);
    clear_main(vm);
    crate::modules::gc::at_exit(vm);
    crate::modules::sys::flush_stdout();
    if super::interrupt::unhandled() {
        super::interrupt::die_by_sigint();
    }
    std::process::exit(status & 0xff)
}
