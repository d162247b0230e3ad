//! The global interpreter lock and the one route to interpreter-wide state.
//!
//! THE INVARIANT. Objects are `!Send`: their refcounts are plain cells, `Rc`s and
//! `RefCell`s are everywhere. Several OS threads run Python, and the GIL is the one reason
//! that is sound: a thread touches an object (reads it, clones or drops a reference to it,
//! borrows a cell inside it) only while it holds the GIL. So:
//!   - code that gives the GIL up (`allow_threads`) runs a `Send` closure, which cannot
//!     capture object references, and holds no `RefCell` borrow across the call (a
//!     buffer handed to a system call crosses as an address only if it is the caller's
//!     own, never an object's storage another thread could resize meanwhile);
//!   - a thread drops every object it owns (its Vm, its function and arguments, pending
//!     finalisers) before it releases the GIL for the last time;
//!   - once shutdown begins (`begin_finalizing`), threads started by `_thread` for that
//!     interpreter never run Python again: taking the GIL parks them forever (the
//!     interpreter's own threads, which finalise it, go on).
//! This module holds the crate's only `unsafe impl Send/Sync`.
//!
//! Handoff follows CPython's "new GIL": a thread waiting longer than the switch interval
//! sets `DROP_REQUEST`; the holder sees it at its next check (`RESUME`, backward jumps),
//! releases, and waits until another thread has taken the lock, so it cannot grab it back
//! at once.

use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use super::state::Interp;

struct GilState {
    locked: bool,
    /// Threads blocked in `take`: a yielding holder waits for one of them only if any.
    waiters: usize,
    /// Bumped on every take: a waiter that sees it unchanged after a full interval asks
    /// the holder to drop, and a dropping holder waits for it to change.
    switches: u64,
}

static STATE: Mutex<GilState> = Mutex::new(GilState { locked: false, waiters: 0, switches: 0 });
/// Signalled when the GIL is released.
static RELEASED: Condvar = Condvar::new();
/// Signalled when the GIL is taken (a holder forced to drop waits on it).
static TAKEN: Condvar = Condvar::new();
/// Set by a thread that has waited a full switch interval; checked by the eval loop.
static DROP_REQUEST: AtomicBool = AtomicBool::new(false);
/// The switch interval in microseconds (`sys.setswitchinterval`).
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
/// Interpreters by address, each with a generation number no later interpreter reuses
/// (a test process creates many, possibly at the same address).
static REGISTRY: Mutex<Vec<(usize, u64)>> = Mutex::new(Vec::new());
static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);
/// Generations whose shutdown began; `ANY_FINALIZED` keeps `take` from looking otherwise.
static FINALIZED: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static ANY_FINALIZED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// For a thread started by `_thread`: its interpreter's generation (0 otherwise).
    static THREAD_GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}
/// `_thread.interrupt_main()` was called: the main thread raises KeyboardInterrupt.
static INTERRUPT: AtomicBool = AtomicBool::new(false);
/// The ident (pthread_self) of the thread running `__main__`.
static MAIN_THREAD: AtomicU64 = AtomicU64::new(0);

/// The interpreter whose state is current. Set while its owner holds the GIL.
static CURRENT: AtomicPtr<Interp> = AtomicPtr::new(std::ptr::null_mut());

fn state() -> MutexGuard<'static, GilState> {
    STATE.lock().unwrap_or_else(|p| p.into_inner())
}

fn interval() -> Duration {
    Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed).max(1))
}

pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// `sys.setswitchinterval`: the caller has checked that `secs` is positive.
pub fn set_switch_interval(secs: f64) {
    INTERVAL_US.store(((secs * 1e6) as u64).max(1), Ordering::Relaxed);
}

/// Take the lock for `interp`, waiting for the holder. After a full interval without a
/// switch the waiter asks the holder to drop it.
fn take(interp: *mut Interp) {
    let mut st = state();
    if st.locked {
        st.waiters += 1;
        while st.locked {
            let seen = st.switches;
            let (g, timeout) = RELEASED.wait_timeout(st, interval()).unwrap_or_else(|p| p.into_inner());
            st = g;
            if timeout.timed_out() && st.locked && st.switches == seen {
                DROP_REQUEST.store(true, Ordering::Relaxed);
            }
        }
        st.waiters -= 1;
    }
    st.locked = true;
    st.switches = st.switches.wrapping_add(1);
    // A pending interrupt sets the breaker again whenever the main thread runs.
    let interrupt = INTERRUPT.load(Ordering::Relaxed) && MAIN_THREAD.load(Ordering::Relaxed) == crate::modules::thread::lock::ident();
    DROP_REQUEST.store(interrupt, Ordering::Relaxed);
    TAKEN.notify_all();
    drop(st);
    let _ = interp;
    if ANY_FINALIZED.load(Ordering::SeqCst) && finalized(THREAD_GENERATION.with(|g| g.get())) {
        // A daemon thread woke up during shutdown: it must never run Python again.
        release(false);
        loop {
            std::thread::park();
        }
    }
}

/// Release the lock. `yielding`: another thread asked for it, so wait until one has
/// taken it (bounded, in case that waiter is gone) rather than grab it straight back.
fn release(yielding: bool) {
    let mut st = state();
    st.locked = false;
    let seen = st.switches;
    RELEASED.notify_one();
    if yielding && st.waiters > 0 {
        let mut rounds = 0;
        while st.switches == seen && !st.locked && rounds < 4 {
            let (g, _) = TAKEN.wait_timeout(st, interval()).unwrap_or_else(|p| p.into_inner());
            st = g;
            rounds += 1;
        }
    }
}

fn finalized(generation: u64) -> bool {
    generation != 0 && FINALIZED.lock().unwrap_or_else(|p| p.into_inner()).contains(&generation)
}

fn generation_of(interp: &Interp) -> u64 {
    let key = interp as *const Interp as usize;
    let reg = REGISTRY.lock().unwrap_or_else(|p| p.into_inner());
    reg.iter().rev().find(|(k, _)| *k == key).map_or(0, |(_, g)| *g)
}

/// A new interpreter exists at this address (it replaces any earlier one there).
pub fn register(interp: &Interp) {
    let key = interp as *const Interp as usize;
    let generation = NEXT_GENERATION.fetch_add(1, Ordering::SeqCst);
    let mut reg = REGISTRY.lock().unwrap_or_else(|p| p.into_inner());
    reg.retain(|(k, _)| *k != key);
    reg.push((key, generation));
}

/// Called first thing on a thread `_thread` starts: it belongs to `interp` and stops
/// for good once that interpreter begins to shut down.
pub fn enter_python_thread(interp: &Interp) {
    let generation = generation_of(interp);
    THREAD_GENERATION.with(|g| g.set(generation));
}

pub struct GilGuard {
    _not_send: std::marker::PhantomData<*mut ()>,
}

/// Take the GIL and make `interp` the current interpreter until the guard drops.
pub fn acquire(interp: &Interp) -> GilGuard {
    let p = interp as *const Interp as *mut Interp;
    take(p);
    CURRENT.store(p, Ordering::SeqCst);
    GilGuard { _not_send: std::marker::PhantomData }
}


/// Take the GIL without switching interpreters: for creating and freeing an interpreter's
/// objects (the collector's registry is process-wide, so even that needs the lock).
pub fn acquire_bare() -> GilGuard {
    take(std::ptr::null_mut());
    GilGuard { _not_send: std::marker::PhantomData }
}

impl Drop for GilGuard {
    fn drop(&mut self) {
        release(false);
    }
}

/// Run `f` without the GIL, so other threads run Python meanwhile (blocking waits,
/// sleeps, reads). `f` is `Send`: it cannot hold object references. The caller must
/// hold the GIL and no `RefCell` borrow of any object.
pub fn allow_threads<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let current = CURRENT.load(Ordering::SeqCst);
    release(false);
    let result = f();
    take(current);
    CURRENT.store(current, Ordering::SeqCst);
    result
}

/// True when another thread has asked for the GIL (or the main thread must raise
/// KeyboardInterrupt): the eval loop then calls `Vm::eval_breaker`.
#[inline(always)]
pub fn drop_requested() -> bool {
    DROP_REQUEST.load(Ordering::Relaxed)
}

/// Let a waiting thread run: release, let it take the GIL, take it back. Returns at once
/// when no thread waits (`time.sleep(0)` in a busy loop costs nothing).
#[cold]
pub fn yield_gil() {
    let current = CURRENT.load(Ordering::SeqCst);
    release(true);
    take(current);
    CURRENT.store(current, Ordering::SeqCst);
}

/// Shutdown of `interp` begins: from now on the threads `_thread` started for it never
/// take the GIL again (daemon threads are abandoned, as CPython abandons them).
pub fn begin_finalizing(interp: &Interp) {
    let generation = generation_of(interp);
    FINALIZED.lock().unwrap_or_else(|p| p.into_inner()).push(generation);
    ANY_FINALIZED.store(true, Ordering::SeqCst);
}

/// The calling thread runs `__main__`.
pub fn set_main_thread() {
    MAIN_THREAD.store(crate::modules::thread::lock::ident(), Ordering::Relaxed);
}

pub fn is_main_thread() -> bool {
    MAIN_THREAD.load(Ordering::Relaxed) == crate::modules::thread::lock::ident()
}

/// Ask the main thread to raise KeyboardInterrupt (SIGINT's default handler). Only
/// atomics: a signal handler may call this.
pub fn interrupt_main() {
    super::interrupt::trip(libc::SIGINT);
}

/// A signal is pending: the main thread runs its handler at its next breaker check.
/// Only atomics: the C signal handler calls this.
pub fn trip_signals() {
    INTERRUPT.store(true, Ordering::SeqCst);
    DROP_REQUEST.store(true, Ordering::SeqCst);
}

/// An interrupt (Ctrl-C) is pending, whichever thread asks: the REPL's prompt and
/// blocking reads look at it.
pub fn interrupt_requested() -> bool {
    INTERRUPT.load(Ordering::Relaxed)
}

/// The calling thread is the main thread and must raise KeyboardInterrupt. Blocking
/// waits on the main thread poll this (in slices of `POLL`) so the interrupt ends them.
pub fn interrupt_pending() -> bool {
    INTERRUPT.load(Ordering::Relaxed) && MAIN_THREAD.load(Ordering::Relaxed) == crate::modules::thread::lock::ident()
}

/// Consume a pending interrupt (true when there was one).
pub fn take_interrupt() -> bool {
    DROP_REQUEST.store(false, Ordering::SeqCst);
    INTERRUPT.swap(false, Ordering::SeqCst)
}

/// How long a blocking wait on the main thread goes without looking for an interrupt.
pub const POLL: Duration = Duration::from_millis(20);

/// Sleep until `deadline` (called without the GIL). False when an interrupt for the
/// main thread cut it short; the caller then lets `Vm::eval_breaker` raise it.
pub fn sleep_until(deadline: std::time::Instant) -> bool {
    let lock = Mutex::new(());
    let cond = Condvar::new();
    let mut guard = lock.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        if interrupt_pending() {
            return false;
        }
        let now = std::time::Instant::now();
        if now >= deadline {
            return true;
        }
        // A condition variable nobody signals: unlike thread::sleep it is a plain timed
        // wait, and the slices keep the interrupt check prompt.
        guard = cond.wait_timeout(guard, (deadline - now).min(POLL)).unwrap_or_else(|p| p.into_inner()).0;
    }
}

impl super::Vm {
    /// The slow path of the eval loop's check: hand the GIL over, or run the pending
    /// signal handlers in the main thread.
    #[cold]
    pub fn eval_breaker(&mut self) -> super::PyResult<()> {
        if interrupt_pending() {
            // Signal handlers (KeyboardInterrupt for Ctrl-C) run in the main thread.
            return self.check_signals();
        }
        // Modules CPython writes in C but we run as Python ("<frozen itertools>") stay
        // atomic, as C code is: the switch waits until the thread is back in user code
        // (the request stays set), so another thread never sees a half-advanced iterator.
        if self.frames.last().is_some_and(|f| f.code.code.filename.starts_with("<frozen ")) {
            return Ok(());
        }
        yield_gil();
        Ok(())
    }
}

/// The current interpreter's state.
#[inline]
pub fn interp() -> &'static Interp {
    let p = CURRENT.load(Ordering::Relaxed);
    assert!(!p.is_null(), "minipy: interpreter state used without the GIL");
    // SAFETY: CURRENT is only non-null while some thread of the owning `Interpreter` holds
    // the GIL, and that `Interpreter` keeps its boxed `Interp` alive and unmoved until
    // shutdown, after which no other thread runs Python. Every caller runs with the GIL
    // held, so no other thread touches the state meanwhile. The 'static lifetime is a lie
    // bounded by that: callers never keep the reference past the interpreter's life.
    unsafe { &*p }
}

/// Carries interpreter objects to a thread that runs Python (the large-stack thread, a
/// `_thread.start_new_thread` thread).
pub struct SendPtr<T>(pub *mut T);

// SAFETY: the pointee is only touched by the receiving thread, and only while it holds
// the GIL; the sending thread hands it over and does not touch it afterwards.
unsafe impl<T> Send for SendPtr<T> {}

/// Interpreter-wide mutable state kept in a `static` (lists the runtime owns, such as
/// objects waiting for their finaliser). Only reachable with the GIL held.
pub struct GilCell<T>(std::cell::RefCell<T>);

// SAFETY: every access goes through `with`, whose callers hold the GIL (the invariant at
// the top of this module), so no two threads touch the cell at the same time.
unsafe impl<T> Sync for GilCell<T> {}

impl<T> GilCell<T> {
    pub const fn new(value: T) -> GilCell<T> {
        GilCell(std::cell::RefCell::new(value))
    }

    /// Borrow the value; the caller holds the GIL.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }
}

/// Held across `fork()` (taken with the GIL held, just before it): no other thread is
/// inside the GIL's own bookkeeping when the process is copied.
pub struct ForkGuard(#[allow(dead_code)] MutexGuard<'static, GilState>);

pub fn before_fork() -> ForkGuard {
    ForkGuard(state())
}

impl ForkGuard {
    pub fn after_fork_parent(self) {}

    /// In the child only the forking thread exists: it holds the GIL, nobody waits for
    /// it, and it becomes the main thread (as in CPython).
    pub fn after_fork_child(mut self) {
        self.0.waiters = 0;
        DROP_REQUEST.store(false, Ordering::SeqCst);
        INTERRUPT.store(false, Ordering::SeqCst);
        super::interrupt::clear_all();
        MAIN_THREAD.store(crate::modules::thread::lock::ident(), Ordering::SeqCst);
        crate::modules::thread::after_fork_child();
    }
}
