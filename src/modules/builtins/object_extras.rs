//! The rest of `object`'s namespace, so that `dir(object)` is CPython's: `__dir__`,
//! `__class__`, the ordering dunders (NotImplemented), `__getstate__`, `__reduce__`,
//! `__reduce_ex__` (through the copyreg module, as CPython does), `__sizeof__`,
//! `__subclasshook__`, `__doc__`; and short docstrings for the built-in types.

use crate::objects::payload::{Payload, tflags};
use crate::objects::types::{self, add_method};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn not_implemented(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.interp.not_implemented.clone())
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__dir__", 0, 0)?;
    super::functions::default_dir(vm, &args.at(0))
}

fn object_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.interp.type_of(&args.at(0)).clone()))
}

/// The slot names of `v`'s class and its bases that hold a value, with the values.
fn slot_values(vm: &Vm, v: &Value) -> Vec<(Value, Value)> {
    let mut out = Vec::new();
    let Some(d) = v.as_obj().and_then(|o| o.dict.clone()) else { return out };
    let ty = vm.interp.type_of(v);
    let Some(td) = types::type_data(ty) else { return out };
    for t in td.mro.borrow().iter() {
        let Some(tdata) = types::type_data(t) else { continue };
        for (k, m) in tdata.ns.borrow().iter() {
            if let Some(Payload::GetSet(g)) = m.payload() {
                if g.is_slot() {
                    if let Some(val) = crate::objects::dict::get_str_value(&d, k) {
                        out.push((k.clone(), val));
                    }
                }
            }
        }
    }
    out
}

fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getstate__", 0, 0)?;
    let v = args.at(0);
    let ty = vm.interp.type_of(&v).clone();
    let no_dict = types::flags(&ty) & tflags::NO_DICT != 0;
    let slots = slot_values(vm, &v);
    let dict = match v.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) if !no_dict => {
            if slots.is_empty() {
                Some(Value::Obj(d))
            } else {
                // The slot values share the dict; the state keeps them apart.
                let copy = vm.new_dict_obj();
                for (k, val) in crate::objects::dict::entries(&d) {
                    if !slots.iter().any(|(s, _)| s.is(&k)) {
                        crate::objects::dict::set_item(vm, &copy, k, val)?;
                    }
                }
                Some(Value::Obj(copy))
            }
        }
        _ => None,
    };
    let dict = dict.filter(|d| !matches!(d.payload(), Some(Payload::Dict(t)) if t.borrow().len() == 0));
    if slots.is_empty() {
        return Ok(dict.unwrap_or(Value::None));
    }
    let sd = vm.new_dict_obj();
    for (k, val) in slots {
        crate::objects::dict::set_item(vm, &sd, k, val)?;
    }
    Ok(vm.new_tuple(vec![dict.unwrap_or(Value::None), Value::Obj(sd)]))
}

fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__reduce_ex__", 1, 1)?;
    let v = args.at(0);
    let proto = args.at(1);
    let Some(p) = crate::objects::subscript::to_index(vm, &proto)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&proto))));
    };
    // A class that overrides __reduce__ gets it called, as object.__reduce_ex__ does.
    let ty = vm.interp.type_of(&v).clone();
    if let Some((f, owner)) = types::lookup_with_owner(&ty, "__reduce__") {
        if !owner.ptr_eq(&vm.interp.types.object) {
            return vm.call(&f, Args::new(vec![v]));
        }
    }
    reduce(vm, v, p)
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__reduce__", 0, 0)?;
    reduce(vm, args.at(0), 0)
}

fn reduce(vm: &mut Vm, v: Value, proto: i64) -> PyResult<Value> {
    let copyreg = crate::vm::import::import_absolute(vm, "copyreg")?;
    let f = vm.getattr_str(&copyreg, if proto >= 2 { "_reduce_newobj" } else { "_reduce_ex" })?;
    vm.call(&f, Args::new(vec![v, Value::Int(proto)]))
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::sys_sizeof::object_sizeof(vm, args)
}

fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.interp.not_implemented.clone())
}

/// Docstrings of the built-in types (our own one-line summaries).
const DOCS: &[(&str, &str)] = &[
    ("object", "The base class of the class hierarchy."),
    ("type", "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
    ("int", "int([x]) -> integer\nint(x, base=10) -> integer"),
    ("bool", "Returns True when the argument is true, False otherwise."),
    ("float", "Convert a string or number to a floating point number, if possible."),
    ("complex", "Create a complex number from a real part and an optional imaginary part."),
    ("str", "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"),
    ("bytes", "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes"),
    ("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray"),
    ("list", "Built-in mutable sequence."),
    ("tuple", "Built-in immutable sequence."),
    ("dict", "dict() -> new empty dictionary\ndict(mapping) -> new dictionary from a mapping object's (key, value) pairs"),
    ("set", "set() -> new empty set object\nset(iterable) -> new set object"),
    ("frozenset", "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"),
    ("range", "range(stop) -> range object\nrange(start, stop[, step]) -> range object"),
    ("slice", "slice(stop)\nslice(start, stop[, step])"),
    ("memoryview", "Create a new memoryview object which references the given object."),
    ("property", "Property attribute."),
    ("classmethod", "classmethod(function) -> method"),
    ("staticmethod", "staticmethod(function) -> method"),
    ("super", "super() -> same as super(__class__, <first argument>)"),
    ("enumerate", "Return an enumerate object."),
    ("zip", "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."),
    ("map", "map(func, *iterables) --> map object"),
    ("filter", "filter(function or None, iterable) --> filter object"),
    ("reversed", "Return a reverse iterator over the values of the given sequence."),
];

pub fn register(vm: &mut Vm) {
    let o = vm.interp.types.object.clone();
    add_method(&o, "__dir__", object_dir);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(&o, name, not_implemented);
    }
    add_method(&o, "__getstate__", object_getstate);
    add_method(&o, "__reduce__", object_reduce);
    add_method(&o, "__reduce_ex__", object_reduce_ex);
    add_method(&o, "__sizeof__", object_sizeof);
    types::add_classmethod(&o, "__subclasshook__", object_subclasshook);
    crate::objects::getset::add_getset(&o, "__class__", object_class, None);
    let t = vm.interp.types.all();
    for (name, doc) in DOCS {
        if let Some(ty) = t.iter().find(|ty| types::type_name(ty) == *name) {
            let d = vm.new_str(doc);
            types::set_attr_raw(ty, vm.interp.intern("__doc__"), d);
        }
    }
}
