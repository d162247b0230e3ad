//! Async generators: `__anext__`/`asend`/`athrow`/`aclose` return awaitables that resume
//! the generator and turn its wrapped yields into StopIteration(value).

use std::cell::{Cell, RefCell};

use super::Kind;
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::eval::Exit;
use crate::vm::{Args, PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
pub enum OpKind {
    Send,
    Throw,
    Close,
    /// `anext(it, default)`: drives `args[0]`, turning StopAsyncIteration into `args[1]`.
    Anext,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Init,
    Iter,
    Closed,
}

pub struct AsyncOp {
    pub agen: ObjRef,
    pub kind: OpKind,
    /// The first value sent (asend) or the (type, value, traceback) to throw (athrow).
    args: RefCell<Vec<Value>>,
    state: Cell<State>,
}

fn new_op(vm: &Vm, agen: &ObjRef, kind: OpKind, args: Vec<Value>) -> Value {
    let ty = match kind {
        OpKind::Send => vm.interp.types.async_generator_asend.clone(),
        OpKind::Anext => vm.interp.types.anext_awaitable.clone(),
        _ => vm.interp.types.async_generator_athrow.clone(),
    };
    Value::Obj(ObjRef::new(
        ty,
        Payload::AsyncGenOp(AsyncOp { agen: agen.clone(), kind, args: RefCell::new(args), state: Cell::new(State::Init) }),
    ))
}

pub fn new_asend(vm: &Vm, agen: &ObjRef, v: Value) -> Value {
    new_op(vm, agen, OpKind::Send, vec![v])
}

/// ASYNC_GEN_WRAP: mark a value yielded by the async generator itself (as opposed to one
/// passed through from an `await` inside it).
pub fn wrap(vm: &Vm, v: Value) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.async_generator_wrapped_value.clone(), Payload::Tuple(Box::new([v]))))
}

fn unwrap(vm: &Vm, v: &Value) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    if !o.class().ptr_eq(&vm.interp.types.async_generator_wrapped_value) {
        return None;
    }
    match &o.payload {
        Payload::Tuple(t) => t.first().cloned(),
        _ => None,
    }
}

fn this_op(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::AsyncGenOp(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an async generator awaitable")),
    }
}

fn this_agen(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Generator(g) if g.kind == Kind::AsyncGen) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

/// One step of an asend/athrow awaitable: `sent` is sent, or `throw` thrown, into the
/// async generator.
fn step(vm: &mut Vm, op_ref: &ObjRef, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let Payload::AsyncGenOp(op) = &op_ref.payload else { return Err(vm.type_error("bad awaitable")) };
    if op.kind == OpKind::Anext {
        return anext_step(vm, op, sent, throw);
    }
    match op.state.get() {
        State::Closed => {
            let msg = if op.kind == OpKind::Send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            };
            return Err(vm.runtime_error(msg));
        }
        State::Init if throw.is_none() => {
            op.state.set(State::Iter);
            let args = op.args.borrow().clone();
            let r = match op.kind {
                OpKind::Send | OpKind::Anext => {
                    let v = if sent.is_none() { args.first().cloned().unwrap_or(Value::None) } else { sent };
                    vm.resume_gen(&op.agen, v, None)
                }
                _ if !sent.is_none() => {
                    return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
                }
                OpKind::Close => {
                    let ge = vm.new_exception_noargs(&vm.interp.exc.generator_exit.clone());
                    super::throw(vm, &op.agen, ge)
                }
                OpKind::Throw => {
                    let at = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
                    let e = super::make_thrown(vm, at(0), at(1), at(2))?;
                    super::throw(vm, &op.agen, e)
                }
            };
            finish_step(vm, op, r)
        }
        _ => {
            op.state.set(State::Iter);
            let r = match throw {
                Some(e) => super::throw(vm, &op.agen, e),
                None => vm.resume_gen(&op.agen, sent, None),
            };
            finish_step(vm, op, r)
        }
    }
}

fn finish_step(vm: &mut Vm, op: &AsyncOp, r: PyResult<Exit>) -> PyResult<Value> {
    let close = op.kind == OpKind::Close;
    match r {
        Ok(Exit::Yield(v)) => match unwrap(vm, &v) {
            Some(inner) => {
                op.state.set(State::Closed);
                if close {
                    Err(vm.runtime_error("async generator ignored GeneratorExit"))
                } else {
                    Err(vm.stop_iteration(inner))
                }
            }
            None => Ok(v),
        },
        Ok(Exit::Return(_)) => {
            op.state.set(State::Closed);
            if close {
                Err(vm.stop_iteration(Value::None))
            } else {
                Err(vm.new_exception_noargs(&vm.interp.exc.stop_async_iteration.clone()))
            }
        }
        Err(e) => {
            op.state.set(State::Closed);
            if close
                && (vm.err_matches(&e, &vm.interp.exc.stop_async_iteration.clone())
                    || vm.err_matches(&e, &vm.interp.exc.generator_exit.clone()))
            {
                return Err(vm.stop_iteration(Value::None));
            }
            Err(e)
        }
    }
}

fn anext_step(vm: &mut Vm, op: &AsyncOp, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let (inner, default) = {
        let a = op.args.borrow();
        (a.first().cloned().unwrap_or(Value::None), a.get(1).cloned().unwrap_or(Value::None))
    };
    let r = match throw {
        Some(e) => vm.call_method(&inner, "throw", vec![e.value()]).map(Some),
        None if sent.is_none() => vm.next(&inner),
        None => vm.call_method(&inner, "send", vec![sent]).map(Some),
    };
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
        Err(e) if vm.err_matches(&e, &vm.interp.exc.stop_async_iteration.clone()) => Err(vm.stop_iteration(default)),
        Err(e) => Err(e),
    }
}

/// Builtin `aiter(x)`.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "aiter", 1, 1)?;
    let x = args.at(0);
    let ty = vm.interp.type_of(&x).clone();
    let Some(f) = crate::objects::types::lookup(&ty, "__aiter__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(&x))));
    };
    let it = vm.call(&f, Args::new(vec![x]))?;
    if crate::objects::types::lookup(vm.interp.type_of(&it), "__anext__").is_none() {
        return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

/// Builtin `anext(it[, default])`.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "anext", 1, 2)?;
    let x = args.at(0);
    let ty = vm.interp.type_of(&x).clone();
    let Some(f) = crate::objects::types::lookup(&ty, "__anext__") else {
        return Err(vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(&x))));
    };
    let awaitable = vm.call(&f, Args::new(vec![x]))?;
    if args.len() < 2 {
        return Ok(awaitable);
    }
    let inner = super::awaitable::awaitable_iter(vm, &awaitable)?;
    let Value::Obj(anchor) = &awaitable else { return Err(vm.type_error("bad awaitable")) };
    Ok(new_op(vm, anchor, OpKind::Anext, vec![inner, args.at(1)]))
}

fn op_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args)?;
    step(vm, &o, Value::None, None)
}

fn op_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args)?;
    step(vm, &o, args.at(1), None)
}

fn op_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args)?;
    let e = super::make_thrown(vm, args.at(1), args.at(2), args.at(3))?;
    step(vm, &o, Value::None, Some(e))
}

fn op_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args)?;
    if let Payload::AsyncGenOp(op) = &o.payload {
        op.state.set(State::Closed);
    }
    Ok(Value::None)
}

fn op_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.at(0))
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args)?;
    super::hooks::init_asyncgen(vm, &g)?;
    Ok(new_asend(vm, &g, Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "asend", 1, 1)?;
    let g = this_agen(vm, &args)?;
    super::hooks::init_asyncgen(vm, &g)?;
    Ok(new_asend(vm, &g, args.at(1)))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args)?;
    super::hooks::init_asyncgen(vm, &g)?;
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error(format!("athrow expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    Ok(new_op(vm, &g, OpKind::Throw, args.args[1..].to_vec()))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_agen(vm, &args)?;
    super::hooks::init_asyncgen(vm, &g)?;
    Ok(new_op(vm, &g, OpKind::Close, vec![]))
}

pub fn register(vm: &Vm) {
    use crate::objects::types::add_method;
    for t in [&vm.interp.types.async_generator_asend, &vm.interp.types.async_generator_athrow, &vm.interp.types.anext_awaitable] {
        add_method(t, "__next__", op_next);
        add_method(t, "__iter__", op_self);
        add_method(t, "__await__", op_self);
        add_method(t, "send", op_send);
        add_method(t, "throw", op_throw);
        add_method(t, "close", op_close);
    }
    let t = &vm.interp.types.async_generator;
    add_method(t, "__aiter__", op_self);
    add_method(t, "__anext__", agen_anext);
    add_method(t, "asend", agen_asend);
    add_method(t, "athrow", agen_athrow);
    add_method(t, "aclose", agen_aclose);
}
