//! Signals. The C-level handler only records which signal arrived (an atomic flag per
//! signal, async-signal-safe), writes the wakeup fd if one is set, and trips the GIL's eval
//! breaker; the Python-level handlers (`signal.signal`) then run in the main thread between
//! instructions (`Vm::check_signals`). Ctrl-C is the SIGINT case of the same mechanism: its
//! default Python handler raises KeyboardInterrupt. Blocking calls on the main thread end
//! their wait when a signal is pending, run the handlers and retry unless one raised (PEP
//! 475). This file also holds how an uncaught KeyboardInterrupt ends the process.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use crate::objects::value::Value;

/// Signal numbers are 1..NSIG (Linux: 64 signals, as CPython's `signal.NSIG`).
pub const NSIG: usize = 65;

/// Set when a KeyboardInterrupt reached the top of `__main__`: the process must then die
/// by SIGINT after cleaning up, as CPython's does.
static UNHANDLED: AtomicBool = AtomicBool::new(false);

/// One flag per signal: it arrived and its Python handler has not run yet.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// `signal.set_wakeup_fd`: the descriptor the C handler writes each signal number to.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(signal: libc::c_int) {
    // Only atomics and write(2): anything more is not async-signal-safe. errno is saved
    // because the interrupted code may be about to read it.
    // SAFETY: __errno_location returns the calling thread's errno slot, always valid.
    let saved = unsafe { *libc::__errno_location() };
    trip(signal);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let byte = signal as u8;
        // SAFETY: writing one byte from a local; a full or closed pipe only fails the write.
        unsafe { libc::write(fd, &byte as *const u8 as *const libc::c_void, 1) };
    }
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved };
}

/// Record that `signal` arrived and ask the main thread to run its handler (also
/// `_thread.interrupt_main`, which simulates a signal). Only atomic stores.
pub fn trip(signal: i32) {
    if let Some(flag) = usize::try_from(signal).ok().and_then(|i| PENDING.get(i)) {
        flag.store(true, Ordering::SeqCst);
        super::gil::trip_signals();
    }
}

/// How the process reacts to `signal` at the C level.
pub enum Disposition {
    Default,
    Ignore,
    /// Record it for the Python-level handler.
    Python,
}

/// Install a disposition with sigaction; the errno on failure (EINVAL for SIGKILL).
pub fn set_disposition(signal: i32, how: Disposition) -> Result<(), i32> {
    // SAFETY: sigaction with a zeroed struct and a handler that only touches atomics (and
    // write(2)) is the documented way to install a handler; no Rust state is shared.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = match how {
            Disposition::Default => libc::SIG_DFL,
            Disposition::Ignore => libc::SIG_IGN,
            Disposition::Python => on_signal as *const () as libc::sighandler_t,
        };
        libc::sigemptyset(&mut action.sa_mask);
        // No SA_RESTART: a blocking call is interrupted, so the handler runs promptly and
        // the call retries itself (PEP 475). SA_ONSTACK as CPython, for stack overflows.
        action.sa_flags = libc::SA_ONSTACK;
        if libc::sigaction(signal, &action, std::ptr::null_mut()) != 0 {
            return Err(*libc::__errno_location());
        }
    }
    Ok(())
}

/// The disposition `signal` has now: Some(0) SIG_DFL, Some(1) SIG_IGN, None a handler.
pub fn current_disposition(signal: i32) -> Option<i64> {
    // SAFETY: sigaction only reads the current action into `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signal, std::ptr::null(), &mut old) != 0 {
            return Some(0);
        }
        match old.sa_sigaction {
            libc::SIG_DFL => Some(0),
            libc::SIG_IGN => Some(1),
            _ => None,
        }
    }
}

/// `signal.siginterrupt(sig, flag)`: whether a handled `sig` interrupts system calls.
pub fn set_interrupting(signal: i32, interrupt: bool) -> Result<(), i32> {
    // SAFETY: read-modify-write of the signal's own action; see `set_disposition`.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signal, std::ptr::null(), &mut act) != 0 {
            return Err(*libc::__errno_location());
        }
        if interrupt {
            act.sa_flags &= !libc::SA_RESTART;
        } else {
            act.sa_flags |= libc::SA_RESTART;
        }
        if libc::sigaction(signal, &act, std::ptr::null_mut()) != 0 {
            return Err(*libc::__errno_location());
        }
    }
    Ok(())
}

/// Swap the wakeup descriptor (-1 for none), returning the old one.
pub fn swap_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd, Ordering::SeqCst)
}

/// Ctrl-C at start-up: SIGINT raises KeyboardInterrupt (the process default would kill us
/// without a traceback) unless it was inherited ignored (a background job), as CPython;
/// SIGXFSZ is ignored as CPython ignores it (SIGPIPE already is).
pub fn install_handler() {
    if current_disposition(libc::SIGINT) == Some(0) {
        let _ = set_disposition(libc::SIGINT, Disposition::Python);
    }
    let _ = set_disposition(libc::SIGXFSZ, Disposition::Ignore);
}

/// Block (or unblock) every asynchronous signal for the calling thread: the thread that
/// only waits for the interpreter thread blocks them all, so process-directed signals land
/// on a thread that runs Python (threads inherit the mask they start with). The
/// synchronous fault signals are never blocked.
pub fn set_async_signals_blocked(blocked: bool) {
    // SAFETY: a sigset built with sigfillset/sigdelset and pthread_sigmask on the calling
    // thread only; no memory is shared.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL, libc::SIGTRAP, libc::SIGSYS] {
            libc::sigdelset(&mut set, s);
        }
        let how = if blocked { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// Whether Ctrl-C was pressed (or another signal arrived) and its handler has not run.
pub fn pending() -> bool {
    super::gil::interrupt_requested()
}

/// Consume a pending Ctrl-C (the REPL discards one that hit its prompt); other pending
/// signals stay pending.
pub fn take() -> bool {
    let had = PENDING[libc::SIGINT as usize].swap(false, Ordering::SeqCst);
    super::gil::take_interrupt();
    if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
        super::gil::trip_signals();
    }
    had
}

/// Forget every pending signal (a forked child starts with none).
pub fn clear_all() {
    for p in PENDING.iter() {
        p.store(false, Ordering::SeqCst);
    }
}

/// Pretend Ctrl-C was pressed (tests, and native code that saw EINTR).
pub fn raise_pending() {
    trip(libc::SIGINT);
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

    /// Run the Python handlers of the signals that arrived, if this is the main thread
    /// (CPython's PyErr_CheckSignals). A blocking call that saw EINTR calls this and
    /// retries when it returns Ok.
    pub fn check_signals(&mut self) -> super::PyResult<()> {
        if !super::gil::interrupt_pending() {
            return Ok(());
        }
        super::gil::take_interrupt();
        self.run_signal_handlers()
    }

    /// The handlers of every pending signal, lowest number first. When one raises, the
    /// signals not yet handled stay pending for the next check.
    #[cold]
    fn run_signal_handlers(&mut self) -> super::PyResult<()> {
        for signal in 1..NSIG {
            if !PENDING[signal].swap(false, Ordering::SeqCst) {
                continue;
            }
            let handler = self.interp.signal_handlers.borrow().get(signal).cloned().flatten();
            let result = match handler {
                // Nobody asked for SIGINT from Python: Ctrl-C raises KeyboardInterrupt.
                None if signal == libc::SIGINT as usize => {
                    let ty = self.interp.exc.keyboard_interrupt.clone();
                    Err(self.new_exception_noargs(&ty))
                }
                // SIG_DFL / SIG_IGN set from Python after the signal arrived.
                None | Some(Value::Int(_)) => Ok(()),
                Some(h) => {
                    let frame = crate::objects::frame_object::sys_getframe(self, super::Args::new(Vec::new())).unwrap_or(Value::None);
                    self.call(&h, super::Args::new(vec![Value::Int(signal as i64), frame])).map(|_| ())
                }
            };
            if let Err(e) = result {
                if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
                    super::gil::trip_signals();
                }
                return Err(e);
            }
        }
        Ok(())
    }
}

/// Read a line from stdin (appending to `line`, newline included) as `read_line` does,
/// except that a signal ends the wait: the error is `Interrupted` when one is pending
/// (std's own read_line retries EINTR forever); what was read so far is in `line`.
pub fn read_stdin_line(line: &mut String) -> std::io::Result<usize> {
    use std::io::BufRead;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut bytes = Vec::new();
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                if pending() {
                    // Keep what was read: the caller runs the handlers and reads on.
                    line.push_str(&String::from_utf8_lossy(&bytes));
                    return Err(e);
                }
                continue;
            }
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(i) => {
                bytes.extend_from_slice(&available[..=i]);
                input.consume(i + 1);
                break;
            }
            None => {
                let n = available.len();
                bytes.extend_from_slice(available);
                input.consume(n);
            }
        }
    }
    line.push_str(&String::from_utf8_lossy(&bytes));
    Ok(bytes.len())
}
