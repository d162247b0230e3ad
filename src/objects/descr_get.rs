//! `__get__` of functions, classmethod and staticmethod as callable methods (the attribute
//! lookup binds them directly; these are for code that calls the protocol by hand), and
//! `types.MethodType(func, obj)`.

use super::heap::ObjRef;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// `(self, obj, type=None)` with CPython's arity messages.
fn get_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, Value, Value)> {
    let n = args.args.len();
    if !(2..=3).contains(&n) {
        let msg = if n < 2 {
            format!("expected at least 1 argument, got {}", n.saturating_sub(1))
        } else {
            format!("expected at most 2 arguments, got {}", n - 1)
        };
        return Err(vm.type_error(format!("{}: {}", name, msg)));
    }
    Ok((args.at(0), args.at(1), args.get(2).cloned().unwrap_or(Value::None)))
}

fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, obj, _) = get_args(vm, &args, "__get__")?;
    if obj.is_none() {
        return Ok(f);
    }
    Ok(vm.new_bound_method(f, obj))
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cm, obj, ty) = get_args(vm, &args, "__get__")?;
    let ty = if ty.is_none() { Value::Obj(vm.interp.type_of(&obj).clone()) } else { ty };
    match cm.payload() {
        Some(Payload::ClassMethod(f)) => Ok(vm.new_bound_method(f.clone(), ty)),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object")),
    }
}

fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sm, _, _) = get_args(vm, &args, "__get__")?;
    match sm.payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

/// `types.MethodType(func, obj)`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.args.len() != 3 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", args.args.len().saturating_sub(1))));
    }
    let (func, obj) = (args.at(1), args.at(2));
    let callable = match func.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        _ => super::types::lookup(vm.interp.type_of(&func), "__call__").is_some(),
    };
    if !callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_bound_method(func, obj))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types;
    super::types::add_method(&t.function, "__get__", function_get);
    super::types::add_method(&t.classmethod, "__get__", classmethod_get);
    super::types::add_method(&t.staticmethod, "__get__", staticmethod_get);
    super::types::add_static(&t.method, "__new__", method_new);
}

/// Whether two bound builtins are the same method of the same object (`l.append == l.append`).
pub fn same_builtin_method(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Builtin(x), Payload::Builtin(y)) => match (&x.self_, &y.self_) {
            (Some(s), Some(t)) => Some(x.name == y.name && s.is(t)),
            _ => None,
        },
        _ => None,
    }
}
