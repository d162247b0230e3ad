//! The global interpreter lock and the one route to interpreter-wide state.
//!
//! Objects are `!Send`: their refcounts are plain cells. The GIL is the one reason the
//! interpreter may touch them from another OS thread, and this module holds the only
//! `unsafe impl Send/Sync` in the crate.

use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, MutexGuard};

use super::state::Interp;

static GIL: Mutex<()> = Mutex::new(());

/// The interpreter whose state is current. Set while its owner holds the GIL.
static CURRENT: AtomicPtr<Interp> = AtomicPtr::new(std::ptr::null_mut());

pub struct GilGuard {
    _guard: MutexGuard<'static, ()>,
    previous: *mut Interp,
}

/// Take the GIL and make `interp` the current interpreter until the guard drops.
pub fn acquire(interp: &Interp) -> GilGuard {
    let guard = GIL.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let previous = CURRENT.swap(interp as *const Interp as *mut Interp, Ordering::SeqCst);
    GilGuard { _guard: guard, previous }
}

/// Take the GIL without switching interpreters: for creating and freeing an interpreter's
/// objects (the collector's registry is process-wide, so even that needs the lock).
pub fn lock_bare() -> MutexGuard<'static, ()> {
    GIL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Drop for GilGuard {
    fn drop(&mut self) {
        CURRENT.store(self.previous, Ordering::SeqCst);
    }
}

/// The current interpreter's state.
#[inline]
pub fn interp() -> &'static Interp {
    let p = CURRENT.load(Ordering::Relaxed);
    assert!(!p.is_null(), "minipy: interpreter state used without the GIL");
    // SAFETY: CURRENT is only non-null while a GilGuard is alive, i.e. while the owning
    // `Interpreter` holds the GIL and keeps its boxed `Interp` alive and unmoved; every
    // caller runs with that GIL held, so no other thread touches the state meanwhile.
    // The 'static lifetime is a lie bounded by that guard: callers never keep the
    // reference past the run that acquired it.
    unsafe { &*p }
}

/// Carries interpreter objects to the thread that runs Python (the large-stack thread).
pub struct SendPtr<T>(pub *mut T);

// SAFETY: the pointee is only touched by the receiving thread, and only while it holds
// the GIL; the sending thread waits for the receiver to finish (scoped thread) and does
// not touch the pointee meanwhile.
unsafe impl<T> Send for SendPtr<T> {}
