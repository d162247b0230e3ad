//! Python-level handlers: `signal`, `getsignal`, `default_int_handler`, the wakeup fd and
//! `siginterrupt`. The table of handlers is `Interp::signal_handlers`.

use super::{int_arg, os_error, signum_arg};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::interrupt::{self, Disposition, NSIG};
use crate::vm::{Args, PyResult, Vm};

const MAIN_ONLY: &str = "signal only works in main thread of the main interpreter";

/// On first import, what each signal does already: SIG_DFL/SIG_IGN as found, SIGINT's
/// handler (installed at start-up) is `default_int_handler`, another foreign handler None.
pub fn record_startup_handlers(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    if !vm.interp.signal_handlers.borrow().is_empty() {
        return Ok(());
    }
    let default_int = crate::objects::dict::get_str(ns, "default_int_handler");
    let mut table = vec![None; NSIG];
    for (signal, slot) in table.iter_mut().enumerate().skip(1) {
        *slot = match interrupt::current_disposition(signal as i32) {
            Some(n) => Some(Value::Int(n)),
            None if signal == libc::SIGINT as usize => default_int.clone(),
            None => None,
        };
    }
    *vm.interp.signal_handlers.borrow_mut() = table;
    Ok(())
}

/// `default_int_handler(signalnum, frame)`: raise KeyboardInterrupt.
pub fn default_int_handler(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ty = vm.interp.exc.keyboard_interrupt.clone();
    Err(vm.new_exception_noargs(&ty))
}

/// `_signal(signalnum, handler)`: install, return the previous handler. The Python layer
/// has checked that `handler` is SIG_DFL, SIG_IGN or callable.
pub fn signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "signal", 2, 2)?;
    let signal = signum_arg(vm, &args.at(0))?;
    let handler = args.at(1);
    if !crate::vm::gil::is_main_thread() {
        return Err(vm.value_error(MAIN_ONLY));
    }
    let how = match &handler {
        Value::Int(0) => Disposition::Default,
        Value::Int(1) => Disposition::Ignore,
        _ => Disposition::Python,
    };
    if let Err(errno) = interrupt::set_disposition(signal, how) {
        return Err(os_error(vm, errno));
    }
    let mut table = vm.interp.signal_handlers.borrow_mut();
    if table.len() < NSIG {
        table.resize(NSIG, None);
    }
    let old = table.get_mut(signal as usize).and_then(|slot| slot.replace(handler));
    Ok(old.unwrap_or(Value::None))
}

/// `_getsignal(signalnum)`: the Python-level handler (None if it was not set from Python).
pub fn getsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getsignal", 1, 1)?;
    let signal = signum_arg(vm, &args.at(0))?;
    let table = vm.interp.signal_handlers.borrow();
    Ok(table.get(signal as usize).cloned().flatten().unwrap_or(Value::None))
}

/// `_set_wakeup_fd(fd)`: the C handler writes each signal's number there; returns the
/// previous descriptor. CPython's checks: main thread, a valid, non-blocking descriptor.
pub fn set_wakeup_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "set_wakeup_fd", 1, 1)?;
    let fd = int_arg(vm, &args.at(0))?;
    if !crate::vm::gil::is_main_thread() {
        return Err(vm.value_error("set_wakeup_fd only works in main thread of the main interpreter"));
    }
    let fd = i32::try_from(fd).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    if fd != -1 {
        // SAFETY: fcntl on an integer descriptor reads only its flags.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if flags < 0 {
            return Err(os_error(vm, super::last_errno()));
        }
        if flags & libc::O_NONBLOCK == 0 {
            return Err(vm.value_error(format!("the fd {} must be in non-blocking mode", fd)));
        }
    }
    Ok(Value::Int(interrupt::swap_wakeup_fd(fd) as i64))
}

/// `_siginterrupt(signalnum, flag)`.
pub fn siginterrupt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "siginterrupt", 2, 2)?;
    let signal = signum_arg(vm, &args.at(0))?;
    let flag = int_arg(vm, &args.at(1))? != 0;
    match interrupt::set_interrupting(signal, flag) {
        Ok(()) => Ok(Value::None),
        Err(errno) => Err(os_error(vm, errno)),
    }
}
