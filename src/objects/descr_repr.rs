//! What CPython calls the method descriptors of built-in types: which class each native
//! function belongs to, and the reprs that say so (`<method 'append' of 'list' objects>`,
//! `<slot wrapper '__add__' of 'int' objects>`, `<method-wrapper '__add__' of int object
//! at 0x...>`, `<built-in method __new__ of type object at 0x...>`).

use super::heap::ObjRef;
use super::payload::{Builtin, Payload};
use super::types;
use super::value::Value;
use crate::vm::Vm;

/// Dunders CPython implements as type slots (their descriptors are slot wrappers); every
/// other method of a built-in type is a method descriptor.
pub fn is_slot_dunder(name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    !matches!(
        name,
        "__dir__" | "__format__" | "__sizeof__" | "__reduce__" | "__reduce_ex__" | "__getstate__"
            | "__setstate__" | "__subclasshook__" | "__init_subclass__" | "__class_getitem__"
            | "__getnewargs__" | "__getnewargs_ex__" | "__round__" | "__trunc__" | "__floor__"
            | "__ceil__" | "__reversed__" | "__enter__" | "__exit__" | "__length_hint__"
            | "__copy__" | "__deepcopy__" | "__fspath__" | "__complex__" | "__bytes__"
            | "__instancecheck__" | "__subclasscheck__" | "__prepare__" | "__mro_entries__"
            | "__subclasses__" | "__aenter__" | "__aexit__" | "__set_name__"
    )
}

/// The built-in class whose namespace holds this very function object.
pub fn owner_of(vm: &Vm, f: &ObjRef, name: &str) -> Option<ObjRef> {
    let mut all = vm.interp.types.all();
    all.extend(vm.interp.exc.all().into_iter().map(|(_, t)| t));
    all.into_iter().find(|t| {
        types::type_data(t).is_some_and(|d| {
            super::dict::table_get_str(&d.ns.borrow(), name).is_some_and(|v| matches!(&v, Value::Obj(o) if o.ptr_eq(f)))
        })
    })
}

/// The repr of a native function that is not bound to a module or a plain receiver.
pub fn unbound_repr(vm: &Vm, f: &ObjRef, b: &Builtin) -> Option<String> {
    let owner = owner_of(vm, f, b.name)?;
    let tname = types::type_name(&owner);
    Some(if b.is_method && is_slot_dunder(b.name) {
        format!("<slot wrapper '{}' of '{}' objects>", b.name, tname)
    } else if b.is_method || b.is_classmethod {
        format!("<method '{}' of '{}' objects>", b.name, tname)
    } else {
        format!("<built-in method {} of type object at {:#x}>", b.name, owner.id())
    })
}

/// `__qualname__` / `__objclass__` of an unbound native method.
pub fn qualname(vm: &Vm, f: &Value, b: &Builtin) -> Option<String> {
    let Value::Obj(o) = f else { return None };
    let owner = match &b.self_ {
        None => owner_of(vm, o, b.name)?,
        Some(s) => {
            let ty = match s.payload() {
                Some(Payload::Type(_)) => s.as_obj()?.clone(),
                _ => vm.interp.type_of(s).clone(),
            };
            types::lookup_with_owner(&ty, b.name)?.1
        }
    };
    Some(format!("{}.{}", types::type_qualname(&owner), b.name))
}
