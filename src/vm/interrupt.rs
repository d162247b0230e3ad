//! Ctrl-C: a SIGINT handler that only sets a flag, and the cheap check the eval loop makes
//! at backward jumps and calls, where it raises KeyboardInterrupt (CPython's "eval breaker").

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
/// Set when a KeyboardInterrupt reached the top of `__main__`: the process must then die
/// by SIGINT after cleaning up, as CPython's does.
static UNHANDLED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only an atomic store: anything more is not async-signal-safe.
    PENDING.store(true, Ordering::Relaxed);
}

/// Route SIGINT to the flag (the process default would kill us without a traceback).
pub fn install_handler() {
    // SAFETY: sigaction with a zeroed struct and a handler that only touches an atomic is
    // the documented way to install a signal handler; no Rust state is shared with it.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        // No SA_RESTART: a blocking read is interrupted, so input() can raise too.
        action.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Whether Ctrl-C was pressed since the last `take`. One relaxed load: cheap enough for
/// every backward jump.
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Consume a pending interrupt.
pub fn take() -> bool {
    PENDING.swap(false, Ordering::Relaxed)
}

/// Pretend Ctrl-C was pressed (tests, and native code that saw EINTR).
pub fn raise_pending() {
    PENDING.store(true, Ordering::Relaxed);
}

pub fn set_unhandled(value: bool) {
    UNHANDLED.store(value, Ordering::Relaxed);
}

pub fn unhandled() -> bool {
    UNHANDLED.load(Ordering::Relaxed)
}

/// End the process by SIGINT (status 130 in a shell), as CPython does after an uncaught
/// KeyboardInterrupt; falls back to exit status 130 if the signal does not kill us.
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default disposition and signalling ourselves has no memory
    // effects; the process ends here.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

impl super::Vm {
    /// The KeyboardInterrupt a pending Ctrl-C becomes (clearing it).
    #[cold]
    pub fn keyboard_interrupt(&mut self) -> super::PyErr {
        take();
        self.new_exception_noargs(&self.interp.exc.keyboard_interrupt.clone())
    }
}
