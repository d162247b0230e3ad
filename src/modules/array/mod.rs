//! The `array` module: `array.array`, a typed sequence whose items are stored as
//! native machine values in one byte vector (so it exports that vector as a buffer).
//! Item conversions are in `typecode.rs`, the methods in `methods.rs`.

pub mod methods;
pub mod typecode;

use std::cell::RefCell;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{tflags, Layout, Payload};
use crate::objects::types::{add_static, set_attr_raw};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub struct ArrayData {
    pub code: u8,
    /// `len / itemsize` items, native byte order.
    pub data: RefCell<Vec<u8>>,
}

impl ArrayData {
    pub fn itemsize(&self) -> usize {
        typecode::itemsize(self.code).unwrap_or(1)
    }
    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.itemsize()
    }
}

const DOC: &str = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.";

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "array");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let t = &vm.interp.types;
    let ty = ObjRef::new(t.type_.clone(), crate::vm::state::type_payload("array", Layout::Other, tflags::BASETYPE | tflags::NATIVE_PROTO));
    crate::vm::state::set_bases(&ty, vec![t.object.clone()]);
    set_attr_raw(&ty, vm.interp.intern("__module__"), vm.new_str("array"));
    set_attr_raw(&ty, vm.interp.intern("__doc__"), vm.new_str(DOC));
    set_attr_raw(&ty, vm.interp.intern("__hash__"), Value::None);
    add_static(&ty, "__new__", array_new);
    methods::register(&ty);
    set_attr_raw(&t.array_iterator, vm.interp.intern("__module__"), vm.new_str("array"));
    let ty = Value::Obj(ty);
    crate::objects::dict::set_str(vm, &d, "array", ty.clone())?;
    crate::objects::dict::set_str(vm, &d, "ArrayType", ty)?;
    let codes = vm.new_str(typecode::TYPECODES);
    crate::objects::dict::set_str(vm, &d, "typecodes", codes)?;
    Ok(m)
}

/// The `array.array` type itself, found from an instance (of it or of a subclass):
/// slices, sums and copies are always plain arrays, as in CPython.
pub fn base_type(vm: &Vm, v: &Value) -> ObjRef {
    let cls = vm.interp.type_of(v).clone();
    let mro = crate::objects::types::type_data(&cls).map(|d| d.mro.borrow().clone()).unwrap_or_default();
    mro.into_iter().find(|t| crate::objects::types::flags(t) & tflags::HEAPTYPE == 0).unwrap_or(cls)
}

pub fn new_array(cls: &ObjRef, code: u8, data: Vec<u8>, dict: Option<ObjRef>) -> Value {
    Value::Obj(ObjRef::with_dict(cls.clone(), Payload::Array(Box::new(ArrayData { code, data: RefCell::new(data) })), dict))
}

fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.get(0).cloned() else { return Err(vm.type_error("array.__new__(X): X is not a type object")) };
    if !args.kwargs.is_empty() && crate::objects::types::flags(&cls) & tflags::HEAPTYPE == 0 {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n < 1 {
        return Err(vm.type_error(format!("array() takes at least 1 argument ({n} given)")));
    }
    if n > 2 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({n} given)")));
    }
    let tc = args.at(1);
    let code = match tc.payload() {
        Some(Payload::Str(s)) if s.len() == 1 => s.char_at(0),
        _ => return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {}", vm.type_name(&tc)))),
    };
    let code = match u8::try_from(code) {
        Ok(c) if typecode::itemsize(c).is_some() => c,
        _ => return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    };
    let dict = if crate::objects::types::flags(&cls) & tflags::HEAPTYPE != 0 { Some(vm.new_dict_obj()) } else { None };
    let me = new_array(&cls, code, Vec::new(), dict);
    let Some(init) = args.get(2).cloned() else { return Ok(me) };
    match init.payload() {
        Some(Payload::Str(_)) if code != b'u' => {
            return Err(vm.type_error(format!("cannot use a str to initialize an array with typecode '{}'", code as char)));
        }
        Some(Payload::Str(_)) => methods::extend_unicode(vm, &me, &init)?,
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => methods::extend_bytes(vm, &me, &init)?,
        Some(Payload::Array(a)) if a.code == b'u' && code != b'u' => {
            return Err(vm.type_error(format!("cannot use a unicode array to initialize an array with typecode '{}'", code as char)));
        }
        _ => methods::extend_values(vm, &me, &init)?,
    }
    Ok(me)
}
