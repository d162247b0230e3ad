//! The `__dict__` and `__weakref__` descriptors CPython puts into a new class's namespace
//! when it is the first in its hierarchy to give instances a dict or weak references
//! (`class A: pass` has both; `class E(Exception)` only `__weakref__`; `class I(int)` only
//! `__dict__`, int being variable-sized).

use super::getset::add_getset;
use super::heap::ObjRef;
use super::payload::Payload;
use super::slots::Slots;
use super::types::{self, type_data};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn get_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.at(0);
    match vm.special_getattr(&obj, "__dict__")? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(&obj)))),
    }
}

/// `obj.__dict__ = d`: the instance keeps its own dict object, given `d`'s contents.
fn set_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, value) = (args.at(0), args.at(1));
    if !matches!(value.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(&value))));
    }
    let Some(d) = obj.as_obj().and_then(|o| o.dict.clone()) else {
        return Err(vm.attribute_error(format!("'{}' object has no attribute '__dict__'", vm.type_name(&obj))));
    };
    if value.as_obj().is_some_and(|v| v.ptr_eq(&d)) {
        return Ok(Value::None);
    }
    let old = match &d.payload {
        Payload::Dict(t) => std::mem::take(&mut *t.borrow_mut()),
        _ => return Ok(Value::None),
    };
    drop(old);
    super::dict::update_from(vm, &d, &value, false)?;
    Ok(Value::None)
}

/// `obj.__weakref__`: the first weak reference to `obj`, else None.
fn get_weakref(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.at(0);
    let Some(o) = obj.as_obj() else { return Ok(Value::None) };
    Ok(super::gc::weak::refs_of(o).into_iter().next().map(Value::Obj).unwrap_or(Value::None))
}

fn in_bases(bases: &[ObjRef], name: &str) -> bool {
    bases.iter().any(|b| {
        type_data(b).is_some_and(|d| d.mro.borrow().iter().any(|t| types::has_own(t, name)))
    })
}

pub fn install(vm: &Vm, cls: &ObjRef, bases: &[ObjRef], slots: Option<&Slots>) {
    let t = &vm.interp.types;
    let is_meta = bases.iter().any(|b| types::is_subtype(b, &t.type_));
    let var_sized = bases.iter().any(|b| [&t.int, &t.tuple, &t.bytes].iter().any(|v| types::is_subtype(b, v)));
    let want_dict = slots.map_or(true, |s| s.has_dict);
    let want_weak = slots.map_or(true, |s| s.has_weakref);
    if want_dict && !is_meta && !in_bases(bases, "__dict__") {
        add_getset(cls, "__dict__", get_dict, Some(set_dict));
    }
    if want_weak && !is_meta && !var_sized && !in_bases(bases, "__weakref__") {
        add_getset(cls, "__weakref__", get_weakref, None);
    }
}
