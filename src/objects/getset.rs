//! Attribute descriptors of built-in types (`getset_descriptor`: `memoryview.nbytes`) and
//! `__slots__` entries (`member_descriptor`: `<member 'x' of 'C' objects>`).
//!
//! Both are data descriptors. A slot keeps its value in the instance's dict under the
//! slot name; classes whose instances have no `__dict__` (every class in the MRO has
//! `__slots__`) carry `tflags::NO_DICT`, which hides that dict from `__dict__`/`vars()`
//! and refuses other attribute names.

use super::heap::ObjRef;
use super::payload::{NativeFn, Payload};
use super::str::as_str_lossy;
use super::types;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub struct GetSet {
    pub name: Value,
    pub owner: ObjRef,
    /// None for a slot (member descriptor).
    pub get: Option<NativeFn>,
    pub set: Option<NativeFn>,
}

impl GetSet {
    pub fn is_slot(&self) -> bool {
        self.get.is_none()
    }
}

/// Put a native attribute into a built-in type's namespace; `get(self)`, `set(self, value)`.
pub fn add_getset(ty: &ObjRef, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let interp = crate::vm::gil::interp();
    let key = interp.intern(name);
    let d = ObjRef::new(
        interp.types.getset_descriptor.clone(),
        Payload::GetSet(GetSet { name: key.clone(), owner: ty.clone(), get: Some(get), set }),
    );
    types::set_attr_raw(ty, key, Value::Obj(d));
}

pub fn new_member(vm: &Vm, owner: &ObjRef, name: Value) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.member_descriptor.clone(),
        Payload::GetSet(GetSet { name, owner: owner.clone(), get: None, set: None }),
    ))
}

fn check_owner(vm: &Vm, d: &GetSet, obj: &Value) -> PyResult<()> {
    if types::is_subtype(vm.interp.type_of(obj), &d.owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        as_str_lossy(&d.name),
        types::type_name(&d.owner),
        vm.type_name(obj)
    )))
}

/// `d.__get__(obj)`.
pub fn get(vm: &mut Vm, d: &GetSet, obj: &Value) -> PyResult<Value> {
    check_owner(vm, d, obj)?;
    if let Some(g) = d.get {
        return g(vm, Args::new(vec![obj.clone()]));
    }
    let found = obj.as_obj().and_then(|o| o.dict.as_ref()).and_then(|dict| super::dict::get_str_value(dict, &d.name));
    match found {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(obj), as_str_lossy(&d.name)))),
    }
}

/// `d.__set__(obj, value)` / `d.__delete__(obj)` (value None).
pub fn set(vm: &mut Vm, d: &GetSet, obj: &Value, value: Option<Value>) -> PyResult<()> {
    check_owner(vm, d, obj)?;
    if !d.is_slot() {
        return match (d.set, value) {
            (Some(s), Some(v)) => s(vm, Args::new(vec![obj.clone(), v])).map(|_| ()),
            // A deletion asks the payload's setter, as CPython passes it NULL
            // (`del f.__defaults__` clears it, `del f.__code__` is a TypeError).
            (Some(_), None) => match vm.special_setattr(obj, &as_str_lossy(&d.name), &None)? {
                true => Ok(()),
                false => Err(vm.type_error(format!("cannot delete attribute '{}'", as_str_lossy(&d.name)))),
            },
            (None, _) => Err(vm.attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                as_str_lossy(&d.name),
                types::type_name(&d.owner)
            ))),
        };
    }
    let Some(dict) = obj.as_obj().and_then(|o| o.dict.clone()) else {
        return Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(obj), as_str_lossy(&d.name))));
    };
    match value {
        Some(v) => super::dict::set_item(vm, &dict, d.name.clone(), v),
        None => match super::dict::del_item_opt(vm, &dict, &d.name)? {
            Some(_) => Ok(()),
            None => Err(vm.attribute_error(as_str_lossy(&d.name))),
        },
    }
}

pub fn repr(d: &GetSet) -> String {
    let what = if d.is_slot() { "member" } else { "attribute" };
    format!("<{} '{}' of '{}' objects>", what, as_str_lossy(&d.name), types::type_name(&d.owner))
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a GetSet> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::GetSet(d)) => Ok(d),
        _ => Err(vm.type_error("descriptor requires a descriptor object")),
    }
}

fn d_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__get__", 1, 2)?;
    let obj = args.at(1);
    let d = this(vm, &args)?;
    if obj.is_none() {
        return Ok(args.at(0));
    }
    get(vm, d, &obj)
}

fn d_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__set__", 2, 2)?;
    let d = this(vm, &args)?;
    set(vm, d, &args.at(1), Some(args.at(2)))?;
    Ok(Value::None)
}

fn d_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__delete__", 1, 1)?;
    let d = this(vm, &args)?;
    set(vm, d, &args.at(1), None)?;
    Ok(Value::None)
}

fn d_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    Ok(vm.new_str(&repr(d)))
}

fn d_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(vm, &args)?.name.clone())
}

fn d_objclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(this(vm, &args)?.owner.clone()))
}

fn d_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let s = format!("{}.{}", types::type_qualname(&d.owner), as_str_lossy(&d.name));
    Ok(vm.new_str(&s))
}

/// `d.__doc__`: CPython's text for the descriptor (`int.real`, a class's `__dict__`).
fn d_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let name = as_str_lossy(&d.name).into_owned();
    let text = match name.as_str() {
        "__dict__" if types::flags(&d.owner) & super::payload::tflags::HEAPTYPE != 0 => {
            Some("dictionary for instance variables (if defined)")
        }
        "__weakref__" => Some("list of weak references to the object (if defined)"),
        _ => crate::modules::builtins::docs::get(&format!("{}.{}", types::type_name(&d.owner), name)).and_then(|e| e.doc),
    };
    Ok(text.map_or(Value::None, |t| vm.new_str(t)))
}

pub fn register(vm: &Vm) {
    for t in [&vm.interp.types.getset_descriptor, &vm.interp.types.member_descriptor] {
        add_getset(t, "__doc__", d_doc, None);
        types::add_method(t, "__get__", d_get);
        types::add_method(t, "__set__", d_set);
        types::add_method(t, "__delete__", d_delete);
        types::add_method(t, "__repr__", d_repr);
        add_getset(t, "__name__", d_name, None);
        add_getset(t, "__qualname__", d_qualname, None);
        add_getset(t, "__objclass__", d_objclass, None);
    }
}
