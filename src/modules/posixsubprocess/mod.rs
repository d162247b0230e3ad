//! `_posixsubprocess`: starting a child process for `subprocess.Popen`. Everything the
//! child needs (argv, environment, descriptors) is prepared before `fork`, so between fork
//! and exec the child makes only async-signal-safe system calls and runs no Python (unless
//! the caller passed `preexec_fn`, which CPython also runs there). `child.rs` is that
//! child side; this file converts the arguments and reaps children (`waitpid`).

mod child;

use std::ffi::CString;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[("fork_exec", fork_exec), ("waitpid", waitpid), ("waitstatus_to_exitcode", waitstatus_to_exitcode)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::objects::module::new_module(vm, "_posixsubprocess");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (name, f) in FUNCTIONS {
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func: *f, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &ns, name, func)?;
    }
    crate::objects::dict::set_str(vm, &ns, "WNOHANG", Value::Int(libc::WNOHANG as i64))?;
    Ok(module)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match crate::objects::int::as_int(v) {
        Some(n) => n.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    i32::try_from(int_arg(vm, v)?).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

fn cstring(vm: &Vm, v: &Value) -> PyResult<CString> {
    let Some(b) = crate::objects::bytes::as_bytes(v) else {
        return Err(vm.type_error(format!("expected bytes, {} found", vm.type_name(v))));
    };
    CString::new(b).map_err(|_| vm.value_error("embedded null byte"))
}

fn cstrings(vm: &mut Vm, v: &Value) -> PyResult<Vec<CString>> {
    let items = vm.collect_iterable(v)?;
    items.iter().map(|it| cstring(vm, it)).collect()
}

/// `fork_exec(args, executables, close_fds, pass_fds, cwd, env, p2cread, p2cwrite,
/// c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
/// start_new_session, umask, preexec_fn)`: the child's pid. `args`, `executables`, `env`
/// items and `cwd` are bytes; `env`/`cwd` may be None; unused descriptors are -1. A failure
/// in the child is reported on `errpipe_write` as `ExceptionName:hex errno:detail`.
fn fork_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "fork_exec", 18, 18)?;
    let argv = cstrings(vm, &args.at(0))?;
    let executables = cstrings(vm, &args.at(1))?;
    let close_fds = vm.truthy(&args.at(2))?;
    let mut pass_fds = Vec::new();
    for fd in vm.collect_iterable(&args.at(3))? {
        pass_fds.push(fd_arg(vm, &fd)?);
    }
    pass_fds.sort_unstable();
    let cwd = match args.at(4) {
        Value::None => None,
        v => Some(cstring(vm, &v)?),
    };
    let env = match args.at(5) {
        Value::None => None,
        v => Some(cstrings(vm, &v)?),
    };
    let mut fds = [0i32; 8];
    for (i, slot) in fds.iter_mut().enumerate() {
        *slot = fd_arg(vm, &args.at(6 + i))?;
    }
    let restore_signals = vm.truthy(&args.at(14))?;
    let new_session = vm.truthy(&args.at(15))?;
    let umask = int_arg(vm, &args.at(16))?;
    let preexec = match args.at(17) {
        Value::None => None,
        f => Some(f),
    };
    if argv.is_empty() {
        return Err(vm.value_error("args must not be empty"));
    }
    if close_fds && fds[7] < 3 {
        return Err(vm.value_error("errpipe_write must be >= 3"));
    }
    let plan = child::Plan::new(argv, executables, env, cwd, fds, pass_fds, close_fds, restore_signals, new_session, umask);
    // Python in the child (preexec_fn) needs the GIL's bookkeeping consistent there.
    let guard = preexec.as_ref().map(|_| crate::vm::gil::before_fork());
    // SAFETY: fork duplicates the process; the child below only runs `plan.run`, which
    // makes async-signal-safe system calls on memory prepared above, or (preexec_fn)
    // Python with the GIL state reset by `after_fork_child`, as CPython does.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        if let (Some(g), Some(f)) = (guard, preexec) {
            g.after_fork_child();
            vm.interp.stdout.borrow_mut().discard_pending();
            if vm.call(&f, Args::new(Vec::new())).is_err() {
                plan.fail_preexec();
            }
        }
        plan.run();
    }
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    if let Some(g) = guard {
        g.after_fork_parent();
    }
    drop(plan);
    if pid < 0 {
        return Err(crate::objects::exc_oserror::os_error(vm, errno, None));
    }
    Ok(Value::Int(pid as i64))
}

/// `waitpid(pid, options)`: (pid, status) without the GIL; a signal runs its handler and
/// the wait goes on (PEP 475). (0, 0) when WNOHANG finds the child still running.
fn waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "waitpid", 2, 2)?;
    let pid = fd_arg(vm, &args.at(0))?;
    let options = fd_arg(vm, &args.at(1))?;
    loop {
        let (rc, status, errno) = crate::vm::gil::allow_threads(move || {
            let mut status: libc::c_int = 0;
            // SAFETY: `status` is a local that lives for the call.
            let rc = unsafe { libc::waitpid(pid, &mut status, options) };
            (rc, status, std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
        });
        if rc >= 0 {
            return Ok(vm.new_tuple(vec![Value::Int(rc as i64), Value::Int(status as i64)]));
        }
        if errno != libc::EINTR {
            return Err(crate::objects::exc_oserror::os_error(vm, errno, None));
        }
        vm.check_signals()?;
    }
}

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the signal that killed it.
fn waitstatus_to_exitcode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "waitstatus_to_exitcode", 1, 1)?;
    let status = fd_arg(vm, &args.at(0))?;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    Err(vm.value_error(format!("invalid wait status: {}", status)))
}
