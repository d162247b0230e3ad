//! `_posixshmem`: POSIX shared memory objects (`shm_open`, `shm_unlink`), the system
//! calls under `multiprocessing.shared_memory`.

use std::ffi::CString;

use super::module_with;
use crate::objects::exc_oserror::os_error;
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(vm, "_posixshmem", &[("shm_open", shm_open), ("shm_unlink", shm_unlink)])
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// Argument `i` (or keyword `name`) of `func`, with CPython's argument-clinic errors.
fn arg(vm: &Vm, args: &mut Args, i: usize, name: &str, func: &str) -> PyResult<Option<Value>> {
    let kw = args.take_kw(name);
    match (args.args.get(i).cloned(), kw) {
        (Some(_), Some(_)) => Err(vm.type_error(format!("argument for {func}() given by name ('{name}') and position ({})", i + 1))),
        (p, k) => Ok(p.or(k)),
    }
}

fn path_arg(vm: &Vm, v: Option<Value>, func: &str, pos: usize) -> PyResult<(CString, Value)> {
    let Some(v) = v else { return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos {pos})"))) };
    let Some(Payload::Str(s)) = v.payload() else {
        return Err(vm.type_error(format!("{func}() argument 'path' must be str, not {}", vm.type_name(&v))));
    };
    let c = CString::new(s.to_lossy().as_bytes()).map_err(|_| vm.value_error("embedded null character"))?;
    Ok((c, v))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::objects::subscript::to_index(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// `shm_open(path, flags, mode=0o777)` -> file descriptor.
fn shm_open(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let path = arg(vm, &mut args, 0, "path", "shm_open")?;
    let flags = arg(vm, &mut args, 1, "flags", "shm_open")?;
    let mode = arg(vm, &mut args, 2, "mode", "shm_open")?;
    if let Some((k, _)) = args.kwargs.first() {
        let k = crate::objects::str::as_str_lossy(k).into_owned();
        return Err(vm.type_error(format!("shm_open() got an unexpected keyword argument '{k}'")));
    }
    if args.args.len() > 3 {
        return Err(vm.type_error(format!("shm_open() takes at most 3 arguments ({} given)", args.args.len())));
    }
    let (cpath, pathv) = path_arg(vm, path, "shm_open", 1)?;
    let Some(flags) = flags else { return Err(vm.type_error("shm_open() missing required argument 'flags' (pos 2)")) };
    let flags = int_arg(vm, &flags)?;
    let mode = match mode {
        Some(m) => int_arg(vm, &m)?,
        None => 0o777,
    };
    let (Ok(flags), Ok(mode)) = (i32::try_from(flags), libc::mode_t::try_from(mode)) else {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    };
    loop {
        // SAFETY: `cpath` is a NUL-terminated string that outlives the call.
        let fd = unsafe { libc::shm_open(cpath.as_ptr(), flags, mode) };
        if fd >= 0 {
            return Ok(Value::Int(fd as i64));
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(os_error(vm, e, Some(pathv)));
        }
    }
}

/// `shm_unlink(path)`: remove a shared memory object.
fn shm_unlink(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let path = arg(vm, &mut args, 0, "path", "shm_unlink")?;
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("shm_unlink() takes at most 1 argument ({} given)", args.args.len() + args.kwargs.len())));
    }
    let (cpath, pathv) = path_arg(vm, path, "shm_unlink", 1)?;
    // SAFETY: `cpath` is a NUL-terminated string that outlives the call.
    if unsafe { libc::shm_unlink(cpath.as_ptr()) } != 0 {
        let e = last_errno();
        return Err(os_error(vm, e, Some(pathv)));
    }
    Ok(Value::None)
}
