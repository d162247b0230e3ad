//! The `math` module: CPython 3.11's public names, with its argument conversions and its
//! "math domain error" / "math range error" rules.

mod floats;
mod gamma;
mod ints;
pub(crate) mod libm;
mod sums;

use crate::objects::float::as_f64;
use crate::objects::heap::ObjRef;
use crate::objects::int::as_int;
use crate::objects::num;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "math");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, v) in consts {
        crate::objects::dict::set_str(vm, &d, name, Value::Float(v))?;
    }
    let fns: Vec<(&'static str, NativeFn)> = floats::FUNCTIONS.iter().chain(ints::FUNCTIONS.iter()).copied().collect();
    for (name, f) in fns {
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func: f, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, func)?;
    }
    Ok(m)
}

pub(crate) fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub(crate) fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// PyFloat_AsDouble: floats, ints, `__float__` and `__index__`; anything else is
/// "must be real number, not X".
pub(crate) fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return num::to_f64(&i).map_err(|e| vm.num_error(e));
    }
    let cls = vm.interp.type_of(v).clone();
    let convertible = !matches!(v.payload(), Some(Payload::Str(_)))
        && (crate::objects::types::lookup(&cls, "__float__").is_some()
            || crate::objects::types::lookup(&cls, "__index__").is_some());
    if convertible {
        return crate::objects::float::to_f64(vm, v);
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// PyNumber_Index: ints and `__index__`.
pub(crate) fn arg_index(vm: &mut Vm, v: &Value) -> PyResult<num::Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    let cls = vm.interp.type_of(v).clone();
    if let Some(f) = crate::objects::types::lookup(&cls, "__index__") {
        let r = vm.call(&f, crate::vm::Args::new(vec![v.clone()]))?;
        return match as_int(&r) {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
        };
    }
    Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}
