//! Heap objects and the reference-counted pointer to them. This is the one place
//! with the refcounting `unsafe`.
//!
//! Not `Rc`: the cycle collector needs a header of its own (`gc_idx`, the generation bits
//! in `flags`), weak references need to hear of a death, and finalisation order is ours.
//! The collector's registry and the weakref registry live in `objects/gc/`; this file only
//! calls them when a header flag says so, keeping allocation and free cheap.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::payload::Payload;

/// Header flag: `__del__` already ran for this object (PEP 442: finalisers run once).
pub const FLAG_FINALIZED: u8 = 1;
/// Header flag: weak references to this object exist (registered in `gc::weak`).
pub const FLAG_HAS_WEAKREFS: u8 = 2;
/// Header flag: this object is a weak reference (it unregisters itself when freed).
pub const FLAG_IS_WEAKREF: u8 = 4;
/// Header flag: the object's `__dict__` was handed out (CPython would have materialised it).
pub const FLAG_DICT_EXPOSED: u8 = 8;
/// Header bits 4-5: the collector generation of a tracked object (3 = frozen).
pub const GEN_SHIFT: u8 = 4;
pub const GEN_MASK: u8 = 3 << GEN_SHIFT;
/// `gc_idx` of an object the collector does not track.
pub const UNTRACKED: u32 = u32::MAX;

pub struct PyObject {
    refcnt: Cell<usize>,
    pub flags: Cell<u8>,
    /// Position in its generation's list (`gc::registry`), or UNTRACKED. Shares the word
    /// with `flags`, so tracking costs no space.
    pub gc_idx: Cell<u32>,
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
        if let Some(d) = &dict {
            // An object's own `__dict__` is part of it for the collector (traversed through
            // its owner) until Python code gets hold of it: one tracked object, not two.
            if d.gc_idx.get() != UNTRACKED && d.refcount() == 1 {
                super::gc::registry::untrack(d.0);
            }
        }
        let track = dict.is_some() || super::gc::is_container(&payload);
        let ptr = alloc_object(PyObject {
            refcnt: Cell::new(1),
            flags: Cell::new(0),
            gc_idx: Cell::new(UNTRACKED),
            class: Some(class),
            dict,
            payload,
        });
        if track {
            super::gc::registry::track(ptr);
        }
        ObjRef(ptr)
    }

    /// The metatype `type`, whose class is itself: created with no class, then patched.
    pub fn new_self_typed(payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        let boxed = Box::new(PyObject { refcnt: Cell::new(1), flags: Cell::new(0), gc_idx: Cell::new(UNTRACKED), class: None, dict, payload });
        let ptr = NonNull::from(Box::leak(boxed));
        super::gc::registry::track(ptr);
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

    pub fn as_ptr(&self) -> NonNull<PyObject> {
        self.0
    }

    /// A new counted reference to an object known only by address.
    ///
    /// # Safety
    /// `ptr` must point to a live object (count above zero, or an object the caller is in
    /// the middle of resurrecting): the registries in `objects/gc/` hold such pointers and
    /// remove them before the object is freed.
    pub unsafe fn from_raw_incref(ptr: NonNull<PyObject>) -> ObjRef {
        // SAFETY: the caller guarantees the object is alive.
        let c = unsafe { &ptr.as_ref().refcnt };
        c.set(c.get() + 1);
        ObjRef(ptr)
    }
}

impl PyObject {
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

/// Blocks of freed objects kept for the next allocation. Every heap object has the same
/// size, so one list serves them all and most allocations skip malloc (whose per-thread
/// cache holds only a few blocks per size and falls to its slow path when a burst of
/// objects dies, as when a list of instances is dropped). Bounded, so a peak of dead
/// objects is given back to malloc past this many blocks (~7.5 MiB).
const FREE_BLOCKS_MAX: usize = 1 << 16;
static FREE_BLOCKS: crate::vm::gil::GilCell<Vec<NonNull<PyObject>>> = crate::vm::gil::GilCell::new(Vec::new());

#[inline]
fn alloc_object(obj: PyObject) -> NonNull<PyObject> {
    match FREE_BLOCKS.with(|f| f.pop()) {
        Some(block) => {
            // SAFETY: a block on the free list was allocated with PyObject's layout and its
            // previous object was dropped in place (`free`), so it is uninitialised memory
            // that we own.
            unsafe { block.as_ptr().write(obj) };
            block
        }
        None => NonNull::from(Box::leak(Box::new(obj))),
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

/// Checked by the eval loop before every instruction, so a plain relaxed load. Set when
/// finalisers, weakref callbacks or a due collection wait for the VM.
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

/// Ask the eval loop to call back into `Vm::run_pending_finalizers` before its next instruction.
pub fn request_service() {
    HAS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
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
    let flags = obj.flags.get();
    if flags & (FLAG_HAS_WEAKREFS | FLAG_IS_WEAKREF) != 0 {
        // Weak references die before the object (their callbacks run at the next
        // instruction); a weak reference that dies leaves its referent's list.
        if flags & FLAG_HAS_WEAKREFS != 0 {
            super::gc::weak::referent_died(ptr);
        }
        if flags & FLAG_IS_WEAKREF != 0 {
            super::gc::weak::weakref_died(obj);
        }
    }
    if obj.gc_idx.get() != UNTRACKED {
        super::gc::registry::untrack(ptr);
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
    // SAFETY: the count is zero and nothing else will free this object.
    unsafe { free(ptr) };
    if depth == 0 {
        loop {
            let next = DEFERRED.with(|d| d.borrow_mut().pop());
            match next {
                // SAFETY: as above; deferred objects are dead and were not freed yet.
                Some(p) => unsafe { free(p) },
                None => break,
            }
        }
    }
    DEPTH.with(|d| d.set(depth));
}

/// Drop a dead object and recycle its block. Lists and tuples release their items last
/// first, as CPython does (the order `__del__` methods of the items run in).
///
/// # Safety
/// `ptr` is a dead object (count zero, no registry entry) allocated with PyObject's
/// layout (`alloc_object` or `Box::new`), freed exactly once.
unsafe fn free(ptr: NonNull<PyObject>) {
    // SAFETY: the caller guarantees we are the object's only user.
    let obj = unsafe { &mut *ptr.as_ptr() };
    match &mut obj.payload {
        Payload::List(l) => l.get_mut().reverse(),
        Payload::Tuple(t) => t.reverse(),
        _ => {}
    }
    // SAFETY: as above; dropping may free other objects (recursively) but never this one,
    // and the free list is not borrowed meanwhile.
    unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
    let kept = FREE_BLOCKS.with(|f| {
        if f.len() < FREE_BLOCKS_MAX {
            f.push(ptr);
            true
        } else {
            false
        }
    });
    if !kept {
        // SAFETY: the object was dropped above; the block came from the global allocator
        // with PyObject's layout (Box::new allocates exactly that).
        unsafe { std::alloc::dealloc(ptr.as_ptr().cast(), std::alloc::Layout::new::<PyObject>()) };
    }
}

// Every heap object pays for the largest payload: big ones (types, functions, generators,
// exceptions) are boxed so a plain instance or list stays small.
const _: () = assert!(std::mem::size_of::<PyObject>() <= 120);
