//! `posix`: the system calls under `stdlib/os.py`. Paths are str, bytes or os.PathLike;
//! a failure is OSError (its errno subclass) carrying the path, as in CPython.

use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

use super::{bytes_at, int_at, module_with};
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let mut fns: Vec<(&'static str, crate::objects::payload::NativeFn)> = vec![
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("chdir", chdir),
            ("listdir", listdir),
            ("scandir", scandir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("unlink", unlink),
            ("rename", rename),
            ("stat", stat),
            ("lstat", lstat),
            ("fstat", fstat),
            ("access", access),
            ("chmod", chmod),
            ("umask", umask),
            ("symlink", symlink),
            ("readlink", readlink),
            ("link", link),
            ("utime", utime),
            ("strerror", strerror),
            ("cpu_count", cpu_count),
            ("_exit", exit_now),
            ("kill", kill),
            ("isatty", isatty),
            ("open", open),
            ("close", close),
            ("read", read),
            ("write", write),
            ("lseek", lseek),
            ("pipe", pipe),
            ("dup", dup),
            ("fsync", fsync),
            ("ftruncate", ftruncate),
            ("truncate", truncate),
            ("environ", environ),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("uname", uname),
            ("system", system),
            ("times", times),
            ("getloadavg", getloadavg),
            ("get_terminal_size", terminal_size),
            ("realpath", realpath),
    ];
    // Later families (one file each) add their functions to the same module.
    fns.extend_from_slice(super::posix_proc::FNS);
    fns.extend_from_slice(super::posix_ids::FNS);
    fns.extend_from_slice(super::posix_fd::FNS);
    fns.extend_from_slice(super::posix_fs::FNS);
    module_with(vm, "posix", &fns)
}

/// A path argument: its bytes, and whether the caller gave bytes (results follow suit).
pub(super) struct PathArg {
    pub(super) path: PathBuf,
    pub(super) bytes: bool,
    pub(super) orig: Value,
}

pub(super) fn path_of(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<PathArg> {
    match v.payload() {
        Some(Payload::Str(s)) => {
            let s = s.to_lossy().into_owned();
            if s.contains('\0') {
                return Err(vm.value_error(format!("{}: embedded null character in path", fname)));
            }
            return Ok(PathArg { path: PathBuf::from(s), bytes: false, orig: v.clone() });
        }
        Some(Payload::Bytes(b)) => {
            if b.contains(&0) {
                return Err(vm.value_error(format!("{}: embedded null character in path", fname)));
            }
            return Ok(PathArg { path: PathBuf::from(OsStr::from_bytes(b)), bytes: true, orig: v.clone() });
        }
        _ => {}
    }
    let cls = vm.interp.type_of(v).clone();
    if let Some(f) = crate::objects::types::lookup(&cls, "__fspath__") {
        let r = vm.call(&f, Args::new(vec![v.clone()]))?;
        if matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
            let mut p = path_of(vm, fname, &r)?;
            p.orig = v.clone();
            return Ok(p);
        }
    }
    Err(vm.type_error(format!(
        "{}: path should be string, bytes or os.PathLike, not {}",
        fname,
        vm.type_name(v)
    )))
}

pub(super) fn path_value(vm: &Vm, p: &std::path::Path, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(p.as_os_str().as_bytes().to_vec())
    } else {
        vm.new_str(&p.to_string_lossy())
    }
}

fn err_of(vm: &mut Vm, e: std::io::Error, path: Option<&PathArg>, path2: Option<&PathArg>) -> PyErr {
    let code = e.raw_os_error().unwrap_or(libc::EIO);
    crate::objects::exc_oserror::from_errno(vm, code, path.map(|p| p.orig.clone()), path2.map(|p| p.orig.clone()))
}

pub(super) fn last_err(vm: &mut Vm, path: Option<&PathArg>) -> PyErr {
    err_of(vm, std::io::Error::last_os_error(), path, None)
}

pub(super) fn cstr(vm: &mut Vm, p: &PathArg) -> PyResult<CString> {
    CString::new(p.path.as_os_str().as_bytes()).map_err(|_| vm.value_error("embedded null byte"))
}

fn getpid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn getuid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}

fn geteuid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::geteuid() } as i64))
}

fn getgid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}

fn getegid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getegid() } as i64))
}

fn cwd(vm: &mut Vm, bytes: bool) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(path_value(vm, &p, bytes)),
        Err(e) => Err(err_of(vm, e, None, None)),
    }
}

fn getcwd(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    cwd(vm, false)
}

fn getcwdb(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    cwd(vm, true)
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "chdir", &a.at(0))?;
    std::env::set_current_dir(&p.path).map_err(|e| err_of(vm, e, Some(&p), None))?;
    Ok(Value::None)
}

fn dir_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<PathArg> {
    match a.get(0) {
        None | Some(Value::None) => Ok(PathArg { path: PathBuf::from("."), bytes: false, orig: vm.new_str(".") }),
        Some(v) => {
            let v = v.clone();
            path_of(vm, name, &v)
        }
    }
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = dir_arg(vm, &a, "listdir")?;
    let rd = std::fs::read_dir(&p.path).map_err(|e| err_of(vm, e, Some(&p), None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| err_of(vm, e, Some(&p), None))?;
        out.push(path_value(vm, std::path::Path::new(&ent.file_name()), p.bytes));
    }
    Ok(vm.new_list(out))
}

/// `scandir(path)`: a list of (name, full path, d_type code, inode); d_type is 1 for a
/// directory, 2 for a symlink, 0 for anything else.
fn scandir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = dir_arg(vm, &a, "scandir")?;
    let rd = std::fs::read_dir(&p.path).map_err(|e| err_of(vm, e, Some(&p), None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| err_of(vm, e, Some(&p), None))?;
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => 2,
            Ok(t) if t.is_dir() => 1,
            _ => 0,
        };
        use std::os::unix::fs::DirEntryExt;
        let name = path_value(vm, std::path::Path::new(&ent.file_name()), p.bytes);
        out.push(vm.new_tuple(vec![name, Value::Int(kind), Value::Int(ent.ino() as i64)]));
    }
    Ok(vm.new_list(out))
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "mkdir", &a.at(0))?;
    let mode = if a.len() > 1 { int_at(vm, &a, 1)? } else { 0o777 };
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid NUL-terminated path for the call.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "rmdir", &a.at(0))?;
    std::fs::remove_dir(&p.path).map_err(|e| err_of(vm, e, Some(&p), None))?;
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "remove", &a.at(0))?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid NUL-terminated path for the call.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "rename", &a.at(0))?;
    let q = path_of(vm, "rename", &a.at(1))?;
    std::fs::rename(&p.path, &q.path).map_err(|e| err_of(vm, e, Some(&p), Some(&q)))?;
    Ok(Value::None)
}

fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> Value {
    let ns = |s: i64, n: i64| vm.new_bigint(num_bigint::BigInt::from(s as i128 * 1_000_000_000 + n as i128));
    let items = vec![
        Value::Int(m.mode() as i64),
        vm.new_bigint(num_bigint::BigInt::from(m.ino())),
        vm.new_bigint(num_bigint::BigInt::from(m.dev())),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        vm.new_bigint(num_bigint::BigInt::from(m.rdev())),
    ];
    vm.new_tuple(items)
}

fn stat_impl(vm: &mut Vm, a: Args, follow: bool, name: &str) -> PyResult<Value> {
    if let Value::Int(fd) = a.at(0) {
        return fstat(vm, Args::new(vec![Value::Int(fd)]));
    }
    let p = path_of(vm, name, &a.at(0))?;
    let follow = follow && !matches!(a.get(1), Some(Value::Bool(false)));
    let r = if follow { std::fs::metadata(&p.path) } else { std::fs::symlink_metadata(&p.path) };
    let m = r.map_err(|e| err_of(vm, e, Some(&p), None))?;
    Ok(stat_tuple(vm, &m))
}

/// `stat(path, follow_symlinks=True)`: the 13 raw fields of os.stat_result (times in ns).
fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stat_impl(vm, a, true, "stat")
}

fn lstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stat_impl(vm, a, false, "lstat")
}

fn fstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as libc::c_int;
    // SAFETY: all-zero bytes are a valid `stat`.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is valid and writable for the call.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(last_err(vm, None));
    }
    let ns = |s: i64, n: i64| vm.new_bigint(num_bigint::BigInt::from(s as i128 * 1_000_000_000 + n as i128));
    let items = vec![
        Value::Int(st.st_mode as i64),
        vm.new_bigint(num_bigint::BigInt::from(st.st_ino)),
        vm.new_bigint(num_bigint::BigInt::from(st.st_dev)),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        vm.new_bigint(num_bigint::BigInt::from(st.st_rdev)),
    ];
    Ok(vm.new_tuple(items))
}

fn access(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "access", &a.at(0))?;
    let mode = int_at(vm, &a, 1)?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid NUL-terminated path for the call.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0))
}

fn chmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "chmod", &a.at(0))?;
    let mode = int_at(vm, &a, 1)?;
    std::fs::set_permissions(&p.path, std::fs::Permissions::from_mode(mode as u32)).map_err(|e| err_of(vm, e, Some(&p), None))?;
    Ok(Value::None)
}

fn umask(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = int_at(vm, &a, 0)?;
    // SAFETY: umask has no preconditions.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn symlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "symlink", &a.at(0))?;
    let q = path_of(vm, "symlink", &a.at(1))?;
    std::os::unix::fs::symlink(&p.path, &q.path).map_err(|e| err_of(vm, e, Some(&p), Some(&q)))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "readlink", &a.at(0))?;
    let t = std::fs::read_link(&p.path).map_err(|e| err_of(vm, e, Some(&p), None))?;
    Ok(path_value(vm, &t, p.bytes))
}

fn link(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "link", &a.at(0))?;
    let q = path_of(vm, "link", &a.at(1))?;
    std::fs::hard_link(&p.path, &q.path).map_err(|e| err_of(vm, e, Some(&p), Some(&q)))?;
    Ok(Value::None)
}

fn realpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "realpath", &a.at(0))?;
    let t = std::fs::canonicalize(&p.path).map_err(|e| err_of(vm, e, Some(&p), None))?;
    Ok(path_value(vm, &t, p.bytes))
}

/// `utime(path, atime_ns, mtime_ns)`; None for either means "now".
fn utime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "utime", &a.at(0))?;
    let spec = |vm: &mut Vm, v: Value| -> PyResult<libc::timespec> {
        if v.is_none() {
            return Ok(libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW });
        }
        let n = crate::modules::math::arg_index(vm, &v)?.to_bigint();
        let (q, r) = num_integer::Integer::div_mod_floor(&n, &num_bigint::BigInt::from(1_000_000_000));
        let s: i64 = num_traits::ToPrimitive::to_i64(&q).ok_or_else(|| vm.overflow_error("timestamp out of range"))?;
        let r: i64 = num_traits::ToPrimitive::to_i64(&r).unwrap_or(0);
        Ok(libc::timespec { tv_sec: s, tv_nsec: r })
    };
    let times = [spec(vm, a.at(1))?, spec(vm, a.at(2))?];
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path and `times` two valid timespecs for the call.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

fn strerror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = int_at(vm, &a, 0)?;
    let text = crate::objects::exc_oserror::strerror(code as i32);
    Ok(vm.new_str(&text))
}

fn cpu_count(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn exit_now(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = int_at(vm, &a, 0)?;
    // SAFETY: _exit ends the process at once; nothing runs after it.
    unsafe { libc::_exit(code as libc::c_int) }
}

fn kill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pid = int_at(vm, &a, 0)?;
    let sig = int_at(vm, &a, 1)?;
    crate::modules::sys::flush_stdout();
    // SAFETY: kill takes plain integers.
    if unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    // SAFETY: isatty takes a plain integer.
    Ok(Value::Bool(unsafe { libc::isatty(fd as libc::c_int) } == 1))
}

fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "open", &a.at(0))?;
    let flags = int_at(vm, &a, 1)?;
    let mode = if a.len() > 2 { int_at(vm, &a, 2)? } else { 0o777 };
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid NUL-terminated path for the call.
    let fd = unsafe { libc::open(c.as_ptr(), flags as libc::c_int | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(last_err(vm, Some(&p)));
    }
    Ok(Value::Int(fd as i64))
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    if fd == 1 {
        crate::modules::sys::flush_stdout();
    }
    // SAFETY: closing an fd the program names; Rust holds no handle to it.
    if unsafe { libc::close(fd as libc::c_int) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let n = int_at(vm, &a, 1)?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let mut buf = vec![0u8; n as usize];
    // A read may block (a pipe): the GIL is released for it, and an interrupting
    // signal runs the handlers before the read is retried (PEP 475).
    let r = loop {
        let dst = buf.as_mut_slice();
        // SAFETY: `dst` is writable for its length and owned by the closure for the call.
        let (r, e) = crate::vm::gil::allow_threads(move || {
            let r = unsafe { libc::read(fd as libc::c_int, dst.as_mut_ptr().cast(), dst.len()) };
            (r, std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
        });
        if r >= 0 {
            break r;
        }
        if e != libc::EINTR {
            return Err(err_of(vm, std::io::Error::from_raw_os_error(e), None, None));
        }
        vm.check_signals()?;
    };
    buf.truncate(r as usize);
    Ok(vm.new_bytes(buf))
}

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let data = bytes_at(vm, &a, 1)?;
    if fd == 1 || fd == 2 {
        crate::modules::sys::flush_stdout();
    }
    // A write may block (a full pipe): released GIL, PEP 475 retries as in read.
    let r = loop {
        let src = data.as_slice();
        // SAFETY: `src` is readable for its length and borrowed for the call only.
        let (r, e) = crate::vm::gil::allow_threads(move || {
            let r = unsafe { libc::write(fd as libc::c_int, src.as_ptr().cast(), src.len()) };
            (r, std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
        });
        if r >= 0 {
            break r;
        }
        if e != libc::EINTR {
            return Err(err_of(vm, std::io::Error::from_raw_os_error(e), None, None));
        }
        vm.check_signals()?;
    };
    Ok(Value::Int(r as i64))
}

fn lseek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let pos = int_at(vm, &a, 1)?;
    let how = int_at(vm, &a, 2)?;
    // SAFETY: plain integers.
    let r = unsafe { libc::lseek(fd as libc::c_int, pos as libc::off_t, how as libc::c_int) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r))
}

fn pipe(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(fds[0] as i64), Value::Int(fds[1] as i64)]))
}

fn dup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    let r = unsafe { libc::fcntl(fd as libc::c_int, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn fsync(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    // SAFETY: plain integer.
    if unsafe { libc::fsync(fd as libc::c_int) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let n = int_at(vm, &a, 1)?;
    // SAFETY: plain integers.
    if unsafe { libc::ftruncate(fd as libc::c_int, n as libc::off_t) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn truncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_of(vm, "truncate", &a.at(0))?;
    let n = int_at(vm, &a, 1)?;
    let c = cstr(vm, &p)?;
    // SAFETY: `c` is a valid path for the call.
    if unsafe { libc::truncate(c.as_ptr(), n as libc::off_t) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    Ok(Value::None)
}

/// `environ()`: the process environment as a list of (bytes key, bytes value).
fn environ(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k: OsString = k;
        let kb = vm.new_bytes(k.into_vec());
        let vb = vm.new_bytes(v.into_vec());
        out.push(vm.new_tuple(vec![kb, vb]));
    }
    Ok(vm.new_list(out))
}

fn env_bytes(vm: &mut Vm, a: &Args, i: usize) -> PyResult<CString> {
    let v = a.at(i);
    let b = match v.payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned().into_bytes(),
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error(format!("str expected, not {}", vm.type_name(&v)))),
    };
    CString::new(b).map_err(|_| vm.value_error("embedded null byte"))
}

fn putenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = env_bytes(vm, &a, 0)?;
    let v = env_bytes(vm, &a, 1)?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: both are valid C strings; the environment is only touched with the GIL held.
    if unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = env_bytes(vm, &a, 0)?;
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: a valid C string; the environment is only touched with the GIL held.
    if unsafe { libc::unsetenv(k.as_ptr()) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn uname(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: all-zero bytes are a valid utsname.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is valid and writable for the call.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_err(vm, None));
    }
    let field = |f: &[libc::c_char]| -> String {
        let bytes: Vec<u8> = f.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let items = [field(&u.sysname), field(&u.nodename), field(&u.release), field(&u.version), field(&u.machine)];
    let vals = items.iter().map(|s| vm.new_str(s)).collect();
    Ok(vm.new_tuple(vals))
}

fn system(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cmd = env_bytes(vm, &a, 0)?;
    crate::modules::sys::flush_stdout();
    // SAFETY: a valid C string; system runs the shell and waits for it.
    let r = unsafe { libc::system(cmd.as_ptr()) };
    Ok(Value::Int(r as i64))
}

fn times(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: all-zero bytes are a valid tms.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is valid and writable; sysconf takes a constant.
    let (elapsed, ticks) = unsafe { (libc::times(&mut t), libc::sysconf(libc::_SC_CLK_TCK)) };
    let ticks = if ticks > 0 { ticks as f64 } else { 100.0 };
    let items = vec![
        Value::Float(t.tms_utime as f64 / ticks),
        Value::Float(t.tms_stime as f64 / ticks),
        Value::Float(t.tms_cutime as f64 / ticks),
        Value::Float(t.tms_cstime as f64 / ticks),
        Value::Float(elapsed as f64 / ticks),
    ];
    Ok(vm.new_tuple(items))
}

fn getloadavg(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut l = [0f64; 3];
    // SAFETY: `l` has room for three doubles.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(vm.os_error("Load averages are unobtainable"));
    }
    Ok(vm.new_tuple(l.iter().map(|x| Value::Float(*x)).collect()))
}

fn terminal_size(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = if a.is_empty() { 1 } else { int_at(vm, &a, 0)? };
    // SAFETY: all-zero bytes are a valid winsize.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize into `w`.
    if unsafe { libc::ioctl(fd as libc::c_int, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(vm.new_tuple(vec![Value::Int(w.ws_col as i64), Value::Int(w.ws_row as i64)]))
}
