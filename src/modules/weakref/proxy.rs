//! `weakref.proxy`: an object that forwards every operation to its referent while it
//! lives, and raises ReferenceError after.

use super::{cannot_reference, data, make};
use crate::objects::gc::weak;
use crate::objects::heap::ObjRef;
use crate::objects::types::add_method;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `proxy(object, callback=None)`; the bound receiver is (ProxyType, CallableProxyType).
pub fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let types = args.at(0);
    let n = args.args.len() - 1;
    if !(1..=2).contains(&n) {
        let msg = if n == 0 { "proxy expected at least 1 argument, got 0".to_string() } else { format!("proxy expected at most 2 arguments, got {n}") };
        return Err(vm.type_error(msg));
    }
    let obj = args.at(1);
    let callback = args.at(2);
    let Value::Obj(target) = &obj else { return Err(cannot_reference(vm, &obj)) };
    if !weak::weakrefable(target) {
        return Err(cannot_reference(vm, &obj));
    }
    let Some(crate::objects::payload::Payload::Tuple(ts)) = types.payload() else { return Err(vm.type_error("proxy")) };
    use crate::objects::payload::Payload;
    let callable = match &target.payload {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_) => true,
        _ => crate::objects::types::lookup(target.class(), "__call__").is_some(),
    };
    let Some(Value::Obj(cls)) = ts.get(callable as usize).cloned() else { return Err(vm.type_error("proxy")) };
    if callback.is_none() {
        for r in weak::refs_of(target) {
            if r.class().ptr_eq(&cls) && matches!(&r.payload, crate::objects::payload::Payload::WeakRef(w) if w.callback.borrow().is_none()) {
                return Ok(Value::Obj(r));
            }
        }
    }
    Ok(Value::Obj(make(vm, &cls, target, callback)))
}

/// The live referent of a proxy, or ReferenceError.
fn referent(vm: &Vm, p: &Value) -> PyResult<Value> {
    let w = data(vm, p, "proxy")?;
    match w.get() {
        Some(o) => Ok(Value::Obj(o)),
        None => Err(vm.new_error(&vm.interp.exc.reference_error.clone(), "weakly-referenced object no longer exists")),
    }
}

/// Proxies in an operation's arguments stand for their referents.
fn unwrap(vm: &Vm, v: Value) -> PyResult<Value> {
    let is_proxy = matches!(v.payload(), Some(crate::objects::payload::Payload::WeakRef(_)))
        && crate::objects::types::type_name(vm.interp.type_of(&v)).ends_with("ProxyType");
    if is_proxy { referent(vm, &v) } else { Ok(v) }
}

/// Call the referent's `name` with the other arguments unwrapped; a missing operator
/// method is NotImplemented so the reflected one gets its turn.
fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let mut it = args.args.into_iter();
    let me = it.next().unwrap_or(Value::None);
    let target = referent(vm, &me)?;
    let mut rest = Vec::new();
    for a in it {
        rest.push(unwrap(vm, a)?);
    }
    let method = match vm.getattr_str(&target, name) {
        Ok(m) => m,
        Err(e) if name.starts_with("__") && !matches!(name, "__getattribute__" | "__call__") => {
            let _ = e;
            return Ok(vm.interp.not_implemented.clone());
        }
        Err(e) => return Err(e),
    };
    vm.call(&method, Args { args: rest, kwargs: args.kwargs })
}

macro_rules! forwarders {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { forward(vm, args, $name) })*
        const FORWARDED: &[(&str, crate::objects::payload::NativeFn)] = &[$(($name, $f)),*];
    };
}

forwarders! {
    p_str => "__str__", p_len => "__len__", p_iter => "__iter__", p_next => "__next__",
    p_getitem => "__getitem__", p_setitem => "__setitem__", p_delitem => "__delitem__",
    p_contains => "__contains__", p_lt => "__lt__", p_le => "__le__", p_gt => "__gt__", p_ge => "__ge__",
    p_add => "__add__", p_sub => "__sub__", p_mul => "__mul__", p_truediv => "__truediv__",
    p_floordiv => "__floordiv__", p_mod => "__mod__", p_pow => "__pow__", p_and => "__and__",
    p_or => "__or__", p_xor => "__xor__", p_lshift => "__lshift__", p_rshift => "__rshift__",
    p_radd => "__radd__", p_rsub => "__rsub__", p_rmul => "__rmul__", p_iadd => "__iadd__",
    p_neg => "__neg__", p_pos => "__pos__", p_abs => "__abs__", p_invert => "__invert__",
    p_int => "__int__", p_float => "__float__", p_index => "__index__", p_bytes => "__bytes__",
    p_reversed => "__reversed__", p_matmul => "__matmul__",
}

fn p_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = referent(vm, &args.at(0))?;
    let b = unwrap(vm, args.at(1))?;
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

fn p_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = referent(vm, &args.at(0))?;
    let b = unwrap(vm, args.at(1))?;
    Ok(Value::Bool(!vm.eq(&a, &b)?))
}

fn p_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = referent(vm, &args.at(0))?;
    Ok(Value::Bool(vm.truthy(&a)?))
}

fn p_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ty = crate::objects::types::type_name(vm.interp.type_of(&args.at(0)));
    Err(vm.type_error(format!("unhashable type: 'weakref.{ty}'")))
}

fn p_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = referent(vm, &args.at(0))?;
    vm.getattr(&target, &args.at(1))
}

fn p_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = referent(vm, &args.at(0))?;
    let v = unwrap(vm, args.at(2))?;
    vm.setattr(&target, &args.at(1), v)?;
    Ok(Value::None)
}

fn p_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = referent(vm, &args.at(0))?;
    vm.delattr(&target, &args.at(1))?;
    Ok(Value::None)
}

fn p_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut it = args.args.into_iter();
    let target = referent(vm, &it.next().unwrap_or(Value::None))?;
    vm.call(&target, Args { args: it.collect(), kwargs: args.kwargs })
}

fn p_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

pub fn repr(vm: &mut Vm, me: &Value) -> PyResult<String> {
    let w = data(vm, me, "__repr__")?;
    let text = match w.get() {
        Some(t) => {
            let tv = Value::Obj(t.clone());
            format!("<weakproxy at {:#x} to {} at {:#x}>", me.id(), vm.type_name(&tv), t.id())
        }
        None => format!("<weakproxy at {:#x}; dead>", me.id()),
    };
    Ok(text)
}

pub fn register(t: &ObjRef, callable: bool) {
    for &(name, f) in FORWARDED {
        add_method(t, name, f);
    }
    let own: &[(&'static str, crate::objects::payload::NativeFn)] = &[
        ("__eq__", p_eq),
        ("__ne__", p_ne),
        ("__bool__", p_bool),
        ("__hash__", p_hash),
        ("__getattribute__", p_getattribute),
        ("__getattr__", p_getattribute),
        ("__setattr__", p_setattr),
        ("__delattr__", p_delattr),
        ("__repr__", p_repr),
    ];
    for &(name, f) in own {
        add_method(t, name, f);
    }
    if callable {
        add_method(t, "__call__", p_call);
    }
}
