//! Constructors for built-in objects.

use std::cell::RefCell;

use super::heap::ObjRef;
use super::payload::Payload;
use super::strdata::PyStr;
use super::num::Int;
use super::table::{DictTable, SetTable};
use super::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn new_str(&self, s: &str) -> Value {
        // One-character latin-1 strings are shared, as CPython's cache makes them.
        if s.len() <= 1 || (s.len() == 2 && s.chars().next().is_some_and(|c| (c as u32) < 256)) {
            return self.interp.intern(s);
        }
        Value::Obj(ObjRef::new(self.interp.types.str.clone(), Payload::Str(PyStr::new(s))))
    }
    pub fn new_pystr(&self, s: PyStr) -> Value {
        Value::Obj(ObjRef::new(self.interp.types.str.clone(), Payload::Str(s)))
    }
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.interp.empty_tuple.clone();
        }
        Value::Obj(ObjRef::new(self.interp.types.tuple.clone(), Payload::Tuple(items.into_boxed_slice())))
    }
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(self.interp.types.list.clone(), Payload::List(RefCell::new(items))))
    }
    pub fn new_dict_obj(&self) -> ObjRef {
        ObjRef::new(self.interp.types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())))
    }
    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj())
    }
    pub fn new_set_obj(&self, frozen: bool) -> ObjRef {
        if frozen {
            ObjRef::new(self.interp.types.frozenset.clone(), Payload::FrozenSet(SetTable::new()))
        } else {
            ObjRef::new(self.interp.types.set.clone(), Payload::Set(RefCell::new(SetTable::new())))
        }
    }
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(ObjRef::new(self.interp.types.bytes.clone(), Payload::Bytes(b.into_boxed_slice())))
    }
    pub fn new_int(&self, i: Int) -> Value {
        match i {
            Int::Small(v) => Value::Int(v),
            big => Value::Obj(ObjRef::new(self.interp.types.int.clone(), Payload::Int(big))),
        }
    }
    pub fn new_bigint(&self, b: num_bigint::BigInt) -> Value {
        self.new_int(Int::from_bigint(b))
    }
    pub fn is_instance_of(&self, v: &Value, cls: &ObjRef) -> bool {
        super::types::is_subtype(self.interp.type_of(v), cls)
    }
}
