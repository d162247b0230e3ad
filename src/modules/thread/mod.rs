//! `_thread`: OS threads that run Python under the GIL, and the lock types. `threading`
//! (stdlib/threading.py) is written on top of it.

pub mod lock;
mod spawn;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub use spawn::{after_fork_child, shutdown};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("start_new_thread", spawn::start_new_thread),
    ("start_new", spawn::start_new_thread),
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("exit", exit),
    ("exit_thread", exit),
    ("interrupt_main", interrupt_main),
    ("stack_size", spawn::stack_size),
    ("_count", spawn::count),
    ("_format_exception", format_exception),
    ("_serial", serial),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "_thread");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let (lock_type, rlock_type) = lock::make_types(vm);
    crate::objects::dict::set_str(vm, &d, "LockType", Value::Obj(lock_type))?;
    crate::objects::dict::set_str(vm, &d, "RLock", Value::Obj(rlock_type))?;
    crate::objects::dict::set_str(vm, &d, "TIMEOUT_MAX", Value::Float(lock::TIMEOUT_MAX))?;
    let error = Value::Obj(vm.interp.exc.runtime_error.clone());
    crate::objects::dict::set_str(vm, &d, "error", error)?;
    for (name, f) in FUNCTIONS {
        // Bound to the module (as CPython's are): functions find LockType through it.
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func: *f, self_: Some(Value::Obj(m.clone())), is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, func)?;
    }
    Ok(m)
}

/// Drop the module the call was bound to, returning it.
fn take_module(args: &mut Args) -> Value {
    if args.args.is_empty() { Value::None } else { args.args.remove(0) }
}

fn allocate_lock(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let module = take_module(&mut args);
    args.check(vm, "allocate_lock", 0, 0)?;
    let ty = match &module {
        Value::Obj(m) => m.dict.as_ref().and_then(|d| crate::objects::dict::get_str(d, "LockType")),
        _ => None,
    };
    match ty {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => Ok(lock::new_lock(&t)),
        _ => Err(vm.runtime_error("_thread.LockType is missing")),
    }
}

pub fn ident_value(vm: &Vm, id: u64) -> Value {
    match i64::try_from(id) {
        Ok(n) => Value::Int(n),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(id)),
    }
}

fn get_ident(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "get_ident", 0, 0)?;
    Ok(ident_value(vm, lock::ident()))
}

fn get_native_id(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "get_native_id", 0, 0)?;
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::gettid() };
    Ok(Value::Int(tid as i64))
}

fn exit(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "exit", 0, 0)?;
    let ty = vm.interp.exc.system_exit.clone();
    Err(vm.new_exception_noargs(&ty))
}

/// `interrupt_main(signum=SIGINT)`: the main thread raises KeyboardInterrupt at its next
/// eval-breaker check.
fn interrupt_main(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    let signum = args.take_kw("signum");
    args.check(vm, "interrupt_main", 0, 1)?;
    let signum = signum.or_else(|| args.get(0).cloned()).unwrap_or(Value::Int(libc::SIGINT as i64));
    match signum {
        Value::Int(n) if n >= 1 && n < crate::vm::interrupt::NSIG as i64 => crate::vm::interrupt::trip(n as i32),
        _ => return Err(vm.value_error("signal number out of range")),
    }
    Ok(Value::None)
}

/// `_format_exception(exc)`: the traceback text the interpreter prints for an uncaught
/// exception (threading.excepthook writes it to sys.stderr).
fn format_exception(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "_format_exception", 1, 1)?;
    match args.at(0) {
        Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => {
            let text = crate::vm::traceback::format_exception(vm, &crate::vm::PyErr(e));
            Ok(vm.new_str(&text))
        }
        _ => Ok(vm.new_str("")),
    }
}

thread_local! {
    /// This OS thread's serial number (0: not assigned yet).
    static SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}
static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// `_serial()`: a number no other thread of this process ever gets (idents are reused
/// once a thread ends; threading.local keys its per-thread dicts by this instead).
fn serial(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "_serial", 0, 0)?;
    let n = SERIAL.with(|s| {
        if s.get() == 0 {
            s.set(NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        }
        s.get()
    });
    Ok(Value::Int(n as i64))
}

/// `sys.getswitchinterval()` (sys binds its functions to the module: skip it).
pub fn sys_getswitchinterval(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "getswitchinterval", 0, 0)?;
    Ok(Value::Float(crate::vm::gil::switch_interval()))
}

/// `sys.setswitchinterval(interval)`.
pub fn sys_setswitchinterval(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_module(&mut args);
    args.check(vm, "setswitchinterval", 1, 1)?;
    let v = args.at(0);
    let Some(secs) = lock::seconds(&v) else {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(&v))));
    };
    if !(secs > 0.0) {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::vm::gil::set_switch_interval(secs);
    Ok(Value::None)
}
