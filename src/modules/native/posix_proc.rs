//! `posix`, process family: fork, the exec calls, the waits, process groups and
//! sessions, and descriptor plumbing a parent and child share (pipe2, dup2). The
//! keyword handling and result types live in `stdlib/os.py`.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::sync::atomic::{AtomicBool, Ordering};

use super::int_at;
use super::posix::{last_err, path_of};
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{gil, Args, PyResult, Vm};

pub const FNS: &[(&str, NativeFn)] = &[
    ("fork", fork),
    ("execv", execv),
    ("execve", execve),
    ("waitpid", waitpid),
    ("wait", wait),
    ("wait3", wait3),
    ("wait4", wait4),
    ("waitid", waitid),
    ("killpg", killpg),
    ("abort", abort),
    ("pipe2", pipe2),
    ("dup2", dup2),
    ("getpgid", getpgid),
    ("setpgid", setpgid),
    ("getpgrp", getpgrp),
    ("setpgrp", setpgrp),
    ("getsid", getsid),
    ("setsid", setsid),
    ("tcgetpgrp", tcgetpgrp),
    ("tcsetpgrp", tcsetpgrp),
];

/// Set in a child made by `fork`: no thread waits for the interpreter thread there, so
/// it must finish the process itself (`vm::shutdown::exit_forked_child`).
static FORKED_CHILD: AtomicBool = AtomicBool::new(false);

pub fn in_forked_child() -> bool {
    FORKED_CHILD.load(Ordering::SeqCst)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn fork(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fork", 0, 0)?;
    let guard = gil::before_fork();
    // SAFETY: the GIL's own mutex is held (no thread is inside its bookkeeping); the
    // child continues on this thread only, and its GIL state is rebuilt below.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let code = errno();
        guard.after_fork_parent();
        return Err(crate::objects::exc_oserror::from_errno(vm, code, None, None));
    }
    if pid == 0 {
        guard.after_fork_child();
        crate::vm::import::lock::reinit_after_fork();
        crate::vm::published::after_fork_child();
        FORKED_CHILD.store(true, Ordering::SeqCst);
    } else {
        guard.after_fork_parent();
    }
    Ok(Value::Int(pid as i64))
}

/// A list of bytes objects (the Python side has already fs-encoded them) as C strings.
fn cstrings(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<CString>> {
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let bytes = match item.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            _ => return Err(vm.type_error(format!("{what}: expected bytes"))),
        };
        out.push(CString::new(bytes).map_err(|_| vm.value_error("embedded null byte"))?);
    }
    Ok(out)
}

fn pointers(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<*const libc::c_char> = v.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

/// `execv(path, [bytes...])`: only returns by raising.
fn execv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "execv", &a.at(0))?;
    let argv = cstrings(vm, &a.at(1), "execv")?;
    let path = CString::new(p.path.as_os_str().as_bytes()).map_err(|_| vm.value_error("embedded null byte"))?;
    let ptrs = pointers(&argv);
    // SAFETY: `path` and every pointer in `ptrs` (NULL-terminated) stay alive for the call.
    unsafe { libc::execv(path.as_ptr(), ptrs.as_ptr()) };
    Err(last_err(vm, None))
}

/// `execve(path, [bytes...], [b"k=v"...])`: only returns by raising (with the path).
fn execve(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "execve", &a.at(0))?;
    let argv = cstrings(vm, &a.at(1), "execve")?;
    let envp = cstrings(vm, &a.at(2), "execve")?;
    let path = CString::new(p.path.as_os_str().as_bytes()).map_err(|_| vm.value_error("embedded null byte"))?;
    let (aptr, eptr) = (pointers(&argv), pointers(&envp));
    // SAFETY: `path` and both NULL-terminated pointer arrays stay alive for the call.
    unsafe { libc::execve(path.as_ptr(), aptr.as_ptr(), eptr.as_ptr()) };
    Err(last_err(vm, Some(&p)))
}

/// A blocking wait without the GIL, retried after a signal once pending handlers
/// (and KeyboardInterrupt) had their chance to raise (PEP 475).
fn retry_wait<T: Send>(vm: &mut Vm, mut call: impl FnMut() -> (T, bool) + Send + Copy) -> PyResult<T> {
    loop {
        let (r, failed_errno) = gil::allow_threads(move || {
            let (r, failed) = call();
            (r, if failed { errno() } else { 0 })
        });
        match failed_errno {
            0 => return Ok(r),
            libc::EINTR => vm.eval_breaker()?,
            code => return Err(crate::objects::exc_oserror::from_errno(vm, code, None, None)),
        }
    }
}

fn waitpid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "waitpid", 2, 2)?;
    let pid = int_at(vm, &a, 0)? as libc::pid_t;
    let options = int_at(vm, &a, 1)? as libc::c_int;
    let (r, status) = retry_wait(vm, move || {
        let mut status: libc::c_int = 0;
        // SAFETY: `status` is a valid place for the call to write.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        ((r, status), r < 0)
    })?;
    Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(status as i64)]))
}

fn wait(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "wait", 0, 0)?;
    let (r, status) = retry_wait(vm, move || {
        let mut status: libc::c_int = 0;
        // SAFETY: `status` is a valid place for the call to write.
        let r = unsafe { libc::wait(&mut status) };
        ((r, status), r < 0)
    })?;
    Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(status as i64)]))
}

/// The 16 fields of `resource.struct_rusage`, as a tuple (os.py names them).
fn rusage_tuple(vm: &Vm, ru: &libc::rusage) -> Value {
    let secs = |t: libc::timeval| Value::Float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let items = vec![
        secs(ru.ru_utime),
        secs(ru.ru_stime),
        Value::Int(ru.ru_maxrss),
        Value::Int(ru.ru_ixrss),
        Value::Int(ru.ru_idrss),
        Value::Int(ru.ru_isrss),
        Value::Int(ru.ru_minflt),
        Value::Int(ru.ru_majflt),
        Value::Int(ru.ru_nswap),
        Value::Int(ru.ru_inblock),
        Value::Int(ru.ru_oublock),
        Value::Int(ru.ru_msgsnd),
        Value::Int(ru.ru_msgrcv),
        Value::Int(ru.ru_nsignals),
        Value::Int(ru.ru_nvcsw),
        Value::Int(ru.ru_nivcsw),
    ];
    vm.new_tuple(items)
}

/// `wait4(pid, options)` -> (pid, status, rusage fields).
fn wait4_impl(vm: &mut Vm, pid: libc::pid_t, options: libc::c_int) -> PyResult<Value> {
    let (r, status, ru) = retry_wait(vm, move || {
        let mut status: libc::c_int = 0;
        // SAFETY: all-zero bytes are a valid rusage.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `status` and `ru` are valid places for the call to write.
        let r = unsafe { libc::wait4(pid, &mut status, options, &mut ru) };
        ((r, status, RusageSend(ru)), r < 0)
    })?;
    let ru = rusage_tuple(vm, &ru.0);
    Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(status as i64), ru]))
}

/// A plain-data rusage crossing the GIL release (it holds no pointers).
#[derive(Clone, Copy)]
struct RusageSend(libc::rusage);

// SAFETY: rusage is plain integers; nothing in it refers to other memory.
unsafe impl Send for RusageSend {}

fn wait3(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "wait3", 1, 1)?;
    let options = int_at(vm, &a, 0)? as libc::c_int;
    wait4_impl(vm, -1, options)
}

fn wait4(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "wait4", 2, 2)?;
    let pid = int_at(vm, &a, 0)? as libc::pid_t;
    let options = int_at(vm, &a, 1)? as libc::c_int;
    wait4_impl(vm, pid, options)
}

/// A plain-data siginfo crossing the GIL release.
#[derive(Clone, Copy)]
struct SiginfoSend(libc::siginfo_t);

// SAFETY: after waitid, siginfo holds integers only (the pointer-carrying union members
// are not used for SIGCHLD).
unsafe impl Send for SiginfoSend {}

/// `waitid(idtype, id, options)` -> (si_pid, si_uid, si_signo, si_status, si_code) or None.
fn waitid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "waitid", 3, 3)?;
    let idtype = int_at(vm, &a, 0)? as libc::idtype_t;
    let id = int_at(vm, &a, 1)? as libc::id_t;
    let options = int_at(vm, &a, 2)? as libc::c_int;
    let info = retry_wait(vm, move || {
        // SAFETY: all-zero bytes are a valid siginfo_t.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid place for the call to write.
        let r = unsafe { libc::waitid(idtype, id, &mut info, options) };
        (SiginfoSend(info), r < 0)
    })?;
    let info = info.0;
    // SAFETY: these accessors read the SIGCHLD members waitid fills in.
    let (pid, uid, status) = unsafe { (info.si_pid(), info.si_uid(), info.si_status()) };
    if pid == 0 {
        return Ok(Value::None);
    }
    Ok(vm.new_tuple(vec![
        Value::Int(pid as i64),
        Value::Int(uid as i64),
        Value::Int(info.si_signo as i64),
        Value::Int(status as i64),
        Value::Int(info.si_code as i64),
    ]))
}

fn killpg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "killpg", 2, 2)?;
    let pgid = int_at(vm, &a, 0)?;
    let sig = int_at(vm, &a, 1)?;
    // SAFETY: plain integers.
    if unsafe { libc::killpg(pgid as libc::pid_t, sig as libc::c_int) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn abort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "abort", 0, 0)?;
    // SAFETY: abort ends the process by SIGABRT; nothing runs after it.
    unsafe { libc::abort() }
}

fn pipe2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "pipe2", 1, 1)?;
    let flags = int_at(vm, &a, 0)? as libc::c_int;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

/// `dup2(fd, fd2, inheritable)`: fd2 is inheritable unless told otherwise (PEP 446).
fn dup2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as libc::c_int;
    let fd2 = int_at(vm, &a, 1)? as libc::c_int;
    let inheritable = a.len() < 3 || vm.truthy(&a.at(2))?;
    if fd2 == 1 || fd2 == 2 {
        crate::modules::sys::flush_stdout();
    }
    // SAFETY: plain integers.
    let r = unsafe {
        if inheritable {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

/// A call returning -1 on failure, with its result as an int.
fn checked(vm: &mut Vm, r: i64) -> PyResult<Value> {
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r))
}

fn getpgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getpgid", 1, 1)?;
    let pid = int_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    let r = unsafe { libc::getpgid(pid as libc::pid_t) };
    checked(vm, r as i64)
}

fn setpgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setpgid", 2, 2)?;
    let pid = int_at(vm, &a, 0)?;
    let pgid = int_at(vm, &a, 1)?;
    // SAFETY: plain integers.
    let r = unsafe { libc::setpgid(pid as libc::pid_t, pgid as libc::pid_t) };
    checked(vm, r as i64).map(|_| Value::None)
}

fn getpgrp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getpgrp", 0, 0)?;
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getpgrp() } as i64))
}

fn setpgrp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setpgrp", 0, 0)?;
    // SAFETY: no preconditions.
    let r = unsafe { libc::setpgid(0, 0) };
    checked(vm, r as i64).map(|_| Value::None)
}

fn getsid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getsid", 1, 1)?;
    let pid = int_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    let r = unsafe { libc::getsid(pid as libc::pid_t) };
    checked(vm, r as i64)
}

fn setsid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setsid", 0, 0)?;
    // SAFETY: no preconditions.
    let r = unsafe { libc::setsid() };
    checked(vm, r as i64).map(|_| Value::None)
}

fn tcgetpgrp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "tcgetpgrp", 1, 1)?;
    let fd = int_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    let r = unsafe { libc::tcgetpgrp(fd as libc::c_int) };
    checked(vm, r as i64)
}

fn tcsetpgrp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "tcsetpgrp", 2, 2)?;
    let fd = int_at(vm, &a, 0)?;
    let pgid = int_at(vm, &a, 1)?;
    // SAFETY: plain integers.
    let r = unsafe { libc::tcsetpgrp(fd as libc::c_int, pgid as libc::pid_t) };
    checked(vm, r as i64).map(|_| Value::None)
}
