//! `_socket`: the system calls are native (`ffi.rs`, the only `unsafe`; `addr.rs` turns
//! addresses to and from Python), the socket type and the module functions are Python in
//! `_socket.py`, which runs with the primitives below in its namespace. `stdlib/socket.py`
//! is the public layer over it, as CPython splits them.
//!
//! Waits follow CPython's `sock_call`: a socket with a timeout is non-blocking underneath
//! and polls before each call (TimeoutError when the time runs out); a blocking one makes
//! the call directly. Either way the GIL is released around the wait, and EINTR runs the
//! signal handlers and retries for the time left (PEP 475).

mod addr;
mod consts;
mod ffi;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::gil::{allow_threads, GilCell};
use crate::vm::{Args, PyErr, PyResult, Vm};

const SOURCE: &str = include_str!("_socket.py");

/// The module namespace, where the Python-defined exceptions (gaierror, herror) live.
static NAMESPACE: GilCell<Option<ObjRef>> = GilCell::new(None);

const PRIMITIVES: &[(&str, NativeFn)] = &[
    ("_sys_socket", sys_socket),
    ("_sys_socketpair", sys_socketpair),
    ("_sys_close", sys_close),
    ("_sys_dup", sys_dup),
    ("_sys_setblocking", sys_setblocking),
    ("_sys_get_inheritable", sys_get_inheritable),
    ("_sys_set_inheritable", sys_set_inheritable),
    ("_sys_sockinfo", sys_sockinfo),
    ("_sys_bind", sys_bind),
    ("_sys_connect", sys_connect),
    ("_sys_listen", sys_listen),
    ("_sys_accept", sys_accept),
    ("_sys_send", sys_send),
    ("_sys_sendall", sys_sendall),
    ("_sys_sendto", sys_sendto),
    ("_sys_recv", sys_recv),
    ("_sys_recvfrom", sys_recvfrom),
    ("_sys_sendmsg", sys_sendmsg),
    ("_sys_recvmsg", sys_recvmsg),
    ("_sys_shutdown", sys_shutdown),
    ("_sys_getsockname", sys_getsockname),
    ("_sys_getpeername", sys_getpeername),
    ("_sys_setsockopt", sys_setsockopt),
    ("_sys_getsockopt", sys_getsockopt),
    ("_sys_getaddrinfo", sys_getaddrinfo),
    ("_sys_getnameinfo", sys_getnameinfo),
    ("_sys_resolve", sys_resolve),
    ("_sys_gethostname", sys_gethostname),
    ("_sys_sethostname", sys_sethostname),
    ("_sys_inet_pton", sys_inet_pton),
    ("_sys_inet_ntop", sys_inet_ntop),
    ("_sys_inet_aton", sys_inet_aton),
    ("_sys_if_nameindex", sys_if_nameindex),
    ("_sys_if_nametoindex", sys_if_nametoindex),
    ("_sys_if_indextoname", sys_if_indextoname),
    ("_sys_getservbyname", sys_getservbyname),
    ("_sys_getservbyport", sys_getservbyport),
    ("_sys_getprotobyname", sys_getprotobyname),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let code = super::native_body::body_code(vm, "_socket", SOURCE)?;
    let module = crate::objects::module::new_module(vm, "_socket");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (name, value) in consts::CONSTANTS {
        crate::objects::dict::set_str(vm, &ns, name, Value::Int(*value))?;
    }
    for (name, value) in consts::STR_CONSTANTS {
        let v = vm.new_str(value);
        crate::objects::dict::set_str(vm, &ns, name, v)?;
    }
    super::native_body::add_primitives(vm, &ns, PRIMITIVES)?;
    NAMESPACE.with(|n| *n = Some(ns.clone()));
    vm.run_code(code, ns.clone(), None)?;
    Ok(module)
}

/// `socket.<name>(code, message)`, an exception class `_socket.py` defines.
pub(crate) fn raise_named(vm: &mut Vm, name: &str, code: i32, msg: &str) -> PyErr {
    let cls = NAMESPACE.with(|n| n.as_ref().and_then(|ns| crate::objects::dict::get_str(ns, name)));
    let args = vec![Value::Int(code as i64), vm.new_str(msg)];
    match cls {
        Some(c) => match vm.call(&c, Args::new(args)) {
            Ok(Value::Obj(o)) => PyErr(o),
            Ok(_) => vm.os_error(msg.to_string()),
            Err(e) => e,
        },
        None => vm.os_error(msg.to_string()),
    }
}

fn os_err(vm: &mut Vm, errno: i32) -> PyErr {
    crate::objects::exc_oserror::os_error(vm, errno, None)
}

fn timed_out(vm: &mut Vm) -> PyErr {
    let ty = vm.interp.exc.timeout_error.clone();
    let msg = vm.new_str("timed out");
    let args = vm.new_tuple(vec![msg]);
    vm.new_exception(&ty, args)
}

fn int(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    let v = args.at(i);
    crate::objects::int::as_int(&v)
        .ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))))?
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

fn c_int(vm: &Vm, args: &Args, i: usize) -> PyResult<i32> {
    i32::try_from(int(vm, args, i)?).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

const RECV_CAP: usize = 64 << 20;

/// A buffer size argument (C ssize_t) and its zeroed buffer: MemoryError, never an abort,
/// when it cannot be allocated.
fn size_buffer(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Vec<u8>> {
    let v = args.at(i);
    let n = crate::objects::int::as_int(&v)
        .ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))))?
        .to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let n = n.max(0) as usize;
    // CPython allocates the whole size up front: a size no allocator can give is a
    // MemoryError. One call never returns more than the socket's buffers hold, so the
    // buffer actually zeroed is capped.
    let mut probe: Vec<u8> = Vec::new();
    if probe.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception_noargs(&vm.interp.exc.memory_error.clone()));
    }
    drop(probe);
    Ok(vec![0u8; n.min(RECV_CAP)])
}

fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if crate::objects::str::as_str(v).is_some() || matches!(v, Value::Int(_) | Value::None) {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
    }
    crate::objects::bytes::as_bytes(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn text_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<std::ffi::CString> {
    let b = match crate::objects::str::as_str(v) {
        Some(s) => s.as_bytes().to_vec(),
        None => match v.payload() {
            Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => crate::objects::bytes::as_bytes(v).unwrap_or_default(),
            _ => return Err(vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v)))),
        },
    };
    ffi::cstring(&b).ok_or_else(|| vm.value_error("embedded null character"))
}

/// CPython's sock_call: `timeout_ns` < 0 blocks, 0 never waits, > 0 polls first and
/// raises TimeoutError when the time runs out.
fn sock_call<T: Send>(vm: &mut Vm, fd: i32, writing: bool, timeout_ns: i64, mut op: impl FnMut() -> ffi::Res<T> + Send) -> PyResult<T> {
    let deadline = (timeout_ns > 0).then(|| std::time::Instant::now() + std::time::Duration::from_nanos(timeout_ns as u64));
    loop {
        if let Some(end) = deadline {
            let left = end.saturating_duration_since(std::time::Instant::now());
            let ms = left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32;
            match allow_threads(move || ffi::poll(fd, writing, ms)) {
                Ok(true) => {}
                Ok(false) => return Err(timed_out(vm)),
                Err(libc::EINTR) => {
                    vm.check_signals()?;
                    continue;
                }
                Err(e) => return Err(os_err(vm, e)),
            }
        }
        let op_ref = &mut op;
        let r = if timeout_ns < 0 { allow_threads(move || op_ref()) } else { op_ref() };
        match r {
            Ok(v) => return Ok(v),
            Err(libc::EINTR) => vm.check_signals()?,
            Err(e) if deadline.is_some() && (e == libc::EAGAIN || e == libc::EWOULDBLOCK) => {}
            Err(e) => return Err(os_err(vm, e)),
        }
    }
}

fn sys_socket(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, t, p) = (c_int(vm, &args, 0)?, c_int(vm, &args, 1)?, c_int(vm, &args, 2)?);
    ffi::socket(f, t, p).map(|fd| Value::Int(fd as i64)).map_err(|e| os_err(vm, e))
}

fn sys_socketpair(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, t, p) = (c_int(vm, &args, 0)?, c_int(vm, &args, 1)?, c_int(vm, &args, 2)?);
    let (a, b) = ffi::socketpair(f, t, p).map_err(|e| os_err(vm, e))?;
    Ok(vm.new_tuple(vec![Value::Int(a as i64), Value::Int(b as i64)]))
}

fn sys_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    // ECONNRESET on close is not an error worth reporting (CPython ignores it too).
    match ffi::close(fd) {
        Ok(()) | Err(libc::ECONNRESET) => Ok(Value::None),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn sys_dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    ffi::dup(fd).map(|fd| Value::Int(fd as i64)).map_err(|e| os_err(vm, e))
}

fn sys_setblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let blocking = vm.truthy(&args.at(1))?;
    ffi::set_nonblocking(fd, !blocking).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

fn sys_get_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    ffi::get_inheritable(fd).map(Value::Bool).map_err(|e| os_err(vm, e))
}

fn sys_set_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let on = vm.truthy(&args.at(1))?;
    ffi::set_inheritable(fd, on).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

fn opt_int(fd: i32, opt: i32) -> ffi::Res<i64> {
    let b = ffi::getsockopt(fd, libc::SOL_SOCKET, opt, 4)?;
    let mut a = [0u8; 4];
    a[..b.len().min(4)].copy_from_slice(&b[..b.len().min(4)]);
    Ok(i32::from_ne_bytes(a) as i64)
}

/// `(family, type, proto)` of an open descriptor, for `socket(fileno=...)`.
fn sys_sockinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let r = (|| Ok((opt_int(fd, libc::SO_DOMAIN)?, opt_int(fd, libc::SO_TYPE)?, opt_int(fd, libc::SO_PROTOCOL)?)))();
    let (f, t, p) = r.map_err(|e| os_err(vm, e))?;
    Ok(vm.new_tuple(vec![Value::Int(f), Value::Int(t), Value::Int(p)]))
}

fn sys_bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let a = addr::to_sockaddr(vm, c_int(vm, &args, 1)?, &args.at(2), "bind")?;
    ffi::bind(fd, &a).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

/// `_sys_connect(fd, family, address, timeout_ns, raise_)`: None, or the errno when
/// `raise_` is false (connect_ex). A connection interrupted or in progress is waited for
/// and its outcome read from SO_ERROR, as CPython's internal_connect.
fn sys_connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let a = addr::to_sockaddr(vm, c_int(vm, &args, 1)?, &args.at(2), "connect")?;
    let timeout = int(vm, &args, 3)?;
    let raise = vm.truthy(&args.at(4))?;
    let mut rc = if timeout < 0 { allow_threads(move || ffi::connect(fd, &a)) } else { ffi::connect(fd, &a) };
    let wait = match rc {
        Err(libc::EINTR) => {
            vm.check_signals()?;
            true
        }
        Err(libc::EINPROGRESS) => timeout != 0,
        _ => false,
    };
    if wait {
        rc = match connect_wait(vm, fd, timeout)? {
            Waited::Done(r) => r,
            Waited::TimedOut if raise => return Err(timed_out(vm)),
            Waited::TimedOut => Err(libc::EWOULDBLOCK),
        };
    }
    match rc {
        Ok(()) => Ok(if raise { Value::None } else { Value::Int(0) }),
        Err(e) if !raise => Ok(Value::Int(e as i64)),
        Err(e) => Err(os_err(vm, e)),
    }
}

enum Waited {
    Done(ffi::Res<()>),
    TimedOut,
}

/// Wait for a connection in progress to finish (within `timeout_ns`, or for ever when it
/// is negative) and read its outcome from SO_ERROR.
fn connect_wait(vm: &mut Vm, fd: i32, timeout_ns: i64) -> PyResult<Waited> {
    let deadline = (timeout_ns > 0).then(|| std::time::Instant::now() + std::time::Duration::from_nanos(timeout_ns as u64));
    loop {
        let ms = match deadline {
            Some(end) => end.saturating_duration_since(std::time::Instant::now()).as_micros().div_ceil(1000).min(i32::MAX as u128) as i32,
            None => -1,
        };
        match allow_threads(move || ffi::poll(fd, true, ms)) {
            Ok(true) => break,
            Ok(false) => return Ok(Waited::TimedOut),
            Err(libc::EINTR) => vm.check_signals()?,
            Err(e) => return Ok(Waited::Done(Err(e))),
        }
    }
    Ok(Waited::Done(match opt_int(fd, libc::SO_ERROR) {
        Ok(0) => Ok(()),
        Ok(e) => Err(e as i32),
        Err(e) => Err(e),
    }))
}

fn sys_listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let n = c_int(vm, &args, 1)?.max(0);
    ffi::listen(fd, n).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

fn sys_accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let timeout = int(vm, &args, 1)?;
    let (nfd, a) = sock_call(vm, fd, false, timeout, move || ffi::accept(fd))?;
    let a = addr::to_value(vm, &a);
    Ok(vm.new_tuple(vec![Value::Int(nfd as i64), a]))
}

fn sys_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let data = buffer_arg(vm, &args.at(1))?;
    let flags = c_int(vm, &args, 2)?;
    let timeout = int(vm, &args, 3)?;
    let n = sock_call(vm, fd, true, timeout, || ffi::send(fd, &data, flags))?;
    Ok(Value::Int(n as i64))
}

/// sendall: the whole buffer within one overall timeout; signal handlers run between
/// chunks.
fn sys_sendall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let data = buffer_arg(vm, &args.at(1))?;
    let flags = c_int(vm, &args, 2)?;
    let timeout = int(vm, &args, 3)?;
    let end = (timeout > 0).then(|| std::time::Instant::now() + std::time::Duration::from_nanos(timeout as u64));
    let mut sent = 0;
    while sent < data.len() {
        let left = match end {
            Some(e) => {
                let l = e.saturating_duration_since(std::time::Instant::now()).as_nanos() as i64;
                if l == 0 {
                    return Err(timed_out(vm));
                }
                l
            }
            None => timeout,
        };
        let chunk = &data[sent..];
        sent += sock_call(vm, fd, true, left, || ffi::send(fd, chunk, flags))?;
        vm.check_signals()?;
    }
    Ok(Value::None)
}

fn sys_sendto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let data = buffer_arg(vm, &args.at(1))?;
    let flags = c_int(vm, &args, 2)?;
    let a = addr::to_sockaddr(vm, c_int(vm, &args, 3)?, &args.at(4), "sendto")?;
    let timeout = int(vm, &args, 5)?;
    let n = sock_call(vm, fd, true, timeout, || ffi::sendto(fd, &data, flags, &a))?;
    Ok(Value::Int(n as i64))
}

fn sys_recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let flags = c_int(vm, &args, 2)?;
    let timeout = int(vm, &args, 3)?;
    let mut buf = size_buffer(vm, &args, 1)?;
    let slice = buf.as_mut_slice();
    let n = sock_call(vm, fd, false, timeout, move || ffi::recv(fd, slice, flags))?;
    buf.truncate(n);
    Ok(vm.new_bytes(buf))
}

fn sys_recvfrom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let flags = c_int(vm, &args, 2)?;
    let timeout = int(vm, &args, 3)?;
    let mut buf = size_buffer(vm, &args, 1)?;
    let slice = buf.as_mut_slice();
    let (n, a) = sock_call(vm, fd, false, timeout, move || ffi::recvfrom(fd, slice, flags))?;
    buf.truncate(n);
    let data = vm.new_bytes(buf);
    // An unconnected datagram socket of an unnamed peer reports no address.
    let a = if a.family() == 0 { Value::None } else { addr::to_value(vm, &a) };
    Ok(vm.new_tuple(vec![data, a]))
}

/// `_sys_sendmsg(fd, buffers, ancdata, flags, family, address, timeout_ns)`: buffers a
/// list of bytes-likes, ancdata a list of (level, type, data), address None or one.
fn sys_sendmsg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let mut bufs = Vec::new();
    for b in vm.collect_iterable(&args.at(1))? {
        bufs.push(buffer_arg(vm, &b)?);
    }
    let mut cmsgs = Vec::new();
    for item in vm.collect_iterable(&args.at(2))? {
        let parts = vm.collect_iterable(&item)?;
        if parts.len() != 3 {
            return Err(vm.type_error("[sendmsg() ancillary data items]() argument must be sequence of length 3, not ".to_string() + &parts.len().to_string()));
        }
        let one = Args::new(parts);
        let (level, ty) = (c_int(vm, &one, 0)?, c_int(vm, &one, 1)?);
        cmsgs.push((level, ty, buffer_arg(vm, &one.at(2))?));
    }
    let flags = c_int(vm, &args, 3)?;
    let to = match args.at(5) {
        Value::None => None,
        a => Some(addr::to_sockaddr(vm, c_int(vm, &args, 4)?, &a, "sendmsg")?),
    };
    let timeout = int(vm, &args, 6)?;
    let n = sock_call(vm, fd, true, timeout, || ffi::sendmsg(fd, &bufs, &cmsgs, flags, to.as_ref()))?;
    Ok(Value::Int(n as i64))
}

/// `_sys_recvmsg(fd, size, ancsize, flags, timeout_ns)` -> (data, ancdata, msg_flags, address).
fn sys_recvmsg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let ancsize = int(vm, &args, 2)?.clamp(0, 1 << 20) as usize;
    let flags = c_int(vm, &args, 3)?;
    let timeout = int(vm, &args, 4)?;
    let mut buf = size_buffer(vm, &args, 1)?;
    let slice = buf.as_mut_slice();
    let (n, items, mflags, a) = sock_call(vm, fd, false, timeout, move || ffi::recvmsg(fd, slice, ancsize, flags))?;
    buf.truncate(n);
    let data = vm.new_bytes(buf);
    let mut anc = Vec::with_capacity(items.len());
    for (level, ty, d) in items {
        let d = vm.new_bytes(d);
        anc.push(vm.new_tuple(vec![Value::Int(level as i64), Value::Int(ty as i64), d]));
    }
    let anc = vm.new_list(anc);
    let a = if a.family() == 0 { Value::None } else { addr::to_value(vm, &a) };
    Ok(vm.new_tuple(vec![data, anc, Value::Int(mflags as i64), a]))
}

fn sys_shutdown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let how = c_int(vm, &args, 1)?;
    ffi::shutdown(fd, how).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

fn sys_getsockname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let a = ffi::getsockname(fd).map_err(|e| os_err(vm, e))?;
    Ok(addr::to_value(vm, &a))
}

fn sys_getpeername(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let a = ffi::getpeername(fd).map_err(|e| os_err(vm, e))?;
    Ok(addr::to_value(vm, &a))
}

/// `_sys_setsockopt(fd, level, opt, value, optlen)`: an int value is a C int; a buffer is
/// passed as is; None passes `optlen` zero bytes.
fn sys_setsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let level = c_int(vm, &args, 1)?;
    let opt = c_int(vm, &args, 2)?;
    let v = args.at(3);
    let bytes = if matches!(v, Value::None) {
        vec![0u8; int(vm, &args, 4)?.clamp(0, 1 << 16) as usize]
    } else if let Some(n) = crate::objects::int::as_int(&v) {
        let n = n.to_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
        n.to_ne_bytes().to_vec()
    } else {
        buffer_arg(vm, &v)?
    };
    ffi::setsockopt(fd, level, opt, &bytes).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

fn sys_getsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = c_int(vm, &args, 0)?;
    let level = c_int(vm, &args, 1)?;
    let opt = c_int(vm, &args, 2)?;
    let buflen = args.at(3);
    if matches!(buflen, Value::None) {
        let b = ffi::getsockopt(fd, level, opt, 4).map_err(|e| os_err(vm, e))?;
        let mut a = [0u8; 4];
        a[..b.len().min(4)].copy_from_slice(&b[..b.len().min(4)]);
        return Ok(Value::Int(i32::from_ne_bytes(a) as i64));
    }
    let n = int(vm, &args, 3)?;
    if !(1..=1024).contains(&n) {
        return Err(vm.os_error("getsockopt buflen out of range"));
    }
    let b = ffi::getsockopt(fd, level, opt, n as usize).map_err(|e| os_err(vm, e))?;
    Ok(vm.new_bytes(b))
}

/// `_sys_getaddrinfo(host, port, family, type, proto, flags)`: host None or bytes, port
/// None or bytes (the Python side encodes), a list of 5-tuples.
fn sys_getaddrinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let host = match args.at(0) {
        Value::None => None,
        v => Some(text_arg(vm, &v, "host")?),
    };
    let port = match args.at(1) {
        Value::None => None,
        v => Some(text_arg(vm, &v, "port")?),
    };
    let (f, t, p, fl) = (c_int(vm, &args, 2)?, c_int(vm, &args, 3)?, c_int(vm, &args, 4)?, c_int(vm, &args, 5)?);
    let (h, s) = (host.as_deref(), port.as_deref());
    let found = allow_threads(move || ffi::getaddrinfo(h, s, f, t, p, fl));
    let list = found.map_err(|(code, err)| addr::gai_error(vm, code, err))?;
    let mut out = Vec::with_capacity(list.len());
    for ai in list {
        let a = addr::to_value(vm, &ai.addr);
        let canon = vm.new_str(&ai.canonname);
        out.push(vm.new_tuple(vec![Value::Int(ai.family as i64), Value::Int(ai.socktype as i64), Value::Int(ai.protocol as i64), canon, a]));
    }
    Ok(vm.new_list(out))
}

/// `_sys_getnameinfo(family, address, flags)` -> (host, port).
fn sys_getnameinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let family = c_int(vm, &args, 0)?;
    let a = addr::to_sockaddr(vm, family, &args.at(1), "getnameinfo")?;
    let flags = c_int(vm, &args, 2)?;
    let r = allow_threads(move || ffi::getnameinfo(&a, flags));
    let (h, s) = r.map_err(|(code, err)| addr::gai_error(vm, code, err))?;
    let (h, s) = (vm.new_str(&h), vm.new_str(&s));
    Ok(vm.new_tuple(vec![h, s]))
}

/// `_sys_resolve(host, family)`: the packed address `host` names.
fn sys_resolve(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let host = text_arg(vm, &args.at(0), "host")?;
    let family = c_int(vm, &args, 1)?;
    let packed = addr::resolve(vm, host.as_bytes(), family)?;
    Ok(vm.new_bytes(packed))
}

fn sys_gethostname(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let b = ffi::gethostname().map_err(|e| os_err(vm, e))?;
    Ok(vm.new_str(&String::from_utf8_lossy(&b)))
}

fn sys_sethostname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text_arg(vm, &args.at(0), "name")?;
    ffi::sethostname(name.as_bytes()).map(|_| Value::None).map_err(|e| os_err(vm, e))
}

fn sys_inet_pton(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let family = c_int(vm, &args, 0)?;
    let text = text_arg(vm, &args.at(1), "inet_pton() argument 2")?;
    match ffi::inet_pton(family, &text) {
        Ok(Some(b)) => Ok(vm.new_bytes(b)),
        Ok(None) => Err(vm.os_error("illegal IP address string passed to inet_pton")),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn sys_inet_ntop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let family = c_int(vm, &args, 0)?;
    let packed = buffer_arg(vm, &args.at(1))?;
    let want = match family {
        libc::AF_INET => 4,
        libc::AF_INET6 => 16,
        _ => return Err(vm.value_error("unknown address family ".to_string() + &family.to_string())),
    };
    if packed.len() != want {
        return Err(vm.value_error("invalid length of packed IP address string"));
    }
    let s = ffi::inet_ntop(family, &packed).map_err(|e| os_err(vm, e))?;
    Ok(vm.new_str(&s))
}

fn sys_inet_aton(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = text_arg(vm, &args.at(0), "inet_aton() argument 1")?;
    match ffi::inet_aton(&text) {
        Some(b) => Ok(vm.new_bytes(b.to_vec())),
        None => Err(vm.os_error("illegal IP address string passed to inet_aton")),
    }
}

fn sys_if_nameindex(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let list = ffi::if_nameindex().map_err(|e| os_err(vm, e))?;
    let mut out = Vec::with_capacity(list.len());
    for (i, name) in list {
        let n = vm.new_str(&name);
        out.push(vm.new_tuple(vec![Value::Int(i as i64), n]));
    }
    Ok(vm.new_list(out))
}

fn sys_if_nametoindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text_arg(vm, &args.at(0), "if_nametoindex() argument")?;
    match ffi::if_nametoindex(&name) {
        0 => Err(vm.os_error("no interface with this name")),
        i => Ok(Value::Int(i as i64)),
    }
}

fn sys_if_indextoname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = int(vm, &args, 0)?;
    let i = u32::try_from(i).map_err(|_| vm.overflow_error("index is too large"))?;
    let s = ffi::if_indextoname(i).map_err(|e| os_err(vm, e))?;
    Ok(vm.new_str(&s))
}

fn opt_text(vm: &Vm, v: &Value, what: &str) -> PyResult<Option<std::ffi::CString>> {
    if matches!(v, Value::None) { Ok(None) } else { text_arg(vm, v, what).map(Some) }
}

fn sys_getservbyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text_arg(vm, &args.at(0), "getservbyname() argument 1")?;
    let proto = opt_text(vm, &args.at(1), "getservbyname() argument 2")?;
    match ffi::getservbyname(&name, proto.as_deref()) {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.os_error("service/proto not found")),
    }
}

fn sys_getservbyport(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let port = int(vm, &args, 0)?;
    if !(0..=65535).contains(&port) {
        return Err(vm.overflow_error("getservbyport: port must be 0-65535."));
    }
    let proto = opt_text(vm, &args.at(1), "getservbyport() argument 2")?;
    match ffi::getservbyport(port as u16, proto.as_deref()) {
        Some(s) => Ok(vm.new_str(&s)),
        None => Err(vm.os_error("port/proto not found")),
    }
}

fn sys_getprotobyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = text_arg(vm, &args.at(0), "getprotobyname() argument")?;
    match ffi::getprotobyname(&name) {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(vm.os_error("protocol not found")),
    }
}
