//! `_weakref`: the weak reference types (`ref`, `proxy`) over `objects/gc/weak.rs`.
//! `stdlib/weakref.py` builds WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod
//! and finalize on top.

pub mod proxy;

use std::cell::{Cell, RefCell};

use crate::objects::gc::weak::{self, WeakData};
use crate::objects::heap::ObjRef;
use crate::objects::payload::{tflags, Builtin, NativeFn, Payload};
use crate::objects::types::{add_method, add_static, set_attr_raw};
use crate::objects::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "_weakref");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    // HEAPTYPE makes the VM dispatch operators and attribute access through the
    // namespace (as for Python classes); the types stay closed to attribute assignment
    // only by convention.
    let ref_type = new_type(vm, "ReferenceType", tflags::BASETYPE | tflags::HEAPTYPE);
    add_static(&ref_type, "__new__", ref_new);
    add_method(&ref_type, "__init__", ref_init);
    add_method(&ref_type, "__call__", ref_call);
    add_method(&ref_type, "__repr__", ref_repr);
    add_method(&ref_type, "__hash__", ref_hash);
    add_method(&ref_type, "__eq__", ref_eq);
    add_method(&ref_type, "__ne__", ref_ne);
    add_static(&ref_type, "__class_getitem__", class_getitem);
    let getter = native(vm, "__callback__", ref_callback);
    let prop = ObjRef::new(
        vm.interp.types.property.clone(),
        Payload::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: std::cell::RefCell::new(Value::None) },
    );
    set_attr_raw(&ref_type, vm.interp.intern("__callback__"), Value::Obj(prop));
    let proxy_type = new_type(vm, "ProxyType", tflags::HEAPTYPE);
    let callable_proxy_type = new_type(vm, "CallableProxyType", tflags::HEAPTYPE);
    proxy::register(&proxy_type, false);
    proxy::register(&callable_proxy_type, true);
    let types = vm.new_tuple(vec![Value::Obj(proxy_type.clone()), Value::Obj(callable_proxy_type.clone())]);
    let proxy_fn = Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name: "proxy", func: proxy::proxy_new, self_: Some(types), is_method: false, is_classmethod: false }),
    ));
    let entries = [
        ("ref", Value::Obj(ref_type.clone())),
        ("ReferenceType", Value::Obj(ref_type)),
        ("ProxyType", Value::Obj(proxy_type)),
        ("CallableProxyType", Value::Obj(callable_proxy_type)),
        ("proxy", proxy_fn),
        ("getweakrefcount", native(vm, "getweakrefcount", getweakrefcount)),
        ("getweakrefs", native(vm, "getweakrefs", getweakrefs)),
        ("_remove_dead_weakref", native(vm, "_remove_dead_weakref", remove_dead_weakref)),
        ("_bind", native(vm, "_bind", bind)),
    ];
    for (name, v) in entries {
        crate::objects::dict::set_str(vm, &d, name, v)?;
    }
    Ok(m)
}

fn new_type(vm: &Vm, name: &str, flags: u32) -> ObjRef {
    use crate::objects::payload::Layout;
    let t = ObjRef::new(vm.interp.types.type_.clone(), crate::vm::state::type_payload(name, Layout::Other, flags));
    crate::vm::state::set_bases(&t, vec![vm.interp.types.object.clone()]);
    set_attr_raw(&t, vm.interp.intern("__module__"), vm.new_str("weakref"));
    t
}

fn native(vm: &Vm, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
    ))
}

/// The weak reference data of `v` (a ref or proxy), or a TypeError.
pub(crate) fn data<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a WeakData> {
    match v.payload() {
        Some(Payload::WeakRef(w)) => Ok(w),
        _ => Err(vm.type_error(format!("descriptor '{what}' requires a 'weakref.ReferenceType' object but received a '{}'", vm.type_name(v)))),
    }
}

pub(crate) fn cannot_reference(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!("cannot create weak reference to '{}' object", vm.type_name(v)))
}

/// Whether `cls` is a Python subclass of ref (its MRO is longer than [ReferenceType,
/// object]); only those instances carry a `__dict__`.
pub(crate) fn is_subclass_instance(cls: &ObjRef) -> bool {
    crate::objects::types::type_data(cls).is_some_and(|t| t.mro.borrow().len() > 2)
}

/// A new weak reference object of class `cls` to `target`.
pub(crate) fn make(vm: &Vm, cls: &ObjRef, target: &ObjRef, callback: Value) -> ObjRef {
    let dict = is_subclass_instance(cls).then(|| vm.new_dict_obj());
    let data = WeakData { target: Cell::new(Some(target.as_ptr())), callback: RefCell::new(callback), hash: Cell::new(None) };
    let wr = ObjRef::with_dict(cls.clone(), Payload::WeakRef(data), dict);
    weak::register(target, &wr);
    wr
}

/// `ref(object, callback=None)`: a plain ref without callback is shared, as in CPython.
fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first().cloned() else {
        return Err(vm.type_error("ReferenceType.__new__(): not enough arguments"));
    };
    let n = args.args.len() - 1;
    if !(1..=2).contains(&n) {
        let msg = if n == 0 { "__new__ expected at least 1 argument, got 0".to_string() } else { format!("__new__ expected at most 2 arguments, got {n}") };
        return Err(vm.type_error(msg));
    }
    let obj = args.at(1);
    let callback = args.at(2);
    let Value::Obj(target) = &obj else { return Err(cannot_reference(vm, &obj)) };
    if !weak::weakrefable(target) {
        return Err(cannot_reference(vm, &obj));
    }
    let exact = !is_subclass_instance(&cls);
    if callback.is_none() && exact {
        for r in weak::refs_of(target) {
            if r.class().ptr_eq(&cls) && matches!(&r.payload, Payload::WeakRef(w) if w.callback.borrow().is_none()) {
                return Ok(Value::Obj(r));
            }
        }
    }
    Ok(Value::Obj(make(vm, &cls, target, callback)))
}

fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "weakref", 0, 0)?;
    let me = args.at(0);
    let w = data(vm, &me, "__call__")?;
    Ok(w.get().map(Value::Obj).unwrap_or(Value::None))
}

fn ref_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let w = data(vm, &me, "__callback__")?;
    Ok(w.callback.borrow().clone())
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

/// The repr of a ref or proxy (the built-in repr of their payload).
pub fn repr(vm: &mut Vm, me: &Value) -> PyResult<String> {
    if crate::objects::types::type_name(vm.interp.type_of(me)).ends_with("ProxyType") {
        return proxy::repr(vm, me);
    }
    let w = data(vm, me, "__repr__")?;
    let text = match w.get() {
        None => format!("<weakref at {:#x}; dead>", me.id()),
        Some(t) => {
            let tv = Value::Obj(t.clone());
            let name = match vm.getattr_str(&tv, "__name__") {
                Ok(n) => crate::objects::str::as_str(&n).map(|s| format!(" ({s})")),
                Err(_) => None,
            };
            format!("<weakref at {:#x}; to '{}' at {:#x}{}>", me.id(), vm.type_name(&tv), t.id(), name.unwrap_or_default())
        }
    };
    Ok(text)
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(hash(vm, &args.at(0))?))
}

/// hash(ref) is the referent's, remembered; a proxy is unhashable.
pub fn hash(vm: &mut Vm, me: &Value) -> PyResult<i64> {
    if crate::objects::types::type_name(vm.interp.type_of(me)).ends_with("ProxyType") {
        return Err(vm.type_error(format!("unhashable type: 'weakref.{}'", crate::objects::types::type_name(vm.interp.type_of(me)))));
    }
    let w = data(vm, me, "__hash__")?;
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(t) = w.get() else { return Err(vm.type_error("weak object has gone away")) };
    let h = vm.hash(&Value::Obj(t))?;
    w.hash.set(Some(h));
    Ok(h)
}

/// Live refs compare their referents; otherwise identity.
fn ref_compare(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let (a, b) = (args.at(0), args.at(1));
    let (Some(Payload::WeakRef(wa)), Some(Payload::WeakRef(wb))) = (a.payload(), b.payload()) else { return Ok(None) };
    match (wa.get(), wb.get()) {
        (Some(x), Some(y)) => Ok(Some(vm.eq(&Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Some(a.is(&b))),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args)? {
        Some(r) => Value::Bool(r),
        None => vm.interp.not_implemented.clone(),
    })
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args)? {
        Some(r) => Value::Bool(!r),
        None => vm.interp.not_implemented.clone(),
    })
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.args.first().cloned().unwrap_or(Value::None)).map(|c| {
        let _ = vm;
        c
    })
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(match args.at(0) {
        Value::Obj(o) => weak::refs_of(&o).len() as i64,
        _ => 0,
    }))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getweakrefs", 1, 1)?;
    let refs = match args.at(0) {
        Value::Obj(o) => weak::refs_of(&o).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(refs))
}

/// `_remove_dead_weakref(dict, key)`: delete `dict[key]` if it is a dead weak reference.
fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_remove_dead_weakref", 2, 2)?;
    let (d, key) = (args.at(0), args.at(1));
    let Value::Obj(dobj) = &d else { return Err(vm.type_error("_remove_dead_weakref() argument 1 must be dict")) };
    if let Some(v) = crate::objects::dict::get_item_opt(vm, dobj, &key)? {
        if matches!(v.payload(), Some(Payload::WeakRef(w)) if w.target.get().is_none()) {
            crate::objects::dict::del_item_opt(vm, dobj, &key)?;
        }
    }
    Ok(Value::None)
}

/// `_bind(func, obj)`: a bound method (what WeakMethod rebuilds; CPython calls the method
/// type, which minipy cannot construct yet).
fn bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_bind", 2, 2)?;
    let (func, self_) = (args.at(0), args.at(1));
    Ok(Value::Obj(ObjRef::new(vm.interp.types.method.clone(), Payload::BoundMethod { func, self_ })))
}
