//! `gi_*` / `cr_*` / `ag_*` attributes and PEP 479's conversion of a leaking StopIteration.

use super::Kind;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{GenData, Payload};
use crate::objects::value::Value;
use crate::vm::{PyErr, Vm};

pub fn attr(vm: &mut Vm, gn: &ObjRef, g: &GenData, name: &str) -> Option<Value> {
    let prefix = match g.kind {
        Kind::Gen => "gi_",
        Kind::Coroutine => "cr_",
        Kind::AsyncGen => "ag_",
    };
    match name {
        "__name__" => return Some(super::names(vm, g).0),
        "__qualname__" => return Some(super::names(vm, g).1),
        _ => {}
    }
    let rest = name.strip_prefix(prefix)?;
    match rest {
        "running" => Some(Value::Bool(g.running.get())),
        "code" => {
            let code = g.code.clone();
            Some(Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(code))))
        }
        "frame" => Some(super::frame_obj::snapshot(vm, gn, g).unwrap_or(Value::None)),
        "yieldfrom" if g.kind == Kind::Gen => Some(super::yield_from(gn).unwrap_or(Value::None)),
        "await" if g.kind != Kind::Gen => Some(super::yield_from(gn).unwrap_or(Value::None)),
        "origin" if g.kind == Kind::Coroutine => {
            Some(g.extra.borrow().as_ref().map(|x| x.origin.clone()).unwrap_or(Value::None))
        }
        "suspended" if g.kind == Kind::Gen => {
            let alive = g.frame.try_borrow().is_ok_and(|f| f.is_some());
            Some(Value::Bool(alive && g.started.get() && !g.running.get()))
        }
        _ => None,
    }
}

/// PEP 479: a StopIteration (or StopAsyncIteration in an async generator) leaving a
/// generator's frame becomes a RuntimeError whose cause is the original.
pub fn pep479(vm: &Vm, gn: &ObjRef, e: PyErr) -> PyErr {
    let k = super::kind(gn);
    let what = match k {
        Kind::Gen => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGen => "async generator",
    };
    let msg = if vm.err_matches(&e, &vm.interp.exc.stop_iteration.clone()) {
        format!("{} raised StopIteration", what)
    } else if k == Kind::AsyncGen && vm.err_matches(&e, &vm.interp.exc.stop_async_iteration.clone()) {
        format!("{} raised StopAsyncIteration", what)
    } else {
        return e;
    };
    let new = vm.runtime_error(msg);
    if let Some(d) = new.data() {
        *d.cause.borrow_mut() = e.value();
        *d.context.borrow_mut() = e.value();
        d.suppress_context.set(true);
    }
    new
}

/// CPython's RuntimeWarning for a coroutine freed before it ran, pointing where the
/// program was when it died (`sys:1` once the program has finished).
pub fn warn_never_awaited(vm: &mut Vm, gn: &ObjRef, g: &GenData) {
    let qualname = super::names(vm, g).1;
    let msg = format!("coroutine '{}' was never awaited", crate::objects::str::as_str_lossy(&qualname));
    let cat = vm.interp.exc.runtime_warning.clone();
    if let Err(e) = crate::vm::warn::warn(vm, &cat, &msg, 1, Some(Value::Obj(gn.clone()))) {
        crate::vm::traceback::print_unraisable(vm, &e, &Value::Obj(gn.clone()));
    }
}
