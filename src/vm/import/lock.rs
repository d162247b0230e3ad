//! The import lock: one re-entrant lock around finding and running modules, so two
//! threads never execute the same module body at once. Re-entrant because a module
//! body imports other modules on the same thread.

use std::sync::{Condvar, Mutex};
use std::thread::ThreadId;

struct State {
    owner: Option<ThreadId>,
    depth: usize,
}

static LOCK: Mutex<State> = Mutex::new(State { owner: None, depth: 0 });
static FREED: Condvar = Condvar::new();

pub struct ImportLockGuard(());

/// Take the lock (again, if this thread holds it). A waiting thread gives up the GIL
/// while it blocks: the owner may need the GIL to finish the import.
pub fn acquire() -> ImportLockGuard {
    let me = std::thread::current().id();
    let mut st = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    if st.owner.is_some_and(|o| o != me) {
        drop(st);
        crate::vm::gil::allow_threads(|| {
            let mut st = LOCK.lock().unwrap_or_else(|p| p.into_inner());
            while st.owner.is_some() {
                st = FREED.wait(st).unwrap_or_else(|p| p.into_inner());
            }
            // Claim it before taking the GIL back, so no one slips in between.
            st.owner = Some(me);
        });
        st = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    }
    st.owner = Some(me);
    st.depth += 1;
    ImportLockGuard(())
}

impl Drop for ImportLockGuard {
    fn drop(&mut self) {
        let mut st = LOCK.lock().unwrap_or_else(|p| p.into_inner());
        st.depth = st.depth.saturating_sub(1);
        if st.depth == 0 {
            st.owner = None;
            FREED.notify_one();
        }
    }
}

/// After fork() only the forking thread exists: a lock it did not hold is free.
pub fn reinit_after_fork() {
    let me = std::thread::current().id();
    let mut st = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    if st.owner != Some(me) {
        st.owner = None;
        st.depth = 0;
    }
}
