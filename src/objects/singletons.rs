//! The constructors and `__reduce__` of the singletons None, Ellipsis and NotImplemented:
//! calling their type hands back the one instance, pickling names it.

use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// (the type's `__name__` in messages, its name in "takes no arguments", the instance).
fn which(vm: &Vm, v: &Value) -> Option<(&'static str, &'static str, Value)> {
    let t = &vm.interp.types;
    let Value::Obj(o) = v else { return None };
    if o.ptr_eq(&t.none_type) {
        Some(("NoneType", "NoneType", Value::None))
    } else if o.ptr_eq(&t.ellipsis_type) {
        Some(("ellipsis", "EllipsisType", vm.interp.ellipsis.clone()))
    } else if o.ptr_eq(&t.not_implemented_type) {
        Some(("NotImplementedType", "NotImplementedType", vm.interp.not_implemented.clone()))
    } else {
        None
    }
}

fn singleton_new(vm: &mut Vm, args: Args, own: &Value) -> PyResult<Value> {
    let Some((name, public, inst)) = which(vm, own) else { return Ok(Value::None) };
    let cls = args.at(0);
    if !cls.is(own) {
        let shown = match &cls {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => super::types::type_name(o),
            _ => return Err(vm.type_error(format!("{}.__new__(X): X is not a type object ({})", name, vm.type_name(&cls)))),
        };
        return Err(vm.type_error(format!("{}.__new__({}): {} is not a subtype of {}", name, shown, shown, name)));
    }
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{} takes no arguments", public)));
    }
    Ok(inst)
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let own = Value::Obj(vm.interp.types.none_type.clone());
    singleton_new(vm, args, &own)
}

fn ellipsis_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let own = Value::Obj(vm.interp.types.ellipsis_type.clone());
    singleton_new(vm, args, &own)
}

fn notimpl_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let own = Value::Obj(vm.interp.types.not_implemented_type.clone());
    singleton_new(vm, args, &own)
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    match v.payload() {
        Some(Payload::Ellipsis) => Ok(vm.new_str("Ellipsis")),
        Some(Payload::NotImplemented) => Ok(vm.new_str("NotImplemented")),
        _ => Err(vm.type_error(format!(
            "descriptor '__reduce__' for 'ellipsis' objects doesn't apply to a '{}' object",
            vm.type_name(&v)
        ))),
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types;
    super::types::add_static(&t.none_type, "__new__", none_new);
    super::types::add_static(&t.ellipsis_type, "__new__", ellipsis_new);
    super::types::add_static(&t.not_implemented_type, "__new__", notimpl_new);
    super::types::add_method(&t.ellipsis_type, "__reduce__", reduce);
    super::types::add_method(&t.not_implemented_type, "__reduce__", reduce);
}
