//! `_thread.lock` and `_thread.RLock`: one core, a mutex-protected (owner, count) pair and
//! a condition variable. Waiting releases the GIL; the uncontended path does not.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Layout, Payload, tflags};
use crate::objects::types::{add_method, add_static, set_attr_raw};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The largest timeout `acquire` accepts, in seconds (CPython's value on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub struct LockCore {
    state: Mutex<Held>,
    freed: Condvar,
    reentrant: bool,
}

#[derive(Clone, Copy)]
struct Held {
    /// The owning thread's ident (RLock only; 0 when free).
    owner: u64,
    /// 0 when free; the recursion depth of an RLock.
    count: u64,
}

impl LockCore {
    pub fn new(reentrant: bool) -> Arc<LockCore> {
        Arc::new(LockCore { state: Mutex::new(Held { owner: 0, count: 0 }), freed: Condvar::new(), reentrant })
    }

    fn held(&self) -> MutexGuard<'_, Held> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Take the lock without waiting; an RLock owned by `me` is taken again.
    fn try_take(&self, me: u64) -> bool {
        let mut h = self.held();
        if h.count == 0 {
            *h = Held { owner: me, count: 1 };
            true
        } else if self.reentrant && h.owner == me {
            h.count += 1;
            true
        } else {
            false
        }
    }

    /// Wait (without the GIL: the caller runs this inside `allow_threads`) until the lock
    /// is free or the deadline passes. Some(true) when taken; None when the main thread
    /// was interrupted (the wait polls for that in slices).
    fn wait_take(&self, me: u64, deadline: Option<Instant>) -> Option<bool> {
        let main = crate::vm::gil::interrupt_pending() || is_main_thread();
        let mut h = self.held();
        loop {
            if h.count == 0 {
                *h = Held { owner: me, count: 1 };
                return Some(true);
            }
            if main && crate::vm::gil::interrupt_pending() {
                return None;
            }
            let now = Instant::now();
            let mut slice = match deadline {
                None => Duration::MAX,
                Some(d) if now >= d => return Some(false),
                Some(d) => d - now,
            };
            if main {
                slice = slice.min(crate::vm::gil::POLL);
            }
            h = if slice == Duration::MAX {
                self.freed.wait(h).unwrap_or_else(|p| p.into_inner())
            } else {
                self.freed.wait_timeout(h, slice).unwrap_or_else(|p| p.into_inner()).0
            };
        }
    }

    pub fn is_locked(&self) -> bool {
        self.held().count > 0
    }
}

fn is_main_thread() -> bool {
    crate::vm::gil::is_main_thread()
}

/// The calling thread's ident, as `_thread.get_ident()` reports it.
pub fn ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

pub fn core_of(v: &Value) -> Option<&Arc<LockCore>> {
    match v.payload() {
        Some(Payload::ThreadLock(c)) => Some(c),
        _ => None,
    }
}

fn self_core(vm: &Vm, args: &Args, what: &str) -> PyResult<Arc<LockCore>> {
    args.get(0)
        .and_then(core_of)
        .cloned()
        .ok_or_else(|| vm.type_error(format!("descriptor '{}' requires a lock object", what)))
}

/// Create the `lock` and `RLock` type objects.
pub fn make_types(vm: &mut Vm) -> (ObjRef, ObjRef) {
    let t = &vm.interp.types;
    let make = |name: &str, flags: u32| {
        let ty = ObjRef::new(t.type_.clone(), crate::vm::state::type_payload(name, Layout::Other, flags));
        crate::vm::state::set_bases(&ty, vec![t.object.clone()]);
        set_attr_raw(&ty, vm.interp.intern("__module__"), vm.new_str("_thread"));
        ty
    };
    let lock = make("lock", 0);
    let rlock = make("RLock", tflags::BASETYPE);
    add_static(&lock, "__new__", lock_new_refused);
    add_static(&rlock, "__new__", rlock_new);
    for ty in [&lock, &rlock] {
        add_method(ty, "acquire", acquire);
        add_method(ty, "__enter__", acquire);
        add_method(ty, "release", release);
        add_method(ty, "__exit__", release);
        add_method(ty, "__repr__", repr);
        add_method(ty, "_at_fork_reinit", at_fork_reinit);
    }
    add_method(&lock, "acquire_lock", acquire);
    add_method(&lock, "release_lock", release);
    add_method(&lock, "locked", locked);
    add_method(&lock, "locked_lock", locked);
    add_method(&rlock, "_is_owned", is_owned);
    add_method(&rlock, "_recursion_count", recursion_count);
    add_method(&rlock, "_release_save", release_save);
    add_method(&rlock, "_acquire_restore", acquire_restore);
    (lock, rlock)
}

pub fn new_lock(lock_type: &ObjRef) -> Value {
    Value::Obj(ObjRef::new(lock_type.clone(), Payload::ThreadLock(LockCore::new(false))))
}

fn lock_new_refused(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create '_thread.lock' instances"))
}

fn rlock_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.get(0) else { return Err(vm.type_error("RLock.__new__(X): X is not a type object")) };
    let dict = if crate::objects::types::flags(cls) & tflags::HEAPTYPE != 0 { Some(vm.new_dict_obj()) } else { None };
    Ok(Value::Obj(ObjRef::with_dict(cls.clone(), Payload::ThreadLock(LockCore::new(true)), dict)))
}

/// `acquire(blocking=True, timeout=-1)`: True when taken.
fn acquire(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "acquire")?;
    let blocking_kw = args.take_kw("blocking");
    let timeout_kw = args.take_kw("timeout");
    args.no_kwargs(vm, "acquire")?;
    let blocking = match blocking_kw.or_else(|| args.get(1).cloned()) {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let timeout = match timeout_kw.or_else(|| args.get(2).cloned()) {
        Some(v) => seconds(&v).ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))))?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    let me = ident();
    if core.try_take(me) {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let deadline = if timeout < 0.0 { None } else { Some(Instant::now() + Duration::from_secs_f64(timeout)) };
    // A signal runs its handler, then the wait goes on until the same deadline (PEP 475).
    loop {
        let core = core.clone();
        match crate::vm::gil::allow_threads(move || core.wait_take(me, deadline)) {
            Some(taken) => return Ok(Value::Bool(taken)),
            None => vm.check_signals()?,
        }
    }
}

fn release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "release")?;
    let mut h = core.held();
    if core.reentrant {
        if h.count == 0 || h.owner != ident() {
            drop(h);
            return Err(vm.runtime_error("cannot release un-acquired lock"));
        }
        h.count -= 1;
        if h.count == 0 {
            h.owner = 0;
            core.freed.notify_one();
        }
    } else {
        if h.count == 0 {
            drop(h);
            return Err(vm.runtime_error("release unlocked lock"));
        }
        *h = Held { owner: 0, count: 0 };
        core.freed.notify_one();
    }
    Ok(Value::None)
}

fn locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "locked")?;
    Ok(Value::Bool(core.is_locked()))
}

fn at_fork_reinit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "_at_fork_reinit")?;
    *core.held() = Held { owner: 0, count: 0 };
    Ok(Value::None)
}

fn is_owned(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "_is_owned")?;
    let h = *core.held();
    Ok(Value::Bool(h.count > 0 && h.owner == ident()))
}

fn recursion_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "_recursion_count")?;
    let h = *core.held();
    Ok(Value::Int(if h.owner == ident() { h.count as i64 } else { 0 }))
}

/// Condition.wait's helper: release an RLock completely, returning (count, owner).
fn release_save(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "_release_save")?;
    let mut h = core.held();
    if h.count == 0 {
        drop(h);
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let saved = *h;
    *h = Held { owner: 0, count: 0 };
    core.freed.notify_one();
    drop(h);
    Ok(vm.new_tuple(vec![Value::Int(saved.count as i64), vm.new_bigint(num_bigint::BigInt::from(saved.owner))]))
}

/// Condition.wait's helper: take an RLock back with the state `_release_save` returned.
fn acquire_restore(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let core = self_core(vm, &args, "_acquire_restore")?;
    let state = args.at(1);
    let count = match state.payload() {
        Some(Payload::Tuple(items)) => items.first().and_then(|c| crate::objects::int::as_int(c)).and_then(|n| n.to_i64()),
        _ => None,
    };
    let Some(count) = count.filter(|c| *c > 0) else { return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple")) };
    let me = ident();
    let c2 = core.clone();
    // Condition.wait must get its lock back whatever happens: no interrupt here.
    if !core.try_take(me) {
        crate::vm::gil::allow_threads(move || while c2.wait_take(me, None).is_none() {
            std::thread::sleep(crate::vm::gil::POLL);
        });
    }
    core.held().count = count as u64;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.get(0) else { return Err(vm.type_error("expected a lock")) };
    let text = repr_text(o);
    Ok(vm.new_str(&text))
}

/// `<unlocked _thread.lock object at 0x...>`, `<locked _thread.RLock object owner=N count=N at 0x...>`.
pub fn repr_text(o: &ObjRef) -> String {
    let Payload::ThreadLock(core) = &o.payload else { return String::new() };
    let h = *core.held();
    let state = if h.count > 0 { "locked" } else { "unlocked" };
    if core.reentrant {
        // CPython prints tp_name: dotted for the built-in type, bare for a subclass.
        let name = if crate::objects::types::flags(o.class()) & tflags::HEAPTYPE != 0 {
            crate::objects::types::type_name(o.class())
        } else {
            "_thread.RLock".to_string()
        };
        format!("<{} {} object owner={} count={} at {:#x}>", state, name, h.owner, h.count, o.id())
    } else {
        format!("<{} _thread.lock object at {:#x}>", state, o.id())
    }
}

/// A timeout in seconds from an int or float.
pub fn seconds(v: &Value) -> Option<f64> {
    match v {
        Value::Int(n) => Some(*n as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        _ => crate::objects::float::as_f64(v).or_else(|| crate::objects::int::as_int(v).map(|n| n.to_i64().map_or(f64::INFINITY, |i| i as f64))),
    }
}
