//! Module objects: a name and a namespace dict.

use std::cell::RefCell;

use super::heap::ObjRef;
use super::payload::Payload;
use super::strdata::PyStr;
use super::table::DictTable;
use super::value::Value;
use crate::vm::state::Types;
use crate::vm::{Args, PyResult, Vm};

/// A module created before the interpreter state exists (builtins, sys).
pub fn new_module_raw(types: &Types, name: &str) -> ObjRef {
    let dict = ObjRef::new(types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())));
    if let Payload::Dict(t) = &dict.payload {
        let key = Value::Obj(ObjRef::new(types.str.clone(), Payload::Str(PyStr::new("__name__"))));
        let val = Value::Obj(ObjRef::new(types.str.clone(), Payload::Str(PyStr::new(name))));
        super::dict::table_set_str(&mut t.borrow_mut(), key, val);
    }
    ObjRef::with_dict(types.module.clone(), Payload::Module(RefCell::new(name.to_string())), Some(dict))
}

/// `module(name, doc=None)`, which `types.ModuleType('x')` and its subclasses call.
fn module_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first().cloned() else { return Err(vm.type_error("module.__new__(X): X is not a type object")) };
    let name = args.take_kw("name").or_else(|| args.get(1).cloned());
    let doc = args.take_kw("doc").or_else(|| args.get(2).cloned()).unwrap_or(Value::None);
    let Some(name) = name else { return Err(vm.type_error("module() missing required argument 'name' (pos 1)")) };
    let Some(text) = super::str::as_str(&name).map(str::to_owned) else {
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {}", vm.type_name(&name))));
    };
    let dict = ObjRef::new(vm.interp.types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())));
    if let Payload::Dict(t) = &dict.payload {
        let mut t = t.borrow_mut();
        super::dict::table_set_str(&mut t, vm.interp.intern("__name__"), name);
        super::dict::table_set_str(&mut t, vm.interp.intern("__doc__"), doc);
        for key in ["__package__", "__loader__", "__spec__"] {
            super::dict::table_set_str(&mut t, vm.interp.intern(key), Value::None);
        }
    }
    Ok(Value::Obj(ObjRef::with_dict(cls, Payload::Module(RefCell::new(text)), Some(dict))))
}

/// The arguments were consumed by `__new__`.
fn module_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.module;
    super::types::add_static(t, "__new__", module_new);
    super::types::add_method(t, "__init__", module_init);
}

pub fn new_module(vm: &Vm, name: &str) -> ObjRef {
    let m = new_module_raw(&vm.interp.types, name);
    if let Some(d) = &m.dict {
        if let Payload::Dict(t) = &d.payload {
            let mut t = t.borrow_mut();
            super::dict::table_set_str(&mut t, vm.interp.intern("__doc__"), Value::None);
            super::dict::table_set_str(&mut t, vm.interp.intern("__builtins__"), Value::Obj(vm.interp.builtins.clone()));
        }
    }
    m
}
