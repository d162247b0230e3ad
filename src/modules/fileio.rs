//! `_fileio`: the system calls under `io.FileIO` (open, read, write, lseek, close,
//! ftruncate, isatty, fstat), on raw file descriptors. Everything above them (buffering,
//! text decoding, modes, reprs) is Python in `stdlib/io.py`.
//!
//! Errors are OSError subclasses with CPython's text (`[Errno 2] No such file or
//! directory: 'x'`); the file name is attached by the caller of `open`.

use crate::objects::exc_oserror::os_error;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, what: &str) -> PyResult<i64> {
    let v = args.at(i);
    match crate::objects::subscript::to_index(vm, &v)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!("{}: an integer is required, not '{}'", what, vm.type_name(&v)))),
    }
}

fn fd_arg(vm: &mut Vm, args: &Args) -> PyResult<i32> {
    let n = int_arg(vm, args, 0, "fd")?;
    i32::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

/// `_open(path, flags, mode) -> fd`; path is str or bytes.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_open", 3, 3)?;
    let path = args.at(0);
    let bytes = match path.payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned().into_bytes(),
        _ => match crate::objects::bytes::as_bytes(&path) {
            Some(b) => b,
            None => return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&path)))),
        },
    };
    let Ok(c) = std::ffi::CString::new(bytes) else {
        return Err(vm.value_error("embedded null byte"));
    };
    let flags = int_arg(vm, &args, 1, "flags")? as i32;
    let mode = int_arg(vm, &args, 2, "mode")? as libc::c_uint;
    // SAFETY: `c` is a NUL-terminated string that outlives the call.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(os_error(vm, errno(), Some(path)));
    }
    Ok(Value::Int(fd as i64))
}

/// `_read(fd, n) -> bytes`; n < 0 reads to the end.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_read", 2, 2)?;
    let fd = fd_arg(vm, &args)?;
    let n = int_arg(vm, &args, 1, "size")?;
    let mut out: Vec<u8> = Vec::new();
    let chunk = if n < 0 { 65536 } else { (n as usize).min(1 << 30) };
    loop {
        let want = if n < 0 { chunk } else { chunk - out.len() };
        if want == 0 {
            break;
        }
        let start = out.len();
        if out.try_reserve(want).is_err() {
            return Err(vm.new_exception_noargs(&vm.interp.exc.memory_error.clone()));
        }
        out.resize(start + want, 0);
        // Other threads run while this one waits for input (a pipe, a terminal). The
        // buffer is ours, not an object's, so it may cross the GIL-free closure.
        let dst = out[start..].as_mut_ptr() as usize;
        // SAFETY: the destination is `want` initialised bytes inside `out`, which this
        // frame keeps alive and untouched until the call returns.
        let got = crate::vm::gil::allow_threads(move || unsafe { libc::read(fd, dst as *mut libc::c_void, want) });
        if got < 0 {
            let e = errno();
            out.truncate(start);
            if e == libc::EINTR {
                vm.check_signals()?;
                continue;
            }
            return Err(os_error(vm, e, None));
        }
        out.truncate(start + got as usize);
        if got == 0 || n >= 0 {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_write", 2, 2)?;
    let fd = fd_arg(vm, &args)?;
    let data = args.at(1);
    let Some(b) = crate::objects::bytes::as_bytes(&data) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&data))));
    };
    loop {
        // Other threads run while a full pipe makes this one wait; `b` is this frame's
        // own copy of the bytes, so it may cross the GIL-free closure.
        let bytes = b.as_slice();
        // SAFETY: `bytes` is a live buffer of `bytes.len()` bytes for the whole call;
        // errno is read before the GIL is taken back.
        let (n, e) = crate::vm::gil::allow_threads(move || {
            let n = unsafe { libc::write(fd, bytes.as_ptr() as *const libc::c_void, bytes.len()) };
            (n, errno())
        });
        if n < 0 {
            if e == libc::EINTR {
                vm.check_signals()?;
                continue;
            }
            return Err(os_error(vm, e, None));
        }
        return Ok(Value::Int(n as i64));
    }
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_lseek", 3, 3)?;
    let fd = fd_arg(vm, &args)?;
    let pos = int_arg(vm, &args, 1, "pos")?;
    let whence = int_arg(vm, &args, 2, "whence")? as i32;
    // SAFETY: lseek takes plain integers.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, whence) };
    if r < 0 {
        return Err(os_error(vm, errno(), None));
    }
    Ok(Value::Int(r as i64))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_close", 1, 1)?;
    let fd = fd_arg(vm, &args)?;
    // SAFETY: closing a descriptor number; the io layer closes each fd it owns once.
    if unsafe { libc::close(fd) } < 0 {
        return Err(os_error(vm, errno(), None));
    }
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_ftruncate", 2, 2)?;
    let fd = fd_arg(vm, &args)?;
    let size = int_arg(vm, &args, 1, "size")?;
    // SAFETY: ftruncate takes plain integers.
    if unsafe { libc::ftruncate(fd, size as libc::off_t) } < 0 {
        return Err(os_error(vm, errno(), None));
    }
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_isatty", 1, 1)?;
    let fd = fd_arg(vm, &args)?;
    // SAFETY: isatty takes a plain integer.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `_fstat_mode(fd) -> st_mode` (to refuse directories and find the block size).
fn fstat_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_fstat_mode", 1, 1)?;
    let fd = fd_arg(vm, &args)?;
    // SAFETY: `st` is a zeroed stat buffer fstat fills in.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(os_error(vm, errno(), None));
    }
    Ok(Value::Int(st.st_mode as i64))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("_open", open),
    ("_read", read),
    ("_write", write),
    ("_lseek", lseek),
    ("_close", close),
    ("_ftruncate", ftruncate),
    ("_isatty", isatty),
    ("_fstat_mode", fstat_mode),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::objects::module::new_module(vm, "_fileio");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (name, f) in FUNCS {
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func: *f, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &ns, name, func)?;
    }
    let consts = [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_APPEND", libc::O_APPEND),
    ];
    for (name, v) in consts {
        crate::objects::dict::set_str(vm, &ns, name, Value::Int(v as i64))?;
    }
    Ok(module)
}
