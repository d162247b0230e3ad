//! Starting OS threads that run Python: each gets its own `Vm` (frame stack, handled
//! exception, depth) and a native stack large enough for RecursionError to come first.

use std::os::unix::thread::JoinHandleExt;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::gil::{self, SendPtr};
use crate::vm::state::Interp;
use crate::vm::{Args, PyResult, Vm};

/// Native stack of a Python thread when `stack_size()` was not set (or set smaller: the
/// interpreter needs room for native re-entry before it reports RecursionError).
const DEFAULT_STACK: usize = 32 << 20;

/// `stack_size()`'s setting, 0 meaning the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
/// Threads started by `start_new_thread` still running (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// What a new thread runs; created and dropped only with the GIL held.
struct Job {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
}

pub fn start_new_thread(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.args.is_empty() {
        args.args.remove(0);
    }
    args.no_kwargs(vm, "start_new_thread")?;
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!("start_new_thread expected at least 2 arguments, got {}", args.len())));
    }
    let func = args.at(0);
    let callable = match func.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        _ => crate::objects::types::lookup(vm.interp.type_of(&func), "__call__").is_some(),
    };
    if !callable {
        return Err(vm.type_error("first arg must be callable"));
    }
    let fargs = match args.at(1).payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("2nd arg must be a tuple")),
    };
    let kwargs = match args.get(2) {
        None => Vec::new(),
        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => crate::objects::dict::entries(d),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let stack = match STACK_SIZE.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK,
        n => n.max(DEFAULT_STACK),
    };
    let job = SendPtr(Box::into_raw(Box::new(Job { func, args: fargs, kwargs })));
    let interp = SendPtr(vm.interp as *const Interp as *mut Interp);
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(stack).spawn(move || {
        let (interp, job) = (interp, job);
        // SAFETY: the interpreter outlives every thread that may still run Python (at
        // shutdown, threads that wake up park instead of touching it).
        let interp: &Interp = unsafe { &*interp.0 };
        let gil = gil::acquire(interp);
        // SAFETY: `job` came from Box::into_raw above and is consumed once, here, with
        // the GIL held (its objects' refcounts change only under the GIL).
        let job = unsafe { Box::from_raw(job.0) };
        run(*job, stack);
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        drop(gil);
    });
    match spawned {
        Ok(handle) => {
            let id = handle.as_pthread_t() as u64;
            drop(handle); // detached: threads are joined through locks, as in CPython
            Ok(super::ident_value(vm, id))
        }
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// The body of a new thread, GIL held: call the function, report an uncaught exception
/// (SystemExit ends the thread quietly), and drop every object before returning.
fn run(job: Job, stack: usize) {
    let mut vm = Vm::new(stack);
    let Job { func, args, kwargs } = job;
    if let Err(e) = vm.call(&func, Args { args, kwargs }) {
        let system_exit = vm.interp.exc.system_exit.clone();
        if !vm.is_instance_of(&e.value(), &system_exit) {
            let r = vm.repr_string(&func).unwrap_or_else(|_| "<object repr() failed>".into());
            crate::modules::sys::flush_stdout();
            let mut text = format!("Exception ignored in thread started by: {}\n", r);
            text.push_str(&crate::vm::traceback::format_exception(&mut vm, &e));
            crate::modules::sys::write_stderr(&text);
        }
    }
    drop(func);
    vm.run_pending_finalizers();
    drop(vm);
}

/// `stack_size([size])`: the previous setting; the new one is `size` (0, the default,
/// when omitted, as CPython's), which is 0 or at least 32 KiB.
pub fn stack_size(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.args.is_empty() {
        args.args.remove(0);
    }
    args.check(vm, "stack_size", 0, 1)?;
    let n = match args.get(0) {
        None => 0,
        Some(v) => match crate::objects::int::as_int(v).and_then(|n| n.to_i64()) {
            Some(n) => n,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    };
    if n != 0 && n < 32768 {
        return Err(vm.value_error(format!("size not valid: {} bytes", n)));
    }
    let old = STACK_SIZE.swap(usize::try_from(n).unwrap_or(0), Ordering::Relaxed);
    Ok(Value::Int(old as i64))
}

/// `_count()`: threads started here and still running.
pub fn count(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.args.is_empty() {
        args.args.remove(0);
    }
    args.check(vm, "_count", 0, 0)?;
    Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
}

/// At the end of the main program: join the non-daemon threads (`threading._shutdown`)
/// if `threading` was imported. Errors there are reported, not raised.
pub fn shutdown(vm: &mut Vm) {
    let Some(threading) = crate::objects::dict::get_str(&vm.interp.modules, "threading") else { return };
    let f = match vm.getattr_str(&threading, "_shutdown") {
        Ok(f) => f,
        Err(_) => return,
    };
    if let Err(e) = vm.call0(&f) {
        crate::vm::traceback::print_unraisable(vm, &e, &f);
    }
}

/// In a forked child the other threads are gone.
pub fn after_fork_child() {
    RUNNING.store(0, Ordering::SeqCst);
}
