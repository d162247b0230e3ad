//! The descriptors of `type` itself (`type.__dict__['__name__']`, `__mro__`, `__flags__`...),
//! so `dir(type)` and `type.__dict__` list them as CPython does. The values are the ones
//! attribute lookup on classes already gives (`Vm::type_special`).

use super::getset::add_getset;
use super::heap::ObjRef;
use super::payload::{tflags, NativeFn, Payload};
use super::types::{self, type_data};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn cls_of(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.at(0) {
        Value::Obj(o) if type_data(&o).is_some() => Ok(o),
        v => Err(vm.type_error(format!("descriptor requires a 'type' object but received a '{}'", vm.type_name(&v)))),
    }
}

fn special(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    match vm.type_special(&cls, name) {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!("type object '{}' has no attribute '{}'", types::type_name(&cls), name))),
    }
}

macro_rules! special_getters {
    ($($f:ident $n:literal),* $(,)?) => { $( fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { special(vm, &args, $n) } )* };
}
special_getters!(g_name "__name__", g_qualname "__qualname__", g_mro "__mro__", g_bases "__bases__",
    g_base "__base__", g_dict "__dict__", g_module "__module__");

fn own(cls: &ObjRef, name: &str) -> Option<Value> {
    type_data(cls).and_then(|d| super::dict::table_get_str(&d.ns.borrow(), name))
}

fn g_abstract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    // `type` itself has the descriptor in its own namespace, not an abstract-method set.
    match own(&cls, "__abstractmethods__") {
        Some(v) if !cls.ptr_eq(&vm.interp.types.type_) => Ok(v),
        _ => Err(vm.attribute_error("__abstractmethods__")),
    }
}

fn g_annotations(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    if let Some(v) = own(&cls, "__annotations__") {
        return Ok(v);
    }
    if types::flags(&cls) & tflags::HEAPTYPE == 0 {
        return Err(vm.attribute_error(format!("type object '{}' has no attribute '__annotations__'", types::type_name(&cls))));
    }
    let d = vm.new_dict();
    types::set_attr_raw(&cls, vm.interp.intern("__annotations__"), d.clone());
    Ok(d)
}

fn g_text_signature(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    Ok(if cls.ptr_eq(&vm.interp.types.object) { vm.new_str("()") } else { Value::None })
}

fn g_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let f = types::flags(&cls);
    // CPython's Py_TPFLAGS_* bits for what minipy knows: heap type, base type, ready,
    // has GC, and the fast-subclass bits of the built-in families.
    let mut out: i64 = (1 << 12) | (1 << 14);
    if f & tflags::HEAPTYPE != 0 {
        out |= 1 << 9;
    }
    if f & tflags::BASETYPE != 0 {
        out |= 1 << 10;
    }
    let t = &vm.interp.types;
    for (base, bit) in [(&t.int, 24), (&t.list, 25), (&t.tuple, 26), (&t.bytes, 27), (&t.str, 28), (&t.dict, 29), (&t.type_, 31)] {
        if types::is_subtype(&cls, base) {
            out |= 1 << bit;
        }
    }
    if types::is_subtype(&cls, &vm.interp.exc.base_exception) {
        out |= 1 << 30;
    }
    Ok(Value::Int(out))
}

fn g_basicsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?;
    let heap = types::flags(&cls) & tflags::HEAPTYPE != 0;
    Ok(Value::Int(if heap { 24 } else { 16 }))
}

fn g_zero(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cls_of(vm, &args)?;
    Ok(Value::Int(0))
}

fn instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__instancecheck__", 1, 1)?;
    let cls = cls_of(vm, &args)?;
    Ok(Value::Bool(types::is_subtype(vm.interp.type_of(&args.at(1)), &cls)))
}

fn subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__subclasscheck__", 1, 1)?;
    let cls = cls_of(vm, &args)?;
    match args.at(1) {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(Value::Bool(types::is_subtype(&o, &cls))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

pub fn register(vm: &Vm) {
    let t = vm.interp.types.type_.clone();
    for (n, g) in [
        ("__name__", g_name as NativeFn),
        ("__qualname__", g_qualname),
        ("__mro__", g_mro),
        ("__bases__", g_bases),
        ("__base__", g_base),
        ("__dict__", g_dict),
        ("__module__", g_module),
        ("__abstractmethods__", g_abstract),
        ("__annotations__", g_annotations),
        ("__text_signature__", g_text_signature),
        ("__flags__", g_flags),
        ("__basicsize__", g_basicsize),
        ("__itemsize__", g_zero),
        ("__dictoffset__", g_zero),
        ("__weakrefoffset__", g_zero),
    ] {
        add_getset(&t, n, g, None);
    }
    types::add_method(&t, "__instancecheck__", instancecheck);
    types::add_method(&t, "__subclasscheck__", subclasscheck);
}
