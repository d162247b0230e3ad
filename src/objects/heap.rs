//! Heap objects and the reference-counted pointer to them. This is the one place
//! with the refcounting `unsafe`.
//!
//! Not `Rc`: the cycle collector (a later issue) needs a header of its own, a weakref
//! list and control over finalisation order. Room for them is the `flags` field.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::payload::Payload;

/// Header flag: `__del__` already ran for this object (PEP 442: finalisers run once).
pub const FLAG_FINALIZED: u8 = 1;

pub struct PyObject {
    refcnt: Cell<usize>,
    pub flags: Cell<u8>,
    /// The type object. Immutable for now (`__class__` assignment is issue #3).
    class: Option<ObjRef>,
    /// The instance `__dict__` (a dict object) for instances of classes that have one.
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

pub struct ObjRef(NonNull<PyObject>);

impl PyObject {
    pub fn class_opt(&self) -> Option<&ObjRef> {
        self.class.as_ref()
    }
}

impl ObjRef {
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        Self::with_dict(class, payload, None)
    }

    pub fn with_dict(class: ObjRef, payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        let boxed = Box::new(PyObject { refcnt: Cell::new(1), flags: Cell::new(0), class: Some(class), dict, payload });
        ObjRef(NonNull::from(Box::leak(boxed)))
    }

    /// The metatype `type`, whose class is itself: created with no class, then patched.
    pub fn new_self_typed(payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        let boxed = Box::new(PyObject { refcnt: Cell::new(1), flags: Cell::new(0), class: None, dict, payload });
        let ptr = NonNull::from(Box::leak(boxed));
        let me = ObjRef(ptr);
        let second = me.clone();
        // SAFETY: the object was just allocated and no other reference to it exists yet,
        // so writing its class field cannot race with any reader.
        unsafe { (*ptr.as_ptr()).class = Some(second) };
        me
    }

    #[inline]
    pub fn class(&self) -> &ObjRef {
        match &self.class {
            Some(c) => c,
            // Only `type` is ever created without a class and it is patched at once.
            None => self,
        }
    }

    #[inline]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    #[inline]
    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }

    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: an ObjRef owns one counted reference, so the object is alive.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let c = &self.refcnt;
        c.set(c.get() + 1);
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let c = &self.refcnt;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            dealloc(self.0);
        }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object at {:#x}>", self.id())
    }
}

/// Past this native depth of nested deallocations, frees are deferred to a list that the
/// outermost deallocation drains, so dropping a 1,000,000-node linked list needs no deep stack.
const TRASHCAN_DEPTH: usize = 64;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
}

/// Objects whose class defines `__del__`, resurrected until the VM runs their finaliser.
/// Interpreter-wide (any thread holding the GIL runs them), never a thread-local that a
/// thread's exit would drop without the GIL.
static PENDING_DEL: crate::vm::gil::GilCell<Vec<ObjRef>> = crate::vm::gil::GilCell::new(Vec::new());

/// Checked by the eval loop before every instruction, so a plain relaxed load.
static HAS_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Hook deciding whether an object needs its `__del__` run before it is freed.
/// Set by the VM at start-up (objects cannot see the VM's types otherwise).
pub type NeedsDel = fn(&PyObject) -> bool;
static NEEDS_DEL: std::sync::OnceLock<NeedsDel> = std::sync::OnceLock::new();

pub fn set_needs_del_hook(hook: NeedsDel) {
    let _ = NEEDS_DEL.set(hook);
}

#[inline]
pub fn has_pending_finalizers() -> bool {
    HAS_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn take_pending_finalizers() -> Vec<ObjRef> {
    HAS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    PENDING_DEL.with(std::mem::take)
}

fn dealloc(ptr: NonNull<PyObject>) {
    // SAFETY: the count just reached zero, so no ObjRef to the object remains; it is alive
    // until we free it below.
    let obj = unsafe { ptr.as_ref() };
    if obj.flags.get() & FLAG_FINALIZED == 0 {
        if let Some(hook) = NEEDS_DEL.get() {
            if hook(obj) {
                obj.flags.set(obj.flags.get() | FLAG_FINALIZED);
                // Resurrect with one reference owned by the pending list. While the
                // thread's locals are being destroyed (process exit) the list is gone:
                // the object is then leaked, as finalisers can no longer run.
                obj.refcnt.set(1);
                PENDING_DEL.with(|p| p.push(ObjRef(ptr)));
                HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
                return;
            }
        }
    }
    let Ok(depth) = DEPTH.try_with(|d| d.get()) else {
        // Thread-local teardown at exit: the object is leaked rather than freed late.
        return;
    };
    if depth >= TRASHCAN_DEPTH {
        DEFERRED.with(|d| d.borrow_mut().push(ptr));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: allocated by Box::new in ObjRef::with_dict / new_self_typed; count is zero.
    drop(unsafe { Box::from_raw(ptr.as_ptr()) });
    if depth == 0 {
        loop {
            let next = DEFERRED.with(|d| d.borrow_mut().pop());
            match next {
                // SAFETY: as above; deferred objects are dead and were not freed yet.
                Some(p) => drop(unsafe { Box::from_raw(p.as_ptr()) }),
                None => break,
            }
        }
    }
    DEPTH.with(|d| d.set(depth));
}
