//! `select`: the waiting system calls are native (`ppoll`, `epoll_*`); the module's
//! interface (file objects to descriptors, timeouts, the poll and epoll objects) is
//! written in Python in `select.py`, which runs with these primitives in its namespace.
//! Every wait goes through `gil::allow_threads` and blocks in the kernel (no polling loop).

use crate::objects::heap::ObjRef;
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

const SOURCE: &str = include_str!("select.py");

const PRIMITIVES: &[(&str, NativeFn)] = &[
    ("_ppoll", ppoll),
    ("_epoll_create", epoll_create),
    ("_epoll_ctl", epoll_ctl),
    ("_epoll_wait", epoll_wait),
    ("_close", close_fd),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let code = super::native_body::body_code(vm, "select", SOURCE)?;
    let module = crate::objects::module::new_module(vm, "select");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    super::native_body::add_primitives(vm, &ns, PRIMITIVES)?;
    vm.run_code(code, ns.clone(), None)?;
    // The public module holds the public names only (the primitives stay in the private
    // namespace the functions run in), as CPython's dir(select) shows.
    let public = crate::objects::module::new_module(vm, "select");
    let Some(out) = public.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (key, v) in crate::objects::dict::entries(&ns) {
        let name = crate::objects::str::as_str_lossy(&key);
        if name == "__doc__" || !name.starts_with('_') {
            crate::objects::dict::set_str(vm, &out, &name, v)?;
        }
    }
    let module = public;
    Ok(module)
}

/// OSError(errno, strerror) for an errno value, as the subclass CPython picks for it.
fn os_error(vm: &mut Vm, code: i32) -> PyErr {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    let exc = &vm.interp.exc;
    let ty = match code {
        libc::EPERM | libc::EACCES => exc.permission_error.clone(),
        libc::ENOENT => exc.file_not_found_error.clone(),
        libc::EEXIST => exc.file_exists_error.clone(),
        libc::EAGAIN | libc::EINPROGRESS => exc.blocking_io_error.clone(),
        _ => exc.os_error.clone(),
    };
    let args = vm.new_tuple(vec![Value::Int(code as i64), vm.new_str(&text)]);
    vm.new_exception(&ty, args)
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn int_at(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    crate::objects::int::as_int(&args.at(i))
        .and_then(|n| n.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

fn c_int(vm: &Vm, v: i64) -> PyResult<i32> {
    i32::try_from(v).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

fn int_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<i64>> {
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match crate::objects::int::as_int(&it).and_then(|n| n.to_i64()) {
            Some(n) => out.push(n),
            None => return Err(vm.overflow_error("Python int too large to convert to C int")),
        }
    }
    Ok(out)
}

/// A deadline in nanoseconds from now (negative = wait forever).
fn deadline(ns: i64) -> Option<std::time::Instant> {
    if ns < 0 { None } else { Some(std::time::Instant::now() + std::time::Duration::from_nanos(ns as u64)) }
}

/// `_ppoll(fds, events, timeout_ns)`: the returned events per descriptor, in order.
/// Interrupted waits (EINTR) resume with the time left, as PEP 475 asks.
fn ppoll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fds = int_list(vm, &args.at(0))?;
    let events = int_list(vm, &args.at(1))?;
    let timeout = int_at(vm, &args, 2)?;
    let mut pfds = Vec::with_capacity(fds.len());
    for (i, fd) in fds.iter().enumerate() {
        let ev = events.get(i).copied().unwrap_or(0);
        pfds.push(libc::pollfd { fd: c_int(vm, *fd)?, events: ev as i16, revents: 0 });
    }
    let end = deadline(timeout);
    loop {
        let ts = end.map(|e| {
            let left = e.saturating_duration_since(std::time::Instant::now());
            libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long }
        });
        let fds_slice = pfds.as_mut_slice();
        // SAFETY: `fds_slice` is a live, writable array of pollfd structs and the timespec
        // pointer is null or points at `ts`, owned by the closure for the whole call; no
        // sigmask is passed.
        let rc = crate::vm::gil::allow_threads(move || unsafe {
            let tsp = ts.as_ref().map_or(std::ptr::null(), |t| t as *const libc::timespec);
            let rc = libc::ppoll(fds_slice.as_mut_ptr(), fds_slice.len() as libc::nfds_t, tsp, std::ptr::null());
            // errno is read before taking the GIL back (which makes system calls of its own).
            (rc, last_errno())
        });
        let (rc, err) = rc;
        if rc >= 0 {
            break;
        }
        if err != libc::EINTR {
            return Err(os_error(vm, err));
        }
        // PEP 475: run the signal handlers and wait again for the time left.
        vm.check_signals()?;
    }
    let out = pfds.iter().map(|p| Value::Int(p.revents as u16 as i64)).collect();
    Ok(vm.new_list(out))
}

/// `_epoll_create(flags)`: a new epoll descriptor (always close-on-exec, as CPython).
fn epoll_create(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = int_at(vm, &args, 0)?;
    // SAFETY: epoll_create1 takes no pointers.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(os_error(vm, last_errno()));
    }
    Ok(Value::Int(fd as i64))
}

/// `_epoll_ctl(epfd, op, fd, events)`.
fn epoll_ctl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let epfd = c_int(vm, int_at(vm, &args, 0)?)?;
    let op = c_int(vm, int_at(vm, &args, 1)?)?;
    let fd = c_int(vm, int_at(vm, &args, 2)?)?;
    let events = int_at(vm, &args, 3)?;
    let mut ev = libc::epoll_event { events: events as u32, u64: fd as u32 as u64 };
    // SAFETY: `ev` is a valid epoll_event for the call (ignored by EPOLL_CTL_DEL).
    let rc = unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) };
    if rc < 0 {
        return Err(os_error(vm, last_errno()));
    }
    Ok(Value::None)
}

/// `_epoll_wait(epfd, timeout_ms, maxevents)`: a list of (fd, events).
fn epoll_wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let epfd = c_int(vm, int_at(vm, &args, 0)?)?;
    let timeout_ms = int_at(vm, &args, 1)?;
    let maxevents = int_at(vm, &args, 2)?.clamp(1, 1 << 16) as usize;
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents];
    let end = deadline(timeout_ms.saturating_mul(1_000_000));
    let n = loop {
        let ms = match end {
            None => -1,
            Some(e) => {
                let left = e.saturating_duration_since(std::time::Instant::now());
                left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32
            }
        };
        // SAFETY: `evs` is a live, writable array of `maxevents` epoll_event structs.
        let events = evs.as_mut_slice();
        let (rc, err) = crate::vm::gil::allow_threads(move || {
            // SAFETY: as above; errno is read before the GIL is taken back.
            let rc = unsafe { libc::epoll_wait(epfd, events.as_mut_ptr(), maxevents as i32, ms) };
            (rc, last_errno())
        });
        if rc >= 0 {
            break rc as usize;
        }
        if err != libc::EINTR {
            return Err(os_error(vm, err));
        }
        // PEP 475: run the signal handlers and wait again for the time left.
        vm.check_signals()?;
    };
    let mut out = Vec::with_capacity(n);
    for e in evs.iter().take(n) {
        let (data, events) = (e.u64, e.events);
        out.push(vm.new_tuple(vec![Value::Int(data as u32 as i32 as i64), Value::Int(events as i64)]));
    }
    Ok(vm.new_list(out))
}

/// `_close(fd)`.
fn close_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, int_at(vm, &args, 0)?)?;
    // SAFETY: closing a descriptor number the epoll object owns; no memory is involved.
    let rc = unsafe { libc::close(fd) };
    if rc < 0 {
        return Err(os_error(vm, last_errno()));
    }
    Ok(Value::None)
}
