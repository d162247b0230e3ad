//! Ctrl-C: a SIGINT handler that only sets a flag, and the cheap check the eval loop makes
//! at backward jumps and calls, where it raises KeyboardInterrupt (CPython's "eval breaker").

use std::sync::atomic::{AtomicBool, Ordering};

/// Set when a KeyboardInterrupt reached the top of `__main__`: the process must then die
/// by SIGINT after cleaning up, as CPython's does.
static UNHANDLED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only atomic stores: anything more is not async-signal-safe. The interrupt is the
    // one `_thread.interrupt_main()` raises, so the GIL's eval breaker delivers it to
    // the main thread.
    super::gil::interrupt_main();
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
    super::gil::interrupt_pending()
}

/// Consume a pending interrupt.
pub fn take() -> bool {
    super::gil::take_interrupt()
}

/// Pretend Ctrl-C was pressed (tests, and native code that saw EINTR).
pub fn raise_pending() {
    super::gil::interrupt_main();
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

/// Read a line from stdin (appending to `line`, newline included) as `read_line` does,
/// except that Ctrl-C ends the wait: the error is `Interrupted` when an interrupt is
/// pending (std's own read_line retries EINTR forever).
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
