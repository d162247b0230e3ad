//! `_multiprocessing`: `SemLock` (a lock or semaphore that works across forked processes)
//! and the shared memory under `multiprocessing.sharedctypes`. The system calls are here
//! and in `shared.rs` (all the `unsafe`); the class is Python (`_multiprocessing.py`),
//! run with these primitives in its namespace, which the public module does not show.

mod shared;

use crate::objects::exc_oserror::os_error;
use crate::objects::heap::ObjRef;
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

const SOURCE: &str = include_str!("_multiprocessing.py");

const PRIMITIVES: &[(&str, NativeFn)] = &[
    ("_region_new", region_new),
    ("_region_map_fd", region_map_fd),
    ("_region_free", region_free),
    ("_region_len", region_len),
    ("_region_read", region_read),
    ("_region_write", region_write),
    ("_sem_new", sem_new),
    ("_sem_wait", sem_wait),
    ("_sem_post", sem_post),
    ("_sem_value", sem_value),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let code = super::native_body::body_code(vm, "_multiprocessing", SOURCE)?;
    let module = crate::objects::module::new_module(vm, "_multiprocessing");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    super::native_body::add_primitives(vm, &ns, PRIMITIVES)?;
    vm.run_code(code, ns.clone(), None)?;
    // The public module shows CPython's names only; the functions keep the private
    // namespace as their globals.
    let public = crate::objects::module::new_module(vm, "_multiprocessing");
    let Some(out) = public.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (key, v) in crate::objects::dict::entries(&ns) {
        let name = crate::objects::str::as_str_lossy(&key);
        if name == "__doc__" || !name.starts_with('_') {
            crate::objects::dict::set_str(vm, &out, &name, v)?;
        }
    }
    Ok(public)
}

fn int_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    crate::modules::native::int_at(vm, args, i)
}

fn handle_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<u64> {
    let h = int_at(vm, args, i)?;
    u64::try_from(h).map_err(|_| vm.value_error("invalid handle"))
}

fn usize_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<usize> {
    let n = int_at(vm, args, i)?;
    usize::try_from(n).map_err(|_| vm.value_error("negative size or offset"))
}

/// `_region_new(size)` -> handle of `size` zeroed bytes shared with future children.
fn region_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = usize_at(vm, &args, 0)?;
    match shared::new_region(n) {
        Ok(h) => Ok(Value::Int(h as i64)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// `_region_map_fd(fd, size)` -> handle of the file's first `size` bytes, shared.
fn region_map_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = int_at(vm, &args, 0)?;
    let fd = i32::try_from(fd).map_err(|_| vm.overflow_error("fd is greater than maximum"))?;
    let n = usize_at(vm, &args, 1)?;
    match shared::map_fd(fd, n) {
        Ok(h) => Ok(Value::Int(h as i64)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn region_free(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    shared::free(h);
    Ok(Value::None)
}

fn region_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    match shared::len(h) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.value_error("invalid handle")),
    }
}

/// `_region_read(handle, offset, n)` -> bytes.
fn region_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    let off = usize_at(vm, &args, 1)?;
    let n = usize_at(vm, &args, 2)?;
    match shared::read(h, off, n) {
        Some(b) => Ok(vm.new_bytes(b)),
        None => Err(vm.value_error("shared memory access out of range")),
    }
}

/// `_region_write(handle, offset, data)`.
fn region_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    let off = usize_at(vm, &args, 1)?;
    let data = crate::modules::native::bytes_at(vm, &args, 2)?;
    if shared::write(h, off, &data) { Ok(Value::None) } else { Err(vm.value_error("shared memory access out of range")) }
}

/// `_sem_new(value)` -> handle of a new process-shared semaphore.
fn sem_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_at(vm, &args, 0)?;
    let v = u32::try_from(v).map_err(|_| vm.value_error("invalid value"))?;
    match shared::sem_new(v) {
        Ok(h) => Ok(Value::Int(h as i64)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// `_sem_wait(handle, timeout)` -> True if acquired. timeout None blocks; a number is
/// seconds (0 only tries). The wait releases the GIL; an interrupting signal runs the
/// Python handlers and the wait goes on for the time left (PEP 475).
fn sem_wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    let t = args.at(1);
    let deadline = match t {
        Value::None => None,
        Value::Int(n) => Some(n.max(0) as f64),
        Value::Float(f) => Some(if f.is_nan() { 0.0 } else { f.max(0.0) }),
        other => {
            let f = crate::objects::float::to_f64(vm, &other)?;
            Some(f.max(0.0))
        }
    }
    .map(|secs| std::time::SystemTime::now() + std::time::Duration::from_secs_f64(secs.min(1e9)));
    let Some(addr) = shared::sem_address(h) else { return Err(vm.value_error("invalid handle")) };
    loop {
        // Try first without giving the GIL away: the uncontended case stays cheap.
        let first = shared::sem_wait(addr, Some(std::time::UNIX_EPOCH));
        let r = match first {
            shared::Wait::TimedOut => {
                crate::vm::gil::allow_threads(move || shared::sem_wait(addr, deadline))
            }
            r => r,
        };
        match r {
            shared::Wait::Acquired => return Ok(Value::Bool(true)),
            // A blocking wait never times out: only a timed one ends here.
            shared::Wait::TimedOut if deadline.is_some() => return Ok(Value::Bool(false)),
            shared::Wait::TimedOut => {}
            shared::Wait::Interrupted => vm.check_signals()?,
            shared::Wait::Error(e) => return Err(os_error(vm, e, None)),
        }
    }
}

fn sem_post(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    match shared::sem_post(h) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn sem_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = handle_at(vm, &args, 0)?;
    match shared::sem_value(h) {
        Ok(v) => Ok(Value::Int(v as i64)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}
