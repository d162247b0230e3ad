//! Sending signals and timers: `alarm`, `pause`, `setitimer`/`getitimer`, `raise_signal`,
//! `pthread_kill`, `pidfd_send_signal`, `strsignal`.

use super::{int_arg, last_errno, os_error, signum_arg};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `_alarm(seconds)`: the seconds left on the previous alarm.
pub fn alarm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "alarm", 1, 1)?;
    let secs = int_arg(vm, &args.at(0))?;
    // alarm takes an unsigned int: -1 wraps as in C.
    // SAFETY: alarm takes a plain integer.
    let left = unsafe { libc::alarm(secs as libc::c_uint) };
    Ok(Value::Int(left as i64))
}

/// `_pause()`: sleep until a signal arrives, then run its handler.
pub fn pause(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "pause", 0, 0)?;
    // SAFETY: pause has no arguments; it returns when a handled signal arrives.
    crate::vm::gil::allow_threads(|| unsafe { libc::pause() });
    vm.check_signals()?;
    Ok(Value::None)
}

fn timeval(secs: f64) -> libc::timeval {
    let secs = secs.max(0.0);
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    let mut sec = whole as libc::time_t;
    // A nonzero request shorter than a microsecond must not become "disarm".
    if sec == 0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    libc::timeval { tv_sec: sec, tv_usec: usec }
}

fn timer_value(vm: &Vm, it: &libc::itimerval) -> Value {
    let f = |t: &libc::timeval| Value::Float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    vm.new_tuple(vec![f(&it.it_value), f(&it.it_interval)])
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(n) = crate::objects::int::as_int(v) {
        return Ok(num_traits::ToPrimitive::to_f64(&*n.as_big()).unwrap_or(f64::INFINITY));
    }
    crate::objects::float::as_f64(v).ok_or_else(|| vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// `_setitimer(which, seconds, interval)`: the previous (delay, interval). Errors are
/// OSError; the Python layer turns them into ItimerError.
pub fn setitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "setitimer", 3, 3)?;
    let which = int_arg(vm, &args.at(0))?;
    let new = libc::itimerval { it_value: timeval(float_arg(vm, &args.at(1))?), it_interval: timeval(float_arg(vm, &args.at(2))?) };
    // SAFETY: zeroed itimerval is valid storage for the old value.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: both structs are live for the call.
    if unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) } != 0 {
        return Err(os_error(vm, last_errno()));
    }
    Ok(timer_value(vm, &old))
}

/// `_getitimer(which)`: the current (delay, interval).
pub fn getitimer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getitimer", 1, 1)?;
    let which = int_arg(vm, &args.at(0))?;
    // SAFETY: zeroed itimerval is valid storage.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: `cur` is live for the call.
    if unsafe { libc::getitimer(which as libc::c_int, &mut cur) } != 0 {
        return Err(os_error(vm, last_errno()));
    }
    Ok(timer_value(vm, &cur))
}

/// `_raise_signal(signalnum)`: send it to this thread; a handler runs before returning.
pub fn raise_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "raise_signal", 1, 1)?;
    let signal = signum_arg(vm, &args.at(0))?;
    // SAFETY: raise takes a plain signal number.
    if unsafe { libc::raise(signal) } != 0 {
        return Err(os_error(vm, last_errno()));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

/// `_pthread_kill(thread_id, signalnum)`.
pub fn pthread_kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "pthread_kill", 2, 2)?;
    let thread = crate::objects::int::as_int(&args.at(0))
        .and_then(|n| num_traits::ToPrimitive::to_u64(&*n.as_big()).or_else(|| n.to_i64().map(|i| i as u64)))
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))?;
    let signal = int_arg(vm, &args.at(1))?;
    // SAFETY: pthread_kill with an id the caller got from threading; a stale id is ESRCH.
    let rc = unsafe { libc::pthread_kill(thread as libc::pthread_t, signal as libc::c_int) };
    if rc != 0 {
        return Err(os_error(vm, rc));
    }
    vm.check_signals()?;
    Ok(Value::None)
}

/// `_pidfd_send_signal(pidfd, sig, flags)` (siginfo is always NULL, as CPython).
pub fn pidfd_send_signal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "pidfd_send_signal", 3, 3)?;
    let pidfd = int_arg(vm, &args.at(0))?;
    let signal = int_arg(vm, &args.at(1))?;
    let flags = int_arg(vm, &args.at(2))?;
    // SAFETY: the raw system call with integer arguments and a NULL siginfo.
    let rc = unsafe { libc::syscall(libc::SYS_pidfd_send_signal, pidfd as libc::c_int, signal as libc::c_int, std::ptr::null::<libc::siginfo_t>(), flags as libc::c_uint) };
    if rc < 0 {
        return Err(os_error(vm, last_errno()));
    }
    Ok(Value::None)
}

/// `_strsignal(signalnum)`: the C library's description, None for an unknown signal.
pub fn strsignal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "strsignal", 1, 1)?;
    let signal = signum_arg(vm, &args.at(0))?;
    // SAFETY: strsignal returns a pointer to a NUL-terminated string that stays valid until
    // the next call; it is copied at once, with the GIL held so no other thread calls it.
    let text = unsafe {
        let p = libc::strsignal(signal);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if text.contains("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(vm.new_str(&text))
}
