//! Every thread's frame stack, visible to `sys._current_frames()` on other threads.
//!
//! A thread publishes its `Vm` while its outermost `run_frame` runs (the only time it has
//! frames), and withdraws it when that returns. Readers look only while holding the GIL,
//! when every other thread is parked outside Python (waiting for the GIL, or inside
//! `allow_threads`, whose closure cannot reach its `Vm`), so nobody mutates the stacks
//! they read.

use super::gil::GilCell;
use super::Vm;

/// (thread ident, address of that thread's `Vm`).
static THREADS: GilCell<Vec<(u64, usize)>> = GilCell::new(Vec::new());

/// Withdraws the publication when dropped.
pub struct Published {
    ident: u64,
}

/// Publish `vm` as the calling thread's stack until the guard drops. The caller borrows
/// `vm` for the guard's whole life (the guard lives in the outermost `run_frame`), so the
/// `Vm` cannot move meanwhile.
pub fn publish(vm: &Vm) -> Published {
    let ident = crate::modules::thread::lock::ident();
    let addr = vm as *const Vm as usize;
    THREADS.with(|t| {
        t.retain(|(i, _)| *i != ident);
        t.push((ident, addr));
    });
    Published { ident }
}

impl Drop for Published {
    fn drop(&mut self) {
        let ident = self.ident;
        THREADS.with(|t| t.retain(|(i, _)| *i != ident));
    }
}

/// In a forked child only the forking thread exists: forget the others' stacks.
pub fn after_fork_child() {
    let mine = crate::modules::thread::lock::ident();
    THREADS.with(|t| t.retain(|(i, _)| *i == mine));
}

/// Call `f` with the ident and `Vm` of every other thread that has frames.
pub fn for_each_other(me: &Vm, mut f: impl FnMut(u64, &Vm)) {
    let mine = crate::modules::thread::lock::ident();
    let list = THREADS.with(|t| t.clone());
    for (ident, addr) in list {
        if ident == mine {
            continue;
        }
        // SAFETY: the entry exists only while its thread is inside its outermost
        // `run_frame`, borrowing that `Vm` (so it is alive and unmoved), and we hold the
        // GIL, so that thread is parked and does not touch its `Vm` while we read it
        // (see the module comment). The reference does not outlive this call.
        let other: &Vm = unsafe { &*(addr as *const Vm) };
        if !std::ptr::eq(other.interp, me.interp) {
            continue;
        }
        f(ident, other);
    }
}
