//! `type.__or__` / `type.__ror__`: PEP 604 unions (`int | None`). The union type itself is
//! Python (`stdlib/_union.py`, exported as `types.UnionType`); this file hands it the two
//! operands.

use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let m = crate::vm::import::import_module_level(vm, "_union", None, &Value::None, 0)?;
    let f = vm.getattr_str(&m, "_or")?;
    vm.call(&f, Args::new(vec![a.clone(), b.clone()]))
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__or__", 1, 1)?;
    union_of(vm, &args.at(0), &args.at(1))
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__ror__", 1, 1)?;
    union_of(vm, &args.at(1), &args.at(0))
}

/// `a | b` where the built-in operators gave up: a union when either side is a class.
pub fn try_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_type = |v: &Value| matches!(v.payload(), Some(Payload::Type(_)));
    if !is_type(a) && !is_type(b) {
        return Ok(None);
    }
    let r = union_of(vm, a, b)?;
    Ok(if vm.is_not_implemented(&r) { None } else { Some(r) })
}

pub fn register(vm: &Vm) {
    for t in [&vm.interp.types.type_, &vm.interp.types.generic_alias] {
        super::types::add_method(t, "__or__", type_or);
        super::types::add_method(t, "__ror__", type_ror);
    }
}
