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
        "suspended" if g.kind != Kind::AsyncGen => {
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

/// Generate one getset getter per attribute name: it reads the attribute through `attr`.
macro_rules! getters {
    ($( $f:ident => $name:literal, )*) => {
        $( fn $f(vm: &mut Vm, args: crate::vm::Args) -> crate::vm::PyResult<Value> {
            let Some(Value::Obj(o)) = args.args.first() else { return Err(vm.type_error("descriptor needs an object")) };
            let o = o.clone();
            let Payload::Generator(g) = &o.payload else {
                return Err(vm.attribute_error(format!("object has no attribute '{}'", $name)));
            };
            match attr(vm, &o, g, $name) {
                Some(v) => Ok(v),
                None => Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(&Value::Obj(o.clone())), $name))),
            }
        } )*
    };
}

getters! {
    gi_code => "gi_code", gi_frame => "gi_frame", gi_running => "gi_running",
    gi_suspended => "gi_suspended", gi_yieldfrom => "gi_yieldfrom",
    cr_await => "cr_await", cr_code => "cr_code", cr_frame => "cr_frame", cr_origin => "cr_origin",
    cr_running => "cr_running", cr_suspended => "cr_suspended",
    ag_await => "ag_await", ag_code => "ag_code", ag_frame => "ag_frame", ag_running => "ag_running",
}

/// The attributes as descriptors in the types' namespaces, so `dir()` lists them.
pub fn register(vm: &Vm) {
    use crate::objects::getset::add_getset;
    let t = &vm.interp.types;
    let table: [(&ObjRef, &'static str, crate::objects::payload::NativeFn); 15] = [
        (&t.generator, "gi_code", gi_code),
        (&t.generator, "gi_frame", gi_frame),
        (&t.generator, "gi_running", gi_running),
        (&t.generator, "gi_suspended", gi_suspended),
        (&t.generator, "gi_yieldfrom", gi_yieldfrom),
        (&t.coroutine, "cr_await", cr_await),
        (&t.coroutine, "cr_code", cr_code),
        (&t.coroutine, "cr_frame", cr_frame),
        (&t.coroutine, "cr_origin", cr_origin),
        (&t.coroutine, "cr_running", cr_running),
        (&t.coroutine, "cr_suspended", cr_suspended),
        (&t.async_generator, "ag_await", ag_await),
        (&t.async_generator, "ag_code", ag_code),
        (&t.async_generator, "ag_frame", ag_frame),
        (&t.async_generator, "ag_running", ag_running),
    ];
    for (ty, name, f) in table {
        add_getset(ty, name, f, None);
    }
}
