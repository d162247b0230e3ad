//! OSError's constructor and str: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` fills the errno/strerror/filename/filename2 attributes, keeps only the
//! first two arguments in `args` when a filename is given, and `OSError(ENOENT, ...)`
//! builds a FileNotFoundError (CPython's errno-to-subclass map).

use super::heap::ObjRef;
use super::payload::Payload;
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// The subclass CPython picks for an errno.
fn subclass_for(vm: &Vm, errno: i64) -> Option<ObjRef> {
    let e = &vm.interp.exc;
    let t = match errno as i32 {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &e.blocking_io_error,
        libc::ECHILD => &e.child_process_error,
        libc::EPIPE | libc::ESHUTDOWN => &e.broken_pipe_error,
        libc::ECONNABORTED => &e.connection_aborted_error,
        libc::ECONNREFUSED => &e.connection_refused_error,
        libc::ECONNRESET => &e.connection_reset_error,
        libc::EEXIST => &e.file_exists_error,
        libc::ENOENT => &e.file_not_found_error,
        libc::EISDIR => &e.is_a_directory_error,
        libc::ENOTDIR => &e.not_a_directory_error,
        libc::EINTR => &e.interrupted_error,
        libc::EACCES | libc::EPERM => &e.permission_error,
        libc::ESRCH => &e.process_lookup_error,
        libc::ETIMEDOUT => &e.timeout_error,
        _ => return None,
    };
    Some(t.clone())
}

/// Store args and the four attributes on `obj`.
fn fill(vm: &mut Vm, obj: &Value, args: &[Value]) -> PyResult<()> {
    let n = args.len();
    let none = Value::None;
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&n) {
        (args[0].clone(), args[1].clone(), args.get(2).cloned().unwrap_or(Value::None), if n == 5 { args[4].clone() } else { Value::None })
    } else {
        (none.clone(), none.clone(), none.clone(), none)
    };
    let kept = if n >= 3 && !filename.is_none() { &args[..2] } else { args };
    if let Some(Payload::Exception(d)) = obj.payload() {
        *d.args.borrow_mut() = vm.new_tuple(kept.to_vec());
    }
    for (name, v) in [("errno", errno), ("strerror", strerror), ("filename", filename), ("filename2", filename2)] {
        let key = vm.interp.intern(name);
        vm.setattr(obj, &key, v)?;
    }
    Ok(())
}

fn os_error_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("OSError.__new__: no type")) };
    let rest = &args.args[1..];
    let mut cls = cls.clone();
    if cls.ptr_eq(&vm.interp.exc.os_error) && rest.len() >= 2 {
        if let Value::Int(code) = rest[0] {
            if let Some(sub) = subclass_for(vm, code) {
                cls = sub;
            }
        }
    }
    let obj = Value::Obj(super::types::new_instance(vm, &cls));
    fill(vm, &obj, rest)?;
    Ok(obj)
}

fn os_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.at(0);
    if args.len() > 1 {
        fill(vm, &obj, &args.args[1..])?;
    }
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_of(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

pub fn str_of(vm: &mut Vm, obj: &Value) -> PyResult<String> {
    let obj = obj.clone();
    let get = |vm: &mut Vm, name: &str| -> PyResult<Value> {
        Ok(vm.getattr_str(&obj, name).unwrap_or(Value::None))
    };
    let errno = get(vm, "errno")?;
    let strerror = get(vm, "strerror")?;
    let filename = get(vm, "filename")?;
    let filename2 = get(vm, "filename2")?;
    let s = if !filename.is_none() {
        let head = format!("[Errno {}] {}: {}", vm.str_string(&errno)?, vm.str_string(&strerror)?, vm.repr_string(&filename)?);
        if filename2.is_none() { head } else { format!("{} -> {}", head, vm.repr_string(&filename2)?) }
    } else if !errno.is_none() && !strerror.is_none() {
        format!("[Errno {}] {}", vm.str_string(&errno)?, vm.str_string(&strerror)?)
    } else {
        super::exceptions::exc_str_plain(vm, &obj)?
    };
    Ok(s)
}

/// The text the C library gives an errno, as CPython's strerror.
pub fn strerror(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// OSError (or its errno subclass) for a failed system call on `filename`.
pub fn from_errno(vm: &mut Vm, code: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let mut args = vec![Value::Int(code as i64), vm.new_str(&strerror(code))];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2);
        }
    }
    let cls = Value::Obj(vm.interp.exc.os_error.clone());
    let mut all = vec![cls];
    all.extend(args);
    match os_error_new(vm, Args::new(all)) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.os_error(strerror(code)),
        Err(e) => e,
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.exc.os_error;
    add_static(t, "__new__", os_error_new);
    add_method(t, "__init__", os_error_init);
    add_method(t, "__str__", os_error_str);
}
