//! The weak reference registry: which weak reference objects point at which referent.
//!
//! A weak reference holds its referent's address without a count. The referent carries
//! FLAG_HAS_WEAKREFS while some exist; when it dies (`heap::dealloc`, or the collector
//! finds it unreachable) every weak reference to it is cleared and callbacks are queued
//! for the VM, which runs them before the next instruction (CPython runs them inside the
//! deallocation; nothing between the two can observe the difference but native code).
//! A weak reference carries FLAG_IS_WEAKREF and leaves the registry when it is freed.
//! Invariant: a weak reference's `target` is Some exactly while it is listed under that
//! referent, so both addresses are live whenever the registry is consulted.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use super::registry::GilCell;
use crate::objects::heap::{ObjRef, PyObject, FLAG_HAS_WEAKREFS, FLAG_IS_WEAKREF};
use crate::objects::payload::Payload;
use crate::objects::value::Value;

/// The payload of `weakref.ref`, `weakref.proxy` and their subclasses.
pub struct WeakData {
    pub target: Cell<Option<NonNull<PyObject>>>,
    pub callback: RefCell<Value>,
    /// `hash(r)` is the referent's hash, remembered so it survives the referent.
    pub hash: Cell<Option<i64>>,
}

impl WeakData {
    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<ObjRef> {
        // SAFETY: registry invariant: `target` is cleared before the referent is freed.
        self.target.get().map(|p| unsafe { ObjRef::from_raw_incref(p) })
    }
}

#[derive(Default)]
struct WeakRegistry {
    /// Referent address -> its weak references, oldest first.
    map: Option<HashMap<usize, Vec<NonNull<PyObject>>>>,
    /// (weak reference, callback) waiting for the VM.
    pending: Vec<(ObjRef, Value)>,
}

static WEAK: GilCell<WeakRegistry> = GilCell(RefCell::new(WeakRegistry { map: None, pending: Vec::new() }));

fn data(obj: &PyObject) -> Option<&WeakData> {
    match &obj.payload {
        Payload::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// Record that `wr` (a new weak reference object whose target is `target`) exists.
pub fn register(target: &ObjRef, wr: &ObjRef) {
    target.flags.set(target.flags.get() | FLAG_HAS_WEAKREFS);
    wr.flags.set(wr.flags.get() | FLAG_IS_WEAKREF);
    let mut reg = WEAK.0.borrow_mut();
    reg.map.get_or_insert_with(HashMap::new).entry(target.id()).or_default().push(wr.as_ptr());
}

/// The live weak references to `target`, oldest first.
pub fn refs_of(target: &ObjRef) -> Vec<ObjRef> {
    if target.flags.get() & FLAG_HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    let ptrs: Vec<NonNull<PyObject>> =
        WEAK.0.borrow().map.as_ref().and_then(|m| m.get(&target.id())).cloned().unwrap_or_default();
    // SAFETY: listed weak references are alive (they unregister when freed).
    ptrs.into_iter().map(|p| unsafe { ObjRef::from_raw_incref(p) }).collect()
}

/// A weak reference is being freed: forget it.
pub fn weakref_died(wr: &PyObject) {
    let Some(w) = data(wr) else { return };
    let Some(target) = w.target.take() else { return };
    let me = wr as *const PyObject;
    let mut reg = WEAK.0.borrow_mut();
    let Some(map) = reg.map.as_mut() else { return };
    let key = target.as_ptr() as usize;
    if let Some(list) = map.get_mut(&key) {
        list.retain(|p| p.as_ptr() as *const PyObject != me);
        if list.is_empty() {
            map.remove(&key);
            // SAFETY: the target was still listed, so it is alive.
            let t = unsafe { target.as_ref() };
            t.flags.set(t.flags.get() & !FLAG_HAS_WEAKREFS);
        }
    }
}

/// The referent is dying: clear every weak reference to it and queue their callbacks,
/// newest first (CPython's order). `skip` says which weak references are themselves
/// garbage: their callbacks must not run (the collector's rule).
pub fn clear_refs(target: NonNull<PyObject>, skip: &dyn Fn(NonNull<PyObject>) -> bool) {
    // SAFETY: called for a live (possibly dying) object.
    let t = unsafe { target.as_ref() };
    t.flags.set(t.flags.get() & !FLAG_HAS_WEAKREFS);
    let list = {
        let mut reg = WEAK.0.borrow_mut();
        reg.map.as_mut().and_then(|m| m.remove(&(target.as_ptr() as usize))).unwrap_or_default()
    };
    let mut queued = Vec::new();
    for p in list.into_iter().rev() {
        // SAFETY: listed weak references are alive.
        let wobj = unsafe { p.as_ref() };
        let Some(w) = data(wobj) else { continue };
        w.target.set(None);
        if skip(p) {
            continue;
        }
        let cb = w.callback.replace(Value::None);
        if !cb.is_none() {
            // SAFETY: as above.
            queued.push((unsafe { ObjRef::from_raw_incref(p) }, cb));
        }
    }
    if !queued.is_empty() {
        WEAK.0.borrow_mut().pending.extend(queued);
        crate::objects::heap::request_service();
    }
}

/// Called by `heap::dealloc` for an object with FLAG_HAS_WEAKREFS.
pub fn referent_died(target: NonNull<PyObject>) {
    clear_refs(target, &|_| false);
}

pub fn take_callbacks() -> Vec<(ObjRef, Value)> {
    let mut reg = WEAK.0.borrow_mut();
    if reg.pending.is_empty() {
        return Vec::new();
    }
    std::mem::take(&mut reg.pending)
}

/// Whether `o` may be weakly referenced (CPython's tp_weaklistoffset != 0): some built-in
/// kinds always, fixed-size instances of Python classes, never int/str/tuple/bytes (their
/// variable-size layout leaves no room, subclasses included).
pub fn weakrefable(o: &ObjRef) -> bool {
    use crate::objects::payload::tflags;
    match &o.payload {
        Payload::Int(_) | Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) => false,
        Payload::WeakRef(_) => crate::modules::weakref::is_subclass_instance(o.class()),
        Payload::Set(_) | Payload::FrozenSet(_) | Payload::Function(_) | Payload::Type(_) => true,
        Payload::Generator(_) | Payload::BoundMethod { .. } | Payload::Code(_) | Payload::Module(_) | Payload::Builtin(_) => true,
        _ => crate::objects::types::flags(o.class()) & tflags::HEAPTYPE != 0,
    }
}
