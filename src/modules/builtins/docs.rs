//! CPython 3.11's docstrings and text signatures of the built-in functions and types and
//! of the methods each built-in type defines: `docs.txt`, written by
//! `tools/gen_builtin_docs.py` from python3.11 (about 115 KB of the binary). They back
//! `__doc__` / `__text_signature__` of native functions, so `help()` and
//! `inspect.signature()` show what python3 shows.

use hashbrown::HashMap;
use std::sync::OnceLock;

use crate::objects::dict;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, Payload};
use crate::objects::value::Value;
use crate::vm::Vm;

const DATA: &str = include_str!("docs.txt");

/// One entry: `None` where CPython has none.
pub struct Doc {
    pub signature: Option<&'static str>,
    pub doc: Option<&'static str>,
}

fn table() -> &'static HashMap<&'static str, Doc> {
    static TABLE: OnceLock<HashMap<&'static str, Doc>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DATA.split('\u{1e}')
            .filter_map(|record| {
                let mut fields = record.splitn(3, '\u{1f}');
                let (key, signature, doc) = (fields.next()?, fields.next()?, fields.next()?);
                let signature = (!signature.is_empty()).then_some(signature);
                let doc = (doc != "\0").then_some(doc);
                Some((key, Doc { signature, doc }))
            })
            .collect()
    })
}

/// The entry for `name` (a builtin) or `Type.attr`.
pub fn get(key: &str) -> Option<&'static Doc> {
    table().get(key)
}

/// `f` is the function the builtins module holds under its own name.
fn is_builtins_function(vm: &Vm, f: &Value, b: &Builtin) -> bool {
    let held = vm.interp.builtins.dict.as_ref().and_then(|d| dict::get_str(d, b.name));
    matches!((held, f), (Some(Value::Obj(h)), Value::Obj(o)) if h.ptr_eq(o))
}

/// A plain function (bound to nothing, or to its module), not a method.
fn is_module_function(b: &Builtin) -> bool {
    !b.is_method && !b.is_classmethod && b.self_.as_ref().is_none_or(|s| matches!(s.payload(), Some(Payload::Module(_))))
}

/// Where a native function's documentation is kept: `len`, or `str.split` for a method.
fn key_of(vm: &Vm, f: &Value, b: &Builtin) -> Option<String> {
    // A type's native `__new__` is found through the type that holds it.
    if is_module_function(b) && b.name != "__new__" {
        return is_builtins_function(vm, f, b).then(|| b.name.to_string());
    }
    crate::objects::descr_repr::qualname(vm, f, b)
}

/// `__doc__` of a native function or method.
pub fn builtin_doc(vm: &Vm, f: &Value, b: &Builtin) -> Value {
    let doc = key_of(vm, f, b).and_then(|k| get(&k)).and_then(|d| d.doc);
    doc.map_or(Value::None, |d| vm.new_str(d))
}

/// `__text_signature__` of a native function or method.
pub fn builtin_signature(vm: &Vm, f: &Value, b: &Builtin) -> Value {
    let sig = key_of(vm, f, b).and_then(|k| get(&k)).and_then(|d| d.signature);
    sig.map_or(Value::None, |s| vm.new_str(s))
}

/// `__module__` of a native function: the module whose namespace holds it under its name
/// (`builtins` for `len`); None for methods, as in CPython.
pub fn builtin_module(vm: &Vm, f: &Value, b: &Builtin) -> Value {
    if !is_module_function(b) {
        return Value::None;
    }
    if is_builtins_function(vm, f, b) {
        return vm.new_str("builtins");
    }
    let Value::Obj(target) = f else { return Value::None };
    let Payload::Dict(modules) = &vm.interp.modules.payload else { return Value::None };
    let modules: Vec<(Value, Value)> = modules.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (name, module) in modules {
        let Some(ns) = module.as_obj().and_then(|m| m.dict.clone()) else { continue };
        if let Some(Value::Obj(held)) = dict::get_str(&ns, b.name) {
            if held.ptr_eq(target) {
                return name;
            }
        }
    }
    Value::None
}

/// Give every built-in type in `builtins` python3's docstring.
pub fn install_type_docs(vm: &mut Vm, builtins: &ObjRef) {
    let Payload::Dict(entries) = &builtins.payload else { return };
    let types: Vec<(String, ObjRef)> = entries
        .borrow()
        .iter()
        .filter_map(|(k, v)| {
            let name = crate::objects::str::as_str(k)?.to_string();
            let ty = v.as_obj().filter(|o| matches!(o.payload, Payload::Type(_)))?.clone();
            Some((name, ty))
        })
        .collect();
    for (name, ty) in types {
        if let Some(doc) = get(&name).and_then(|d| d.doc) {
            let doc = vm.new_str(doc);
            crate::objects::types::set_attr_raw(&ty, vm.interp.intern("__doc__"), doc);
        }
    }
}
