//! `signal`: the system calls are native (this folder: handlers, masks and waits, timers);
//! the module's interface (the `Signals`/`Handlers`/`Sigmasks` enums, sigsets as Python
//! sets, `ItimerError`, `struct_siginfo`) is Python in `signal.py`, which runs with these
//! primitives in its namespace. The C-level handler and the delivery of Python handlers
//! between instructions live in `vm/interrupt.rs`.

mod handlers;
mod masks;
mod timers;

use crate::objects::heap::ObjRef;
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::interrupt::NSIG;
use crate::vm::{PyErr, PyResult, Vm};

const SOURCE: &str = include_str!("signal.py");

const PRIMITIVES: &[(&str, NativeFn)] = &[
    ("default_int_handler", handlers::default_int_handler),
    ("_signal", handlers::signal),
    ("_getsignal", handlers::getsignal),
    ("_set_wakeup_fd", handlers::set_wakeup_fd),
    ("_siginterrupt", handlers::siginterrupt),
    ("_pthread_sigmask", masks::pthread_sigmask),
    ("_sigpending", masks::sigpending),
    ("_sigwait", masks::sigwait),
    ("_sigtimedwait", masks::sigtimedwait),
    ("_alarm", timers::alarm),
    ("_pause", timers::pause),
    ("_setitimer", timers::setitimer),
    ("_getitimer", timers::getitimer),
    ("_raise_signal", timers::raise_signal),
    ("_pthread_kill", timers::pthread_kill),
    ("_pidfd_send_signal", timers::pidfd_send_signal),
    ("_strsignal", timers::strsignal),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let code = super::native_body::body_code(vm, "signal", SOURCE)?;
    let module = crate::objects::module::new_module(vm, "signal");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    super::native_body::add_primitives(vm, &ns, PRIMITIVES)?;
    handlers::record_startup_handlers(vm, &ns)?;
    vm.run_code(code, ns.clone(), None)?;
    Ok(module)
}

/// A C int argument (an int or int subclass, as CPython's converters take).
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match crate::objects::int::as_int(v) {
        Some(n) => n.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// A signal number: ValueError outside 1..NSIG, as CPython's.
fn signum_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn os_error(vm: &mut Vm, errno: i32) -> PyErr {
    crate::objects::exc_oserror::os_error(vm, errno, None)
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// A list of signal numbers as a sigset; CPython's error for a number out of range.
fn sigset_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::sigset_t> {
    let items = vm.collect_iterable(v)?;
    // SAFETY: an all-zero sigset_t is valid storage and sigemptyset initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a live sigset_t.
    unsafe { libc::sigemptyset(&mut set) };
    for item in items {
        let n = int_arg(vm, &item)?;
        if n < 1 || n >= NSIG as i64 {
            return Err(vm.value_error(format!("signal number {} out of range [1; {}]", n, NSIG - 1)));
        }
        // SAFETY: `set` is a live sigset_t and `n` a valid signal number.
        unsafe { libc::sigaddset(&mut set, n as i32) };
    }
    Ok(set)
}

/// The members of a sigset, as a list of ints (the Python layer makes the set).
fn sigset_value(vm: &Vm, set: &libc::sigset_t) -> Value {
    let mut out = Vec::new();
    for n in 1..NSIG as i32 {
        // SAFETY: `set` is an initialised sigset_t.
        if unsafe { libc::sigismember(set, n) } == 1 {
            out.push(Value::Int(n as i64));
        }
    }
    vm.new_list(out)
}
