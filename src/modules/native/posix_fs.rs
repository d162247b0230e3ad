//! `posix`, file-system family: ownership, special files, device numbers, file-system
//! statistics, extended attributes, and the configuration queries (sysconf & co, by
//! number: `stdlib/os.py` maps the names).

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

use super::int_at;
use super::posix::{cstr, last_err, path_of, PathArg};
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub const FNS: &[(&str, NativeFn)] = &[
    ("chown", chown),
    ("lchown", lchown),
    ("chroot", chroot),
    ("mkfifo", mkfifo),
    ("mknod", mknod),
    ("major", major),
    ("minor", minor),
    ("makedev", makedev),
    ("statvfs", statvfs),
    ("getxattr", getxattr),
    ("setxattr", setxattr),
    ("listxattr", listxattr),
    ("removexattr", removexattr),
    ("sysconf", sysconf),
    ("fpathconf", fpathconf),
    ("pathconf", pathconf),
    ("confstr", confstr),
];

fn unit(vm: &mut Vm, r: libc::c_int, p: Option<&PathArg>) -> PyResult<Value> {
    if r != 0 {
        return Err(last_err(vm, p));
    }
    Ok(Value::None)
}

/// `chown(path, uid, gid, follow_symlinks)`.
fn chown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "chown", 4, 4)?;
    let p = path_of(vm, "chown", &a.at(0))?;
    let uid = int_at(vm, &a, 1)? as libc::uid_t;
    let gid = int_at(vm, &a, 2)? as libc::gid_t;
    let follow = vm.truthy(&a.at(3))?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    let r = unsafe {
        if follow {
            libc::chown(c.as_ptr(), uid, gid)
        } else {
            libc::lchown(c.as_ptr(), uid, gid)
        }
    };
    unit(vm, r, Some(&p))
}

fn lchown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "lchown", 3, 3)?;
    let p = path_of(vm, "lchown", &a.at(0))?;
    let uid = int_at(vm, &a, 1)? as libc::uid_t;
    let gid = int_at(vm, &a, 2)? as libc::gid_t;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    let r = unsafe { libc::lchown(c.as_ptr(), uid, gid) };
    unit(vm, r, Some(&p))
}

fn chroot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "chroot", 1, 1)?;
    let p = path_of(vm, "chroot", &a.at(0))?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    let r = unsafe { libc::chroot(c.as_ptr()) };
    unit(vm, r, Some(&p))
}

fn mkfifo(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "mkfifo", 2, 2)?;
    let p = path_of(vm, "mkfifo", &a.at(0))?;
    let mode = int_at(vm, &a, 1)?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    let r = unsafe { libc::mkfifo(c.as_ptr(), mode as libc::mode_t) };
    unit(vm, r, Some(&p))
}

fn mknod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "mknod", 3, 3)?;
    let p = path_of(vm, "mknod", &a.at(0))?;
    let mode = int_at(vm, &a, 1)?;
    let dev = int_at(vm, &a, 2)?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    let r = unsafe { libc::mknod(c.as_ptr(), mode as libc::mode_t, dev as libc::dev_t) };
    unit(vm, r, Some(&p))
}

fn dev_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<u64> {
    let n = crate::modules::math::arg_index(vm, &a.at(i))?;
    let b = n.to_bigint();
    u64::try_from(&b).map_err(|_| vm.overflow_error("Python int too large to convert to C dev_t"))
}

fn major(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "major", 1, 1)?;
    let d = dev_at(vm, &a, 0)?;
    Ok(Value::Int(libc::major(d) as i64))
}

fn minor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "minor", 1, 1)?;
    let d = dev_at(vm, &a, 0)?;
    Ok(Value::Int(libc::minor(d) as i64))
}

fn makedev(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "makedev", 2, 2)?;
    let ma = int_at(vm, &a, 0)?;
    let mi = int_at(vm, &a, 1)?;
    Ok(vm.new_bigint(num_bigint::BigInt::from(libc::makedev(ma as u32, mi as u32))))
}

/// `statvfs(path_or_fd)` -> the 11 fields of os.statvfs_result (f_fsid last).
fn statvfs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "statvfs", 1, 1)?;
    // SAFETY: all-zero bytes are a valid statvfs.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if let Value::Int(fd) = a.at(0) {
        // SAFETY: `st` is a valid place for the call to write.
        if unsafe { libc::fstatvfs(fd as libc::c_int, &mut st) } != 0 {
            return Err(last_err(vm, None));
        }
    } else {
        let p = path_of(vm, "statvfs", &a.at(0))?;
        let c = cstr(vm, &p)?;
        // SAFETY: `c` is a valid path and `st` writable for the call.
        if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
            return Err(last_err(vm, Some(&p)));
        }
    }
    let big = |vm: &Vm, n: u64| vm.new_bigint(num_bigint::BigInt::from(n));
    let items = vec![
        big(vm, st.f_bsize),
        big(vm, st.f_frsize),
        big(vm, st.f_blocks),
        big(vm, st.f_bfree),
        big(vm, st.f_bavail),
        big(vm, st.f_files),
        big(vm, st.f_ffree),
        big(vm, st.f_favail),
        big(vm, st.f_flag),
        big(vm, st.f_namemax),
        big(vm, st.f_fsid),
    ];
    Ok(vm.new_tuple(items))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let b = match v.payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned().into_bytes(),
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v)))),
    };
    CString::new(b).map_err(|_| vm.value_error("embedded null byte"))
}

/// `getxattr(path, attribute, follow_symlinks)` -> bytes.
fn getxattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getxattr", 3, 3)?;
    let p = path_of(vm, "getxattr", &a.at(0))?;
    let name = attr_name(vm, &a.at(1))?;
    let follow = vm.truthy(&a.at(2))?;
    let c = cstr(vm, &p)?;
    let mut buf = vec![0u8; 65536];
    // SAFETY: valid C strings and a buffer writable for its length.
    let r = unsafe {
        if follow {
            libc::getxattr(c.as_ptr(), name.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        } else {
            libc::lgetxattr(c.as_ptr(), name.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        }
    };
    if r < 0 {
        return Err(last_err(vm, Some(&p)));
    }
    buf.truncate(r as usize);
    Ok(vm.new_bytes(buf))
}

/// `setxattr(path, attribute, value, flags, follow_symlinks)`.
fn setxattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setxattr", 5, 5)?;
    let p = path_of(vm, "setxattr", &a.at(0))?;
    let name = attr_name(vm, &a.at(1))?;
    let value = super::bytes_at(vm, &a, 2)?;
    let flags = int_at(vm, &a, 3)? as libc::c_int;
    let follow = vm.truthy(&a.at(4))?;
    let c = cstr(vm, &p)?;
    // SAFETY: valid C strings and a buffer readable for its length.
    let r = unsafe {
        if follow {
            libc::setxattr(c.as_ptr(), name.as_ptr(), value.as_ptr().cast(), value.len(), flags)
        } else {
            libc::lsetxattr(c.as_ptr(), name.as_ptr(), value.as_ptr().cast(), value.len(), flags)
        }
    };
    unit(vm, r, Some(&p))
}

/// `listxattr(path, follow_symlinks)` -> list of str.
fn listxattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "listxattr", 2, 2)?;
    let p = if a.at(0).is_none() {
        PathArg { path: ".".into(), bytes: false, orig: vm.new_str(".") }
    } else {
        path_of(vm, "listxattr", &a.at(0))?
    };
    let follow = vm.truthy(&a.at(1))?;
    let c = CString::new(p.path.as_os_str().as_bytes()).map_err(|_| vm.value_error("embedded null byte"))?;
    let mut buf = vec![0u8; 65536];
    // SAFETY: a valid C string and a buffer writable for its length.
    let r = unsafe {
        if follow {
            libc::listxattr(c.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        } else {
            libc::llistxattr(c.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        }
    };
    if r < 0 {
        return Err(last_err(vm, Some(&p)));
    }
    buf.truncate(r as usize);
    let names = buf.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| vm.new_str(&String::from_utf8_lossy(s))).collect();
    Ok(vm.new_list(names))
}

fn removexattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "removexattr", 3, 3)?;
    let p = path_of(vm, "removexattr", &a.at(0))?;
    let name = attr_name(vm, &a.at(1))?;
    let follow = vm.truthy(&a.at(2))?;
    let c = cstr(vm, &p)?;
    // SAFETY: valid C strings.
    let r = unsafe {
        if follow {
            libc::removexattr(c.as_ptr(), name.as_ptr())
        } else {
            libc::lremovexattr(c.as_ptr(), name.as_ptr())
        }
    };
    unit(vm, r, Some(&p))
}

/// A configuration query that returns -1 both for "no limit" (errno untouched: None)
/// and for failure (errno set).
fn limit(vm: &mut Vm, call: impl FnOnce() -> libc::c_long, p: Option<&PathArg>) -> PyResult<Value> {
    // SAFETY: errno is thread-local; clearing it tells "no limit" from a failure.
    unsafe { *libc::__errno_location() = 0 };
    let r = call();
    if r == -1 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != 0 {
            return Err(last_err(vm, p));
        }
        return Ok(Value::Int(-1));
    }
    Ok(Value::Int(r as i64))
}

fn sysconf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "sysconf", 1, 1)?;
    let name = int_at(vm, &a, 0)? as libc::c_int;
    // SAFETY: plain integer.
    limit(vm, || unsafe { libc::sysconf(name) }, None)
}

fn fpathconf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "fpathconf", 2, 2)?;
    let fd = int_at(vm, &a, 0)? as libc::c_int;
    let name = int_at(vm, &a, 1)? as libc::c_int;
    // SAFETY: plain integers.
    limit(vm, || unsafe { libc::fpathconf(fd, name) }, None)
}

fn pathconf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "pathconf", 2, 2)?;
    if let Value::Int(_) = a.at(0) {
        return fpathconf(vm, a);
    }
    let p = path_of(vm, "pathconf", &a.at(0))?;
    let name = int_at(vm, &a, 1)? as libc::c_int;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    limit(vm, || unsafe { libc::pathconf(c.as_ptr(), name) }, Some(&p))
}

fn confstr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "confstr", 1, 1)?;
    let name = int_at(vm, &a, 0)? as libc::c_int;
    // SAFETY: errno is thread-local; a zero length with errno untouched means "unset".
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: a null buffer of length 0 only asks for the length.
    let n = unsafe { libc::confstr(name, std::ptr::null_mut(), 0) };
    if n == 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if e != 0 {
            return Err(last_err(vm, None));
        }
        return Ok(Value::None);
    }
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is writable for `n` bytes.
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), n) };
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(vm.new_str(&String::from_utf8_lossy(&buf[..end])))
}
