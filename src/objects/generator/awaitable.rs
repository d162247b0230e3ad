//! The await protocol behind GET_AWAITABLE, GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH.

use super::Kind;
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::types::lookup;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn is_coroutine(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Generator(g)) if g.kind == Kind::Coroutine)
}

/// A generator decorated by `types.coroutine` (CO_ITERABLE_COROUTINE) may be awaited.
fn is_iterable_coroutine(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    let Payload::Generator(g) = &o.payload else { return false };
    g.code.code.flags & crate::bytecode::code::flags::ITERABLE_COROUTINE != 0
}

fn is_iterator(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Iter(_) | Payload::AsyncGenOp(_)) => true,
        Some(Payload::Generator(g)) => g.kind == Kind::Gen,
        _ => lookup(vm.interp.type_of(v), "__next__").is_some(),
    }
}

/// CPython's `_PyCoro_GetAwaitableIter`: the iterator an `await` drives.
pub fn awaitable_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_coroutine(v) || is_iterable_coroutine(v) {
        return Ok(v.clone());
    }
    let ty = vm.interp.type_of(v).clone();
    let Some(f) = lookup(&ty, "__await__") else {
        return Err(vm.type_error(format!("object {} can't be used in 'await' expression", vm.type_name(v))));
    };
    let r = vm.call(&f, Args::new(vec![v.clone()]))?;
    if is_coroutine(&r) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !is_iterator(vm, &r) {
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{}'", vm.type_name(&r))));
    }
    Ok(r)
}

/// GET_AWAITABLE `where`: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__`.
pub fn get_awaitable(vm: &mut Vm, v: &Value, at: u32) -> PyResult<Value> {
    let has_await = is_coroutine(v) || is_iterable_coroutine(v) || lookup(vm.interp.type_of(v), "__await__").is_some();
    if !has_await && at != 0 {
        let side = if at == 1 { "__aenter__" } else { "__aexit__" };
        return Err(vm.type_error(format!(
            "'async with' received an object from {} that does not implement __await__: {}",
            side,
            vm.type_name(v)
        )));
    }
    let it = awaitable_iter(vm, v)?;
    if let Value::Obj(o) = &it {
        if is_coroutine(&it) && super::yield_from(o).is_some() {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = vm.interp.type_of(v).clone();
    let Some(f) = lookup(&ty, "__aiter__") else {
        return Err(vm.type_error(format!("'async for' requires an object with __aiter__ method, got {}", vm.type_name(v))));
    };
    let it = vm.call(&f, Args::new(vec![v.clone()]))?;
    if lookup(vm.interp.type_of(&it), "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = aiter {
        if matches!(&o.payload, Payload::Generator(g) if g.kind == Kind::AsyncGen) {
            return Ok(super::asyncgen::new_asend(vm, o, Value::None));
        }
    }
    let ty = vm.interp.type_of(aiter).clone();
    let Some(f) = lookup(&ty, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(aiter)
        )));
    };
    let next = vm.call(&f, Args::new(vec![aiter.clone()]))?;
    match awaitable_iter(vm, &next) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, &vm.interp.exc.type_error.clone()) => Err(vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            vm.type_name(&next)
        ))),
        Err(e) => Err(e),
    }
}

/// BEFORE_ASYNC_WITH: (bound `__aexit__`, result of `__aenter__()`).
pub fn before_async_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty: ObjRef = vm.interp.type_of(mgr).clone();
    let msg = format!("'{}' object does not support the asynchronous context manager protocol", vm.type_name(mgr));
    let Some(enter) = lookup(&ty, "__aenter__") else { return Err(vm.type_error(msg)) };
    let Some(exit) = lookup(&ty, "__aexit__") else {
        return Err(vm.type_error(format!("{} (missed __aexit__ method)", msg)));
    };
    let exit = vm.bind_descriptor(&exit, mgr, &ty)?;
    let enter = vm.bind_descriptor(&enter, mgr, &ty)?;
    let r = vm.call(&enter, Args::default())?;
    Ok((exit, r))
}

/// GET_YIELD_FROM_ITER: only coroutines (and `types.coroutine` generators) may
/// `yield from` a coroutine.
pub fn check_yield_from(vm: &mut Vm, v: &Value, code_flags: u32) -> PyResult<()> {
    use crate::bytecode::code::flags;
    if is_coroutine(v) && code_flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0 {
        return Err(vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
    }
    Ok(())
}
