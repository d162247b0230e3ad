//! Signal masks and synchronous waits: `pthread_sigmask`, `sigpending`, `sigwait`,
//! `sigwaitinfo`/`sigtimedwait`. Sigsets cross as lists of ints.

use super::{int_arg, os_error, sigset_arg, sigset_value};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `_pthread_sigmask(how, signals)`: the previous mask.
pub fn pthread_sigmask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "pthread_sigmask", 2, 2)?;
    let how = int_arg(vm, &args.at(0))?;
    let set = sigset_arg(vm, &args.at(1))?;
    let how = i32::try_from(how).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    // SAFETY: an all-zero sigset_t is valid storage for the old mask.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: both sets are live sigset_t values; the call changes this thread's mask only.
    let rc = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if rc != 0 {
        return Err(os_error(vm, rc));
    }
    // Unblocking may have let a pending signal in: run its handler now, as CPython does.
    vm.check_signals()?;
    Ok(sigset_value(vm, &old))
}

/// `_sigpending()`: the signals raised while blocked.
pub fn sigpending(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "sigpending", 0, 0)?;
    // SAFETY: zeroed storage filled by sigpending.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is live for the call.
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(os_error(vm, super::last_errno()));
    }
    Ok(sigset_value(vm, &set))
}

/// A sigset that may cross into a GIL-free closure (it is plain bits).
#[derive(Clone, Copy)]
struct SigSet(libc::sigset_t);
// SAFETY: sigset_t is a plain bit array with no pointers.
unsafe impl Send for SigSet {}

/// `_sigwait(signals)`: wait (without the GIL) until one of them is pending; its number.
pub fn sigwait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "sigwait", 1, 1)?;
    let set = SigSet(sigset_arg(vm, &args.at(0))?);
    loop {
        let (rc, signal) = crate::vm::gil::allow_threads(move || {
            let set = set;
            let mut signal: libc::c_int = 0;
            // SAFETY: `set` and `signal` are locals that live for the call.
            let rc = unsafe { libc::sigwait(&set.0, &mut signal) };
            (rc, signal)
        });
        match rc {
            0 => return Ok(Value::Int(signal as i64)),
            libc::EINTR => vm.check_signals()?,
            e => return Err(os_error(vm, e)),
        }
    }
}

/// `_sigtimedwait(signals, timeout_ns)`: a negative timeout waits forever (sigwaitinfo).
/// None on timeout, else the seven `struct_siginfo` fields.
pub fn sigtimedwait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "sigtimedwait", 2, 2)?;
    let set = SigSet(sigset_arg(vm, &args.at(0))?);
    let timeout = int_arg(vm, &args.at(1))?;
    let deadline = (timeout >= 0).then(|| std::time::Instant::now() + std::time::Duration::from_nanos(timeout as u64));
    loop {
        let (rc, errno, info) = crate::vm::gil::allow_threads(move || {
            let set = set;
            // SAFETY: zeroed siginfo_t is valid storage for the kernel to fill.
            let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
            let rc = match deadline {
                None => {
                    // SAFETY: `set` and `info` are locals that live for the call.
                    unsafe { libc::sigwaitinfo(&set.0, &mut info) }
                }
                Some(d) => {
                    let left = d.saturating_duration_since(std::time::Instant::now());
                    let ts = libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long };
                    // SAFETY: as above, and `ts` lives for the call.
                    unsafe { libc::sigtimedwait(&set.0, &mut info, &ts) }
                }
            };
            let errno = super::last_errno();
            // SAFETY: the accessors read the union fields the kernel filled for a
            // signal sent by a process (zero for the others).
            let fields = unsafe { [info.si_signo as i64, info.si_code as i64, info.si_errno as i64, info.si_pid() as i64, info.si_uid() as i64, info.si_status() as i64] };
            (rc, errno, fields)
        });
        if rc >= 0 {
            let mut fields: Vec<Value> = info.iter().map(|&n| Value::Int(n)).collect();
            // si_band is only meaningful for SIGPOLL.
            fields.push(Value::Int(0));
            return Ok(vm.new_tuple(fields));
        }
        match errno {
            libc::EAGAIN => return Ok(Value::None),
            libc::EINTR => vm.check_signals()?,
            e => return Err(os_error(vm, e)),
        }
    }
}
