//! OSError: `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, the errno ->
//! subclass mapping (`OSError(2, 'x')` is a FileNotFoundError), its fields and `__str__`,
//! and `os_error` for native code reporting a failed system call.
//!
//! The fields live in `ExcData::extra` as `[errno, strerror, filename, filename2]`; the
//! vector stays empty when the arguments did not have OSError's 2-5 shape.

use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

const ERRNO: usize = 0;
const STRERROR: usize = 1;
const FILENAME: usize = 2;
const FILENAME2: usize = 3;

/// The OSError subclass CPython picks for an errno.
fn subclass_for(vm: &Vm, errno: i64) -> Option<crate::objects::heap::ObjRef> {
    let e = &vm.interp.exc;
    let n = errno as i32;
    Some(
        match n {
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
        }
        .clone(),
    )
}

/// The C library's message for an errno ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The exception for a failed system call: `[Errno 2] No such file or directory: 'x'`.
pub fn os_error(vm: &mut Vm, errno: i32, filename: Option<Value>) -> PyErr {
    let mut args = vec![Value::Int(errno as i64), vm.new_str(&strerror(errno))];
    args.extend(filename);
    let cls = vm.interp.exc.os_error.clone();
    let mut new_args = vec![Value::Obj(cls)];
    new_args.extend(args);
    match oserror_new(vm, Args::new(new_args)) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_error(&vm.interp.exc.os_error.clone(), "os error"),
        Err(e) => e,
    }
}

/// As `os_error`, with a second filename (`rename`, `link`): `[Errno 2] ...: 'a' -> 'b'`.
pub fn from_errno(vm: &mut Vm, errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let Some(f2) = filename2 else { return os_error(vm, errno, filename) };
    let args = vec![Value::Int(errno as i64), vm.new_str(&strerror(errno)), filename.unwrap_or(Value::None), Value::None, f2];
    let cls = Value::Obj(vm.interp.exc.os_error.clone());
    match vm.call(&cls, Args::new(args)) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.os_error(strerror(errno)),
        Err(e) => e,
    }
}

/// The exception for a std::io::Error from a call on `filename`.
pub fn from_io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    match e.raw_os_error() {
        Some(n) => os_error(vm, n, filename),
        None => vm.new_error(&vm.interp.exc.os_error.clone(), &e.to_string()),
    }
}

/// Parse OSError's arguments into `extra` and cut `args` down to (errno, strerror).
fn parse_into(vm: &Vm, exc: &Value, args: &[Value]) {
    let Some(Payload::Exception(d)) = exc.payload() else { return };
    if !(2..=5).contains(&args.len()) {
        *d.args.borrow_mut() = vm.new_tuple(args.to_vec());
        d.extra.borrow_mut().clear();
        return;
    }
    let filename = args.get(2).cloned().unwrap_or(Value::None);
    let filename2 = args.get(4).cloned().unwrap_or(Value::None);
    *d.extra.borrow_mut() = vec![args[0].clone(), args[1].clone(), filename.clone(), filename2];
    let kept = if filename.is_none() { args.to_vec() } else { args[..2].to_vec() };
    *d.args.borrow_mut() = vm.new_tuple(kept);
}

fn oserror_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("OSError.__new__: no type")) };
    let mut cls = cls.clone();
    let rest = &args.args[1..];
    if cls.ptr_eq(&vm.interp.exc.os_error) && (2..=5).contains(&rest.len()) {
        if let Value::Int(n) = rest[0] {
            if let Some(sub) = subclass_for(vm, n) {
                cls = sub;
            }
        }
    }
    let obj = Value::Obj(super::types::new_instance(vm, &cls));
    parse_into(vm, &obj, rest);
    Ok(obj)
}

fn oserror_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    parse_into(vm, &me, &args.args[1..]);
    Ok(Value::None)
}

fn field(v: &Value, i: usize) -> Value {
    match v.payload() {
        Some(Payload::Exception(d)) => d.extra.borrow().get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `str()` of an OSError whose arguments had the errno shape; None otherwise.
pub fn str_of(vm: &mut Vm, me: &Value) -> PyResult<Option<String>> {
    let parsed = matches!(me.payload(), Some(Payload::Exception(d)) if !d.extra.borrow().is_empty());
    if !parsed {
        return Ok(None);
    }
    let me = me.clone();
    let errno = vm.str_string(&field(&me, ERRNO))?;
    let strerror = vm.str_string(&field(&me, STRERROR))?;
    let (f1, f2) = (field(&me, FILENAME), field(&me, FILENAME2));
    let s = if !f1.is_none() {
        let f1 = vm.repr_string(&f1)?;
        if !f2.is_none() {
            let f2 = vm.repr_string(&f2)?;
            format!("[Errno {}] {}: {} -> {}", errno, strerror, f1, f2)
        } else {
            format!("[Errno {}] {}: {}", errno, strerror, f1)
        }
    } else {
        format!("[Errno {}] {}", errno, strerror)
    };
    Ok(Some(s))
}

fn set_field(vm: &mut Vm, me: &Value, i: usize, v: Value) -> PyResult<Value> {
    if let Some(Payload::Exception(d)) = me.payload() {
        let mut extra = d.extra.borrow_mut();
        if extra.len() < 4 {
            extra.resize(4, Value::None);
        }
        extra[i] = v;
    }
    let _ = vm;
    Ok(Value::None)
}

fn g_errno(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(field(&a.at(0), ERRNO))
}
fn g_strerror(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(field(&a.at(0), STRERROR))
}
fn g_filename(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(field(&a.at(0), FILENAME))
}
fn g_filename2(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(field(&a.at(0), FILENAME2))
}
fn s_errno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_field(vm, &a.at(0), ERRNO, a.at(1))
}
fn s_strerror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_field(vm, &a.at(0), STRERROR, a.at(1))
}
fn s_filename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_field(vm, &a.at(0), FILENAME, a.at(1))
}
fn s_filename2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_field(vm, &a.at(0), FILENAME2, a.at(1))
}

pub fn register(vm: &Vm) {
    use super::getset::add_getset;
    let t = &vm.interp.exc.os_error;
    super::types::add_static(t, "__new__", oserror_new);
    super::types::add_method(t, "__init__", oserror_init);
    add_getset(t, "errno", g_errno, Some(s_errno));
    add_getset(t, "strerror", g_strerror, Some(s_strerror));
    add_getset(t, "filename", g_filename, Some(s_filename));
    add_getset(t, "filename2", g_filename2, Some(s_filename2));
}
