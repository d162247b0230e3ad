//! Module objects: a name and a namespace dict.

use std::cell::RefCell;

use super::heap::ObjRef;
use super::payload::Payload;
use super::strdata::PyStr;
use super::table::DictTable;
use super::value::Value;
use crate::vm::state::Types;
use crate::vm::Vm;

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
