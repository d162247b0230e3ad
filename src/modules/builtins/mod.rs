//! The builtins module.

mod classes;
pub mod docs;
mod eval;
mod exception_group;
mod functions;
mod iterators;
mod object_extras;
mod open;

pub use classes::super_getattr;
pub use functions::isinstance_full;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

pub fn add_function(vm: &mut Vm, d: &ObjRef, name: &'static str, func: NativeFn) -> PyResult<()> {
    let f = Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
    ));
    crate::objects::dict::set_str(vm, d, name, f)
}

// The C-level docstring (what python3 -S/-I shows; site.py swaps in a longer one).
const BUILTINS_DOC: &str = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.";

/// BaseExceptionGroup and ExceptionGroup, once the rest of builtins and sys exist.
pub fn install_exception_groups(vm: &mut Vm) -> PyResult<()> {
    let Some(d) = vm.interp.builtins.dict.clone() else { return Ok(()) };
    exception_group::register(vm, &d)
}

pub fn init(vm: &mut Vm) -> PyResult<()> {
    let Some(d) = vm.interp.builtins.dict.clone() else { return Ok(()) };
    functions::register(vm, &d)?;
    classes::register(vm, &d)?;
    object_extras::register(vm);
    iterators::register(vm, &d)?;
    eval::register(vm, &d)?;
    open::register(vm, &d)?;
    let t = &vm.interp.types;
    let types: Vec<(&str, ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
        ("memoryview", t.memoryview.clone()),
    ];
    for (name, ty) in types {
        crate::objects::dict::set_str(vm, &d, name, Value::Obj(ty))?;
    }
    for (name, ty) in vm.interp.exc.all() {
        crate::objects::dict::set_str(vm, &d, name, Value::Obj(ty))?;
    }
    // Old names CPython keeps as aliases of OSError.
    for alias in ["EnvironmentError", "IOError"] {
        let os = Value::Obj(vm.interp.exc.os_error.clone());
        crate::objects::dict::set_str(vm, &d, alias, os)?;
    }
    let consts = vec![
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("Ellipsis", vm.interp.ellipsis.clone()),
        ("NotImplemented", vm.interp.not_implemented.clone()),
        ("__debug__", Value::Bool(crate::config::get().optimize == 0)),
        ("__name__", vm.new_str("builtins")),
        ("__package__", vm.new_str("")),
        ("__doc__", vm.new_str(BUILTINS_DOC)),
    ];
    for (name, v) in consts {
        crate::objects::dict::set_str(vm, &d, name, v)?;
    }
    docs::install_type_docs(vm, &d);
    let key = vm.new_str("builtins");
    let b = Value::Obj(vm.interp.builtins.clone());
    crate::objects::dict::set_item(vm, &vm.interp.modules.clone(), key, b)?;
    Ok(())
}
