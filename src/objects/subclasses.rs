//! `type.__subclasses__()` and `__bases__` assignment.
//!
//! Classes made by `class` statements are listed under each of their bases through a weak
//! reference (CPython keeps `tp_subclasses` the same way), in creation order; a dead class
//! drops out because its weak reference is cleared. Built-in types are not registered:
//! their direct subclasses are found by scanning the built-in type tables.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::gc::weak::{self, WeakData};
use super::heap::ObjRef;
use super::payload::{tflags, Payload};
use super::types::{self, type_data};
use super::value::Value;
use crate::vm::gil::GilCell;
use crate::vm::{Args, PyResult, Vm};

/// Base class address -> weak references to its registered subclasses, oldest first.
static REGISTRY: GilCell<Option<HashMap<usize, Vec<ObjRef>>>> = GilCell::new(None);

fn target(wr: &ObjRef) -> Option<ObjRef> {
    match &wr.payload {
        Payload::WeakRef(w) => w.get(),
        _ => None,
    }
}

fn weak_to(vm: &Vm, cls: &ObjRef) -> ObjRef {
    let data = WeakData { target: Cell::new(Some(cls.as_ptr())), callback: RefCell::new(Value::None), hash: Cell::new(None) };
    let wr = ObjRef::new(vm.interp.types.object.clone(), Payload::WeakRef(data));
    weak::register(cls, &wr);
    // The registry's own bookkeeping, with no callback and no references: not garbage the
    // collector should count or traverse.
    if super::gc::registry::is_tracked(&wr) {
        super::gc::registry::untrack(wr.as_ptr());
    }
    wr
}

/// A new class: list it under each of its bases.
pub fn register(vm: &Vm, cls: &ObjRef, bases: &[ObjRef]) {
    let wr = weak_to(vm, cls);
    REGISTRY.with(|r| {
        let map = r.get_or_insert_with(HashMap::new);
        for b in bases {
            let list = map.entry(b.id()).or_default();
            list.retain(|w| target(w).is_some());
            list.push(wr.clone());
        }
    });
}

fn unregister(cls: &ObjRef, bases: &[ObjRef]) {
    REGISTRY.with(|r| {
        let Some(map) = r.as_mut() else { return };
        for b in bases {
            if let Some(list) = map.get_mut(&b.id()) {
                list.retain(|w| target(w).is_some_and(|t| !t.ptr_eq(cls)));
            }
        }
    });
}

/// The live direct subclasses of `cls`: built-in ones first, then registered classes.
pub fn direct_subclasses(vm: &Vm, cls: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    if types::flags(cls) & tflags::HEAPTYPE == 0 {
        let natives = vm.interp.types.all().into_iter().chain(vm.interp.exc.all().into_iter().map(|(_, t)| t));
        for t in natives {
            if types::flags(&t) & tflags::HEAPTYPE == 0
                && type_data(&t).is_some_and(|d| d.bases.borrow().iter().any(|b| b.ptr_eq(cls)))
                && !out.iter().any(|o: &ObjRef| o.ptr_eq(&t))
            {
                out.push(t);
            }
        }
    }
    let weak: Vec<ObjRef> = REGISTRY.with(|r| r.as_ref().and_then(|m| m.get(&cls.id())).cloned().unwrap_or_default());
    for w in weak {
        if let Some(t) = target(&w) {
            // A class whose bases were reassigned may still be listed under an old base.
            if type_data(&t).is_some_and(|d| d.bases.borrow().iter().any(|b| b.ptr_eq(cls))) {
                out.push(t);
            }
        }
    }
    out
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__subclasses__", 0, 0)?;
    let Value::Obj(cls) = args.at(0) else { return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")) };
    if type_data(&cls).is_none() {
        return Err(vm.type_error(format!(
            "descriptor '__subclasses__' of 'type' object needs an argument of type 'type', not '{}'",
            vm.type_name(&Value::Obj(cls.clone()))
        )));
    }
    let items = direct_subclasses(vm, &cls).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

/// `C.__bases__ = value`, with CPython's checks; the MROs of C and of every class below it
/// are recomputed.
pub fn set_bases(vm: &mut Vm, cls: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let name = types::type_name(cls);
    let Some(value) = value else {
        return Err(vm.type_error(format!("cannot delete '__bases__' attribute of immutable type '{}'", name)));
    };
    let items: Vec<Value> = match value.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                name,
                vm.type_name(&value)
            )))
        }
    };
    if items.is_empty() {
        return Err(vm.type_error(format!("can only assign non-empty tuple to {}.__bases__, not ()", name)));
    }
    let mut bases = Vec::new();
    for b in &items {
        match b {
            Value::Obj(o) if type_data(o).is_some() => {
                if types::is_subtype(o, cls) {
                    return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
                }
                bases.push(o.clone());
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    name,
                    vm.type_name(b)
                )))
            }
        }
    }
    let Some(td) = type_data(cls) else { return Ok(()) };
    let layout_of = |bs: &[ObjRef]| {
        bs.iter().filter_map(|b| type_data(b).map(|d| d.layout)).find(|l| *l != super::payload::Layout::Object)
    };
    if layout_of(&bases) != layout_of(&td.bases.borrow()) {
        let old = td.bases.borrow().first().map(types::type_name).unwrap_or_default();
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            types::type_name(&bases[0]),
            old
        )));
    }
    let old_bases = std::mem::replace(&mut *td.bases.borrow_mut(), bases.clone());
    let old_mro = td.mro.borrow().clone();
    if let Err(e) = recompute_mros(vm, cls) {
        *td.bases.borrow_mut() = old_bases;
        *td.mro.borrow_mut() = old_mro;
        let _ = recompute_mros(vm, cls);
        return Err(e);
    }
    unregister(cls, &old_bases);
    let wr = weak_to(vm, cls);
    REGISTRY.with(|r| {
        let map = r.get_or_insert_with(HashMap::new);
        for b in &bases {
            map.entry(b.id()).or_default().push(wr.clone());
        }
    });
    Ok(())
}

/// Recompute the MRO of `cls` and of every registered class below it.
fn recompute_mros(vm: &mut Vm, cls: &ObjRef) -> PyResult<()> {
    let mut todo = vec![cls.clone()];
    let mut seen = 0usize;
    while let Some(c) = todo.pop() {
        seen += 1;
        if seen > 100_000 {
            break;
        }
        let Some(td) = type_data(&c) else { continue };
        let bases = td.bases.borrow().clone();
        let mro = types::compute_mro(vm, &c, &bases)?;
        *td.mro.borrow_mut() = mro;
        super::type_cache::invalidate();
        todo.extend(direct_subclasses(vm, &c));
    }
    Ok(())
}

pub fn register_methods(vm: &Vm) {
    types::add_method(&vm.interp.types.type_, "__subclasses__", type_subclasses);
}
