//! `posix`, descriptor family: flags on descriptors, positioned and vectored I/O,
//! kernel-side copies, terminals, and the special descriptors (eventfd, memfd, pidfd).
//! Buffers to fill are filled by `stdlib/os.py` from the bytes returned here.

use std::ffi::CString;

use super::int_at;
use super::posix::last_err;
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{gil, Args, PyResult, Vm};

pub const FNS: &[(&str, NativeFn)] = &[
    ("get_inheritable", get_inheritable),
    ("set_inheritable", set_inheritable),
    ("get_blocking", get_blocking),
    ("set_blocking", set_blocking),
    ("fchmod", fchmod),
    ("fchown", fchown),
    ("fchdir", fchdir),
    ("fdatasync", fdatasync),
    ("pread", pread),
    ("pwrite", pwrite),
    ("readv", readv),
    ("writev", writev),
    ("sendfile", sendfile),
    ("copy_file_range", copy_file_range),
    ("splice", splice),
    ("lockf", lockf),
    ("posix_fallocate", posix_fallocate),
    ("posix_fadvise", posix_fadvise),
    ("openpty", openpty),
    ("login_tty", login_tty),
    ("ttyname", ttyname),
    ("ctermid", ctermid),
    ("eventfd", eventfd),
    ("eventfd_read", eventfd_read),
    ("eventfd_write", eventfd_write),
    ("memfd_create", memfd_create),
    ("pidfd_open", pidfd_open),
    ("getrandom", getrandom),
];

fn fd_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<libc::c_int> {
    let v = int_at(vm, a, i)?;
    libc::c_int::try_from(v).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

fn unit(vm: &mut Vm, r: libc::c_int) -> PyResult<Value> {
    if r != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn int_result(vm: &mut Vm, r: i64) -> PyResult<Value> {
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r))
}

fn data_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Vec<u8>> {
    super::bytes_at(vm, a, i)
}

fn get_inheritable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "get_inheritable", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    // SAFETY: plain integers.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Bool(r & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "set_inheritable", 2, 2)?;
    let fd = fd_at(vm, &a, 0)?;
    let on = vm.truthy(&a.at(1))?;
    // SAFETY: plain integers.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    let flags = if on { r & !libc::FD_CLOEXEC } else { r | libc::FD_CLOEXEC };
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::fcntl(fd, libc::F_SETFD, flags) }.min(0))
}

fn get_blocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "get_blocking", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    // SAFETY: plain integers.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Bool(r & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "set_blocking", 2, 2)?;
    let fd = fd_at(vm, &a, 0)?;
    let on = vm.truthy(&a.at(1))?;
    // SAFETY: plain integers.
    let r = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    let flags = if on { r & !libc::O_NONBLOCK } else { r | libc::O_NONBLOCK };
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::fcntl(fd, libc::F_SETFL, flags) }.min(0))
}

fn fchmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fchmod", 2, 2)?;
    let fd = fd_at(vm, &a, 0)?;
    let mode = int_at(vm, &a, 1)?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::fchmod(fd, mode as libc::mode_t) })
}

fn fchown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fchown", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let uid = int_at(vm, &a, 1)?;
    let gid = int_at(vm, &a, 2)?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::fchown(fd, uid as libc::uid_t, gid as libc::gid_t) })
}

fn fchdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fchdir", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::fchdir(fd) })
}

fn fdatasync(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fdatasync", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::fdatasync(fd) })
}

/// `pread(fd, n, offset)` -> bytes.
fn pread(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "pread", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let n = int_at(vm, &a, 1)?;
    let off = int_at(vm, &a, 2)?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in pread"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), off as libc::off_t) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    buf.truncate(r as usize);
    Ok(vm.new_bytes(buf))
}

fn pwrite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "pwrite", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let data = data_at(vm, &a, 1)?;
    let off = int_at(vm, &a, 2)?;
    // SAFETY: `data` is readable for its length.
    let r = unsafe { libc::pwrite(fd, data.as_ptr().cast(), data.len(), off as libc::off_t) };
    int_result(vm, r as i64)
}

/// `readv(fd, total, offset_or_None)` -> bytes (at most `total`); with an offset this is preadv.
fn readv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "readv", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let n = int_at(vm, &a, 1)?.max(0) as usize;
    let off = a.at(2);
    let mut buf = vec![0u8; n];
    let r = if off.is_none() {
        // SAFETY: `buf` is writable for its length.
        unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) }
    } else {
        let off = int_at(vm, &a, 2)?;
        // SAFETY: `buf` is writable for its length.
        unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), n, off as libc::off_t) }
    };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    buf.truncate(r as usize);
    Ok(vm.new_bytes(buf))
}

/// `writev(fd, [bytes...], offset_or_None)`: one gathered write (pwritev with an offset).
fn writev(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "writev", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let items = vm.collect_iterable(&a.at(1))?;
    let mut bufs = Vec::with_capacity(items.len());
    for it in &items {
        match crate::objects::bytes::as_bytes(it) {
            Some(b) => bufs.push(b),
            None => return Err(vm.type_error("writev() arg 2 must be a sequence of bytes-like objects")),
        }
    }
    let iov: Vec<libc::iovec> = bufs.iter().map(|b| libc::iovec { iov_base: b.as_ptr() as *mut _, iov_len: b.len() }).collect();
    let off = a.at(2);
    let r = if off.is_none() {
        // SAFETY: every iovec points into a live buffer of `bufs`.
        unsafe { libc::writev(fd, iov.as_ptr(), iov.len() as libc::c_int) }
    } else {
        let off = int_at(vm, &a, 2)?;
        // SAFETY: every iovec points into a live buffer of `bufs`.
        unsafe { libc::pwritev(fd, iov.as_ptr(), iov.len() as libc::c_int, off as libc::off_t) }
    };
    int_result(vm, r as i64)
}

/// `sendfile(out_fd, in_fd, offset_or_None, count)`.
fn sendfile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "sendfile", 4, 4)?;
    let out = fd_at(vm, &a, 0)?;
    let inp = fd_at(vm, &a, 1)?;
    let count = int_at(vm, &a, 3)?.max(0) as usize;
    let r = if a.at(2).is_none() {
        // SAFETY: a null offset means "use and advance the file position".
        unsafe { libc::sendfile(out, inp, std::ptr::null_mut(), count) }
    } else {
        let mut off = int_at(vm, &a, 2)? as libc::off_t;
        // SAFETY: `off` is a valid place for the call to update.
        unsafe { libc::sendfile(out, inp, &mut off, count) }
    };
    int_result(vm, r as i64)
}

fn opt_off(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Option<i64>> {
    if a.at(i).is_none() {
        Ok(None)
    } else {
        int_at(vm, a, i).map(Some)
    }
}

/// `copy_file_range(src, dst, count, offset_src, offset_dst)`.
fn copy_file_range(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "copy_file_range", 5, 5)?;
    let src = fd_at(vm, &a, 0)?;
    let dst = fd_at(vm, &a, 1)?;
    let count = int_at(vm, &a, 2)?.max(0) as usize;
    let mut os = opt_off(vm, &a, 3)?.map(|o| o as libc::off64_t);
    let mut od = opt_off(vm, &a, 4)?.map(|o| o as libc::off64_t);
    let ps = os.as_mut().map_or(std::ptr::null_mut(), |o| o as *mut _);
    let pd = od.as_mut().map_or(std::ptr::null_mut(), |o| o as *mut _);
    // SAFETY: the offsets are null or point at live locals.
    let r = unsafe { libc::copy_file_range(src, ps, dst, pd, count, 0) };
    int_result(vm, r as i64)
}

/// `splice(src, dst, count, offset_src, offset_dst, flags)`.
fn splice(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "splice", 6, 6)?;
    let src = fd_at(vm, &a, 0)?;
    let dst = fd_at(vm, &a, 1)?;
    let count = int_at(vm, &a, 2)?.max(0) as usize;
    let mut os = opt_off(vm, &a, 3)?.map(|o| o as libc::loff_t);
    let mut od = opt_off(vm, &a, 4)?.map(|o| o as libc::loff_t);
    let flags = int_at(vm, &a, 5)? as libc::c_uint;
    let ps = os.as_mut().map_or(std::ptr::null_mut(), |o| o as *mut _);
    let pd = od.as_mut().map_or(std::ptr::null_mut(), |o| o as *mut _);
    // SAFETY: the offsets are null or point at live locals.
    let r = unsafe { libc::splice(src, ps, dst, pd, count, flags) };
    int_result(vm, r as i64)
}

fn lockf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "lockf", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let cmd = int_at(vm, &a, 1)? as libc::c_int;
    let len = int_at(vm, &a, 2)? as libc::off_t;
    // SAFETY: plain integers; a blocking F_LOCK waits without the GIL.
    let r = gil::allow_threads(move || unsafe { libc::lockf(fd, cmd, len) });
    unit(vm, r)
}

fn posix_fallocate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix_fallocate", 3, 3)?;
    let fd = fd_at(vm, &a, 0)?;
    let off = int_at(vm, &a, 1)? as libc::off_t;
    let len = int_at(vm, &a, 2)? as libc::off_t;
    // SAFETY: plain integers.
    let r = unsafe { libc::posix_fallocate(fd, off, len) };
    if r != 0 {
        return Err(crate::objects::exc_oserror::from_errno(vm, r, None, None));
    }
    Ok(Value::None)
}

fn posix_fadvise(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "posix_fadvise", 4, 4)?;
    let fd = fd_at(vm, &a, 0)?;
    let off = int_at(vm, &a, 1)? as libc::off_t;
    let len = int_at(vm, &a, 2)? as libc::off_t;
    let advice = int_at(vm, &a, 3)? as libc::c_int;
    // SAFETY: plain integers.
    let r = unsafe { libc::posix_fadvise(fd, off, len, advice) };
    if r != 0 {
        return Err(crate::objects::exc_oserror::from_errno(vm, r, None, None));
    }
    Ok(Value::None)
}

/// `openpty()` -> (master, slave), both non-inheritable (PEP 446).
fn openpty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "openpty", 0, 0)?;
    let (mut m, mut s) = (0 as libc::c_int, 0 as libc::c_int);
    // SAFETY: `m` and `s` are valid places to write; the optional arguments are null.
    if unsafe { libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) } != 0 {
        return Err(last_err(vm, None));
    }
    for fd in [m, s] {
        // SAFETY: plain integers on descriptors just opened.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(vm.new_tuple(vec![Value::Int(m as i64), Value::Int(s as i64)]))
}

fn login_tty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "login_tty", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::login_tty(fd) })
}

fn ttyname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "ttyname", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    let mut buf = vec![0 as libc::c_char; 256];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return Err(crate::objects::exc_oserror::from_errno(vm, r, None, None));
    }
    let bytes: Vec<u8> = buf.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
    Ok(vm.new_str(&String::from_utf8_lossy(&bytes)))
}

fn ctermid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "ctermid", 0, 0)?;
    let mut buf = vec![0 as libc::c_char; 64];
    // SAFETY: `buf` is larger than L_ctermid.
    let p = unsafe { libc::ctermid(buf.as_mut_ptr()) };
    if p.is_null() {
        return Err(last_err(vm, None));
    }
    let bytes: Vec<u8> = buf.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
    Ok(vm.new_str(&String::from_utf8_lossy(&bytes)))
}

fn eventfd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "eventfd", 2, 2)?;
    let init = int_at(vm, &a, 0)?;
    let flags = int_at(vm, &a, 1)?;
    let init = u32::try_from(init).map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned int"))?;
    // SAFETY: plain integers.
    let r = unsafe { libc::eventfd(init, flags as libc::c_int) };
    int_result(vm, r as i64)
}

fn eventfd_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "eventfd_read", 1, 1)?;
    let fd = fd_at(vm, &a, 0)?;
    loop {
        let (r, value, e) = gil::allow_threads(move || {
            let mut value: u64 = 0;
            // SAFETY: `value` is 8 writable bytes.
            let r = unsafe { libc::read(fd, (&mut value as *mut u64).cast(), 8) };
            (r, value, std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
        });
        if r >= 0 {
            return Ok(vm.new_bigint(num_bigint::BigInt::from(value)));
        }
        if e != libc::EINTR {
            return Err(crate::objects::exc_oserror::from_errno(vm, e, None, None));
        }
        vm.eval_breaker()?;
    }
}

fn eventfd_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "eventfd_write", 2, 2)?;
    let fd = fd_at(vm, &a, 0)?;
    let n = crate::modules::math::arg_index(vm, &a.at(1))?;
    let value: u64 = n
        .to_bigint()
        .try_into()
        .map_err(|_| vm.overflow_error("int too big to convert"))?;
    // SAFETY: `value` is 8 readable bytes.
    let r = unsafe { libc::write(fd, (&value as *const u64).cast(), 8) };
    int_result(vm, r as i64).map(|_| Value::None)
}

fn memfd_create(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "memfd_create", 2, 2)?;
    let name = match a.at(0).payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned().into_bytes(),
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error("memfd_create: name should be str or bytes")),
    };
    let name = CString::new(name).map_err(|_| vm.value_error("embedded null byte"))?;
    let flags = int_at(vm, &a, 1)? as libc::c_uint;
    // SAFETY: a valid C string.
    let r = unsafe { libc::memfd_create(name.as_ptr(), flags) };
    int_result(vm, r as i64)
}

fn pidfd_open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "pidfd_open", 2, 2)?;
    let pid = int_at(vm, &a, 0)?;
    let flags = int_at(vm, &a, 1)?;
    // SAFETY: the raw system call takes plain integers.
    let r = unsafe { libc::syscall(libc::SYS_pidfd_open, pid as libc::pid_t, flags as libc::c_uint) };
    int_result(vm, r)
}

fn getrandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getrandom", 2, 2)?;
    let n = int_at(vm, &a, 0)?;
    let flags = int_at(vm, &a, 1)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::getrandom(buf.as_mut_ptr().cast(), buf.len(), flags as libc::c_uint) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    buf.truncate(r as usize);
    Ok(vm.new_bytes(buf))
}
