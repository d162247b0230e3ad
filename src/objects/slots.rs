//! `__slots__`: member descriptors for the named slots, and classes whose instances have
//! no `__dict__` (`tflags::NO_DICT`) when every class in the MRO declares slots.

use super::dict;
use super::heap::ObjRef;
use super::payload::{Payload, tflags};
use super::str::as_str_lossy;
use super::table::DictTable;
use super::types;
use super::value::Value;
use crate::vm::{PyResult, Vm};

/// What a class body's `__slots__` asks for.
pub struct Slots {
    /// Slot names, private names mangled (`__x` in class C is `_C__x`).
    pub names: Vec<Value>,
    /// `__dict__` was listed: instances keep a dict.
    pub has_dict: bool,
    /// `__weakref__` was listed.
    pub has_weakref: bool,
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() { name.to_string() } else { format!("_{}{}", stripped, name) }
}

/// Read `__slots__` from the class namespace (None when the class has none).
pub fn parse(vm: &mut Vm, class_name: &str, ns: &DictTable<Value, Value>) -> PyResult<Option<Slots>> {
    let Some(spec) = dict::table_get_str(ns, "__slots__") else { return Ok(None) };
    let items = match spec.payload() {
        Some(Payload::Str(_)) => vec![spec.clone()],
        _ => vm.collect_iterable(&spec)?,
    };
    let mut out = Slots { names: Vec::new(), has_dict: false, has_weakref: false };
    let mut seen_weakref = false;
    for item in items {
        let Some(Payload::Str(_)) = item.payload() else {
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{}'", vm.type_name(&item))));
        };
        let name = as_str_lossy(&item).into_owned();
        if !is_identifier(&name) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        match name.as_str() {
            "__dict__" => {
                if out.has_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                out.has_dict = true;
                continue;
            }
            "__weakref__" => {
                if seen_weakref {
                    return Err(vm.type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                seen_weakref = true;
                out.has_weakref = true;
                continue;
            }
            _ => {}
        }
        let mangled = mangle(class_name, &name);
        if dict::table_get_str(ns, &mangled).is_some() {
            return Err(vm.value_error(format!("'{}' in __slots__ conflicts with class variable", name)));
        }
        out.names.push(vm.interp.intern(&mangled));
    }
    Ok(Some(out))
}

/// Whether instances of a class with these bases and slots have no `__dict__`.
pub fn no_dict(bases: &[ObjRef], slots: &Slots) -> bool {
    !slots.has_dict
        && bases.iter().all(|b| {
            let f = types::flags(b);
            f & tflags::HEAPTYPE == 0 || f & tflags::NO_DICT != 0
        })
}

/// Put a member descriptor for every slot into the new class.
pub fn install(vm: &Vm, cls: &ObjRef, slots: &Slots) {
    for name in &slots.names {
        let d = super::getset::new_member(vm, cls, name.clone());
        types::set_attr_raw(cls, name.clone(), d);
    }
}
