//! The collector's registry: one list of tracked objects per generation, plus the counts
//! and thresholds that decide when to collect.
//!
//! Invariant: every pointer in `gens[g]` is a live object whose header says generation `g`
//! and whose `gc_idx` is its position in that list. `ObjRef::with_dict` adds objects and
//! `heap::dealloc` removes them before freeing, so the invariant holds between any two
//! statements that do not hold the registry borrow. Removal is a swap_remove, O(1).

use std::cell::RefCell;
use std::ptr::NonNull;

use crate::objects::heap::{PyObject, GEN_MASK, GEN_SHIFT, UNTRACKED};

/// Interpreter-wide state guarded by the GIL.
pub struct GilCell<T>(pub RefCell<T>);

// SAFETY: objects and the collector's registries are only touched by the thread holding
// the GIL (the same reason plain refcounts are sound), so the RefCell never sees two threads.
unsafe impl<T> Sync for GilCell<T> {}

pub const NGEN: usize = 3;
/// `gc.freeze()` moves everything here; it is never collected.
pub const FROZEN: usize = 3;

pub struct Registry {
    pub gens: [Vec<NonNull<PyObject>>; 4],
    /// gen 0: allocations minus deallocations of tracked objects since its last collection;
    /// gen 1/2: collections of the generation below since their own last collection.
    pub count: [usize; NGEN],
    pub threshold: [usize; NGEN],
    pub enabled: bool,
    pub collecting: bool,
    /// An automatic collection waits for the eval loop.
    pub due: bool,
    /// CPython's guard against quadratic full collections.
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
}

pub static REGISTRY: GilCell<Registry> = GilCell(RefCell::new(Registry {
    gens: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
    count: [0; NGEN],
    threshold: [700, 10, 10],
    enabled: true,
    collecting: false,
    due: false,
    long_lived_total: 0,
    long_lived_pending: 0,
}));

pub fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    f(&mut REGISTRY.0.borrow_mut())
}

pub fn gen_of(obj: &PyObject) -> usize {
    ((obj.flags.get() & GEN_MASK) >> GEN_SHIFT) as usize
}

fn set_gen(obj: &PyObject, g: usize) {
    obj.flags.set((obj.flags.get() & !GEN_MASK) | ((g as u8) << GEN_SHIFT));
}

/// Append `ptr` to generation `g` (the object must be live and currently in no list).
pub fn push(r: &mut Registry, ptr: NonNull<PyObject>, g: usize) {
    let list = &mut r.gens[g];
    if list.len() >= (UNTRACKED - 1) as usize {
        return;
    }
    // SAFETY: callers pass live objects (registry invariant, or a fresh allocation).
    let obj = unsafe { ptr.as_ref() };
    obj.gc_idx.set(list.len() as u32);
    set_gen(obj, g);
    list.push(ptr);
}

/// A new container: into generation 0, and ask for a collection past the threshold.
pub fn track(ptr: NonNull<PyObject>) {
    let mut r = REGISTRY.0.borrow_mut();
    push(&mut r, ptr, 0);
    r.count[0] += 1;
    if r.count[0] > r.threshold[0] && r.threshold[0] != 0 && r.enabled && !r.collecting && !r.due {
        r.due = true;
        crate::objects::heap::request_service();
    }
}

/// Remove a tracked object from its generation (it is being freed or untracked).
pub fn untrack(ptr: NonNull<PyObject>) {
    let mut r = REGISTRY.0.borrow_mut();
    remove(&mut r, ptr);
    r.count[0] = r.count[0].saturating_sub(1);
}

pub fn remove(r: &mut Registry, ptr: NonNull<PyObject>) {
    // SAFETY: the caller owns a reference to (or is freeing) the object: it is alive.
    let obj = unsafe { ptr.as_ref() };
    let idx = obj.gc_idx.get() as usize;
    let list = &mut r.gens[gen_of(obj)];
    if list.get(idx) == Some(&ptr) {
        list.swap_remove(idx);
        if let Some(moved) = list.get(idx) {
            // SAFETY: registry invariant: listed objects are alive.
            unsafe { moved.as_ref() }.gc_idx.set(idx as u32);
        }
    }
    obj.gc_idx.set(UNTRACKED);
}

pub fn is_tracked(obj: &PyObject) -> bool {
    obj.gc_idx.get() != UNTRACKED
}
