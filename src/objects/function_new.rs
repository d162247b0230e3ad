//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
//! built from a code object, checked the way CPython's `func_new_impl` checks it.

use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn function_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = args.bind_method(vm, "function", &["code", "globals", "name", "argdefs", "closure"], 5)?;
    let Some(code) = a[0].clone() else {
        return Err(vm.type_error("function() missing required argument 'code' (pos 1)"));
    };
    let Some(globals) = a[1].clone() else {
        return Err(vm.type_error("function() missing required argument 'globals' (pos 2)"));
    };
    let Some(Payload::Code(rt)) = code.payload() else {
        let shown = if code.is_none() { "None".to_string() } else { vm.type_name(&code) };
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {}", shown)));
    };
    let rt = rt.clone();
    let globals_obj = match &globals {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o.clone(),
        v => {
            let shown = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
            return Err(vm.type_error(format!("function() argument 'globals' must be dict, not {}", shown)));
        }
    };
    let name = a[2].clone().unwrap_or(Value::None);
    if !name.is_none() && !matches!(name.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = a[3].clone().unwrap_or(Value::None);
    if !defaults.is_none() && !matches!(defaults.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = a[4].clone().unwrap_or(Value::None);
    let nfree = rt.code.freevars.len();
    let cells: Vec<Value> = match closure.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ if closure.is_none() => {
            if nfree > 0 {
                return Err(vm.type_error("arg 5 (closure) must be tuple"));
            }
            Vec::new()
        }
        _ => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {}, not {}",
            rt.code.name,
            nfree,
            cells.len()
        )));
    }
    for c in &cells {
        if !matches!(c.payload(), Some(Payload::Cell(_))) {
            return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {}", vm.type_name(c))));
        }
    }
    let closure = if nfree > 0 { Some(closure) } else { None };
    let defaults = if defaults.is_none() { None } else { Some(defaults) };
    let f = super::function::make_function(vm, code, globals_obj, closure, None, None, defaults)?;
    if let (Some(Payload::Function(func)), false) = (f.payload(), name.is_none()) {
        *func.name.borrow_mut() = name;
    }
    Ok(f)
}

pub fn register(vm: &Vm) {
    super::types::add_static(&vm.interp.types.function, "__new__", function_new);
}
