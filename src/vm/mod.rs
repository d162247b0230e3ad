//! The virtual machine: interpreter state, frames and the evaluation loop.

pub mod args;
pub mod attr;
pub mod call;
pub mod errors;
pub mod eval;
pub mod frame;
pub mod gil;
pub mod import;
mod matching;
pub mod ops;
pub mod protocol;
pub mod shutdown;
pub mod state;
pub mod suggest;
pub mod traceback;
pub mod warn;
pub mod carets;
pub mod interactive;
pub mod interrupt;
pub mod published;
pub mod trace;

use std::rc::Rc;

pub use args::Args;
pub use errors::{PyErr, PyResult};

use crate::bytecode::CodeObject;
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use frame::{Frame, FrameBox};
use state::Interp;

/// Per-thread state: the frame stack, the exception being handled, native re-entry depth.
pub struct Vm {
    pub interp: &'static Interp,
    pub frames: Vec<FrameBox>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    /// Python-level call depth (frames plus native re-entries), checked against the limit.
    pub depth: usize,
    /// Generator frames resumed by SEND (`yield from` / `await` delegation), counted apart
    /// from `depth`: see `DELEGATION_LIMIT_MIN`.
    pub deleg_depth: usize,
    /// Async generator hooks and coroutine origin tracking (per thread, as in CPython).
    pub gen_hooks: crate::objects::generator::hooks::Hooks,
    /// Set by RERAISE / bare `raise`: the unwinder must not add a traceback entry.
    pub skip_tb: bool,
    /// The value of the StopIteration that `next_fast` swallowed (generator return value).
    pub stop_value: Value,
    /// Ids of containers whose repr is in progress (self-reference prints `[...]`).
    pub repr_active: Vec<usize>,
    /// Blocks of returned frames, reused by the next call of the same shape.
    pub frame_pool: frame::FramePool,
    /// sys.settrace / setprofile and the live frames' objects (`trace.rs`).
    pub trace: trace::TraceState,
    stack_base: usize,
    stack_size: usize,
}

/// A `yield from` / `await` chain resumes each level by pushing its frame on the frame
/// stack (no native recursion), so those frames do not count against the recursion limit
/// but against their own: max(recursion limit, this). Deep delegation (100,000 levels)
/// works; unbounded delegation (`def g(): yield from g()`) still ends in RecursionError,
/// after about 100 MB of frames at most with the default limit.
pub const DELEGATION_LIMIT_MIN: usize = 200_000;

/// Stack reserved for the thread that runs Python.
pub const STACK_SIZE: usize = 256 << 20;

/// What the caller of `run_main_here` may already have used of the interpreter thread's
/// stack (the CLI, the line editor), kept out of the native-stack guard's budget.
const HERE_MARGIN: usize = 4 << 20;

thread_local! {
    /// This thread is the one `on_interpreter_thread` started.
    static ON_INTERP_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `f` on a new thread with the interpreter's large stack, taking SIGINT (the calling
/// thread blocks it while it waits), and return its result: the CLI runs a whole command
/// there, so `-i` and the REPL's statements all run on one OS thread, as in CPython.
pub fn on_interpreter_thread(f: impl FnOnce() -> u8 + Send) -> u8 {
    interrupt::set_async_signals_blocked(true);
    let status = std::thread::scope(|s| {
        let run = move || {
            interrupt::set_async_signals_blocked(false);
            ON_INTERP_THREAD.with(|t| t.set(true));
            f()
        };
        match std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(s, run) {
            Ok(h) => h.join().unwrap_or_else(|_| {
                eprintln!("minipy: internal error (panic)");
                1
            }),
            Err(_) => 1,
        }
    });
    interrupt::set_async_signals_blocked(false);
    status
}

/// Run `__main__`'s code on the calling thread, which becomes Python's main thread.
fn run_main_here(state: &Interp, code: Rc<CodeObject>, filename: &str, interactive: bool, stack: usize) -> i32 {
    let _gil = gil::acquire(state);
    gil::set_main_thread();
    let mut vm = Vm::new(stack);
    let status = vm.run_main_module(code, filename, interactive);
    if crate::modules::native::posix_proc::in_forked_child() {
        shutdown::exit_forked_child(&mut vm, status);
    }
    drop(vm);
    status
}

impl Vm {
    /// Called on the thread that will run Python, holding the GIL.
    pub fn new(stack_size: usize) -> Vm {
        let marker = 0u8;
        Vm {
            interp: gil::interp(),
            frames: Vec::new(),
            exc_info: Value::None,
            depth: 0,
            deleg_depth: 0,
            gen_hooks: Default::default(),
            skip_tb: false,
            stop_value: Value::None,
            repr_active: Vec::new(),
            frame_pool: Default::default(),
            trace: Default::default(),
            stack_base: &marker as *const u8 as usize,
            stack_size,
        }
    }

    /// Bytes of native stack used since the thread started running Python.
    fn stack_used(&self) -> usize {
        let marker = 0u8;
        self.stack_base.saturating_sub(&marker as *const u8 as usize)
    }

    /// Count a native re-entry (repr, comparison) against the recursion limit, as CPython's
    /// Py_EnterRecursiveCall does; `what` completes the message.
    pub fn enter_recursive(&mut self, what: &str) -> PyResult<()> {
        // +1: the Python frame this re-entry is about to run counts too, and CPython
        // reports the native caller's message when both would hit the limit together.
        if self.depth + 1 >= self.interp.recursion_limit.get() {
            return Err(self.new_error(
                &self.interp.exc.recursion_error,
                &format!("maximum recursion depth exceeded{}", what),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    pub fn leave_recursive(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Guard for native code re-entering the interpreter (`__repr__`, `__eq__`, key
    /// functions): raises RecursionError before the native stack runs out.
    pub fn check_native_stack(&self) -> PyResult<()> {
        if self.stack_used() + (4 << 20) > self.stack_size {
            return Err(self.new_error(&self.interp.exc.recursion_error, "maximum recursion depth exceeded"));
        }
        Ok(())
    }
}

/// Owns the interpreter-wide state; the CLI and embedders run code through it.
pub struct Interpreter {
    state: Box<Interp>,
    /// Taken in `drop` and released after `state` (fields drop in order), so the
    /// interpreter's objects are freed under the GIL.
    drop_guard: Option<gil::GilGuard>,
}

impl Interpreter {
    pub fn new(argv: Vec<String>) -> Interpreter {
        let state = {
            let _gil = gil::acquire_bare();
            Interp::new(argv.clone())
        };
        let me = Interpreter { state, drop_guard: None };
        gil::register(&me.state);
        {
            let _gil = gil::acquire(&me.state);
            crate::modules::init(&me.state, argv);
        }
        me
    }

    /// Run a module's code as `__main__`. Returns the process exit status.
    pub fn run_main(&mut self, code: Rc<CodeObject>, filename: &str) -> i32 {
        self.run_main_as(code, filename, false)
    }

    /// As `run_main`; `interactive` statements keep `__main__` and sys.path as they are.
    pub(crate) fn run_main_as(&mut self, code: Rc<CodeObject>, filename: &str, interactive: bool) -> i32 {
        if ON_INTERP_THREAD.with(|t| t.get()) {
            // Already on the large-stack thread (the CLI and the REPL run there): every
            // statement sees the same thread, its ident and its thread-locals.
            return run_main_here(&self.state, code, filename, interactive, STACK_SIZE - HERE_MARGIN);
        }
        let code = gil::SendPtr(Rc::into_raw(code) as *mut CodeObject);
        let state = gil::SendPtr(&mut *self.state as *mut Interp);
        let filename = filename.to_string();
        let run = move || {
            let (code, state) = (code, state);
            // SAFETY: `code` came from Rc::into_raw above and is consumed exactly once here;
            // `state` outlives this scoped thread (the caller blocks on it).
            let code = unsafe { Rc::from_raw(code.0 as *const CodeObject) };
            let state: &Interp = unsafe { &*state.0 };
            // Signals go to this thread, so Ctrl-C interrupts its blocking reads.
            interrupt::set_async_signals_blocked(false);
            run_main_here(state, code, &filename, interactive, STACK_SIZE)
        };
        // The waiting thread must take no signal (its join is no read to interrupt).
        interrupt::set_async_signals_blocked(true);
        let status = std::thread::scope(|s| {
            let handle = std::thread::Builder::new().stack_size(STACK_SIZE).spawn_scoped(s, run);
            match handle {
                Ok(h) => h.join().unwrap_or_else(|_| {
                    eprintln!("minipy: internal error (panic)");
                    1
                }),
                Err(_) => 1,
            }
        });
        interrupt::set_async_signals_blocked(false);
        status
    }

    /// How `__main__` is started (`-m`): sys.path[0] and `__package__`.
    pub fn set_main_spec(&mut self, main: import::MainSpec) {
        *self.state.import.main.borrow_mut() = main;
    }

    /// Compile and run source text as `__main__`.
    pub fn run_source(&mut self, source: &str, filename: &str) -> i32 {
        match crate::compiler::compile_source(source, crate::ast::Mode::Exec, filename) {
            Ok(code) => self.run_main(code, filename),
            Err(e) => {
                let _gil = gil::acquire(&self.state);
                crate::modules::sys::flush_stdout();
                crate::modules::sys::write_stderr(&e.render());
                1
            }
        }
    }

    /// One interactive statement (`Mode::Single`: expression values are printed) in the
    /// persistent `__main__`. Returns 0, or 1 after printing an exception (the REPL goes
    /// on), or a SystemExit's status (the CLI decides whether to leave).
    pub fn run_interactive(&mut self, source: &str) -> i32 {
        match crate::compiler::compile_source(source, crate::ast::Mode::Single, "<stdin>") {
            Ok(code) => self.run_main(code, "<stdin>"),
            Err(e) => {
                let _gil = gil::acquire(&self.state);
                crate::modules::sys::flush_stdout();
                crate::modules::sys::write_stderr(&e.render());
                1
            }
        }
    }

    /// Everything written to sys.stdout so far when capturing (tests); empty otherwise.
    pub fn take_captured_stdout(&mut self) -> String {
        let _gil = gil::acquire(&self.state);
        self.state.stdout.borrow_mut().take_captured()
    }

    /// Capture sys.stdout in memory instead of writing fd 1 (for tests and embedding).
    pub fn capture_stdout(&mut self) {
        let _gil = gil::acquire(&self.state);
        self.state.stdout.borrow_mut().capture();
    }

    /// Capture stderr (tracebacks, warnings) in memory.
    pub fn capture_stderr(&mut self) {
        *self.state.stderr_capture.borrow_mut() = Some(String::new());
    }

    pub fn take_captured_stderr(&mut self) -> String {
        self.state.stderr_capture.borrow_mut().as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Objects the cycle collector tracks right now (the leak check's measure).
    pub fn tracked_objects(&mut self) -> usize {
        let _gil = gil::acquire(&self.state);
        crate::objects::gc::registry::tracked_objects()
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        // Daemon threads still running never take the GIL again once the atexit callbacks
        // have run (`finalize_main` marks it), so they do not see __main__'s globals
        // cleared under them.
        self.finalize_main();
        gil::begin_finalizing(&self.state);
        let gil = gil::acquire(&self.state);
        crate::modules::sys::flush_stdout();
        crate::modules::teardown(&self.state);
        drop(gil);
        // Fields drop after this body, in order: `state` is freed under this guard.
        self.drop_guard = Some(gil::acquire_bare());
    }
}

impl Vm {
    fn run_main_module(&mut self, code: Rc<CodeObject>, filename: &str, interactive: bool) -> i32 {
        // A second run (the REPL's next statement) continues in the same __main__.
        let existing = crate::objects::dict::get_str(&self.interp.modules, "__main__").and_then(|m| m.as_obj().cloned());
        let (main, fresh) = match existing {
            Some(m) if matches!(m.payload, crate::objects::payload::Payload::Module(_)) => (m, false),
            _ => (crate::objects::module::new_module(self, "__main__"), true),
        };
        if interactive && !fresh {
            return self.run_in_main(code, &main);
        }
        if let Some(d) = main.dict.as_ref().filter(|_| !interactive) {
            let _ = crate::objects::dict::set_str(self, d, "__file__", self.new_str(filename));
            for name in ["__cached__", "__spec__", "__package__", "__loader__"] {
                let _ = crate::objects::dict::set_str(self, d, name, Value::None);
            }
        }
        let _ = crate::objects::dict::set_item(self, &self.interp.modules.clone(), self.new_str("__main__"), Value::Obj(main.clone()));
        let _ = import::init_main(self, &main, filename);
        self.run_in_main(code, &main)
    }

    /// Run module-level code in `__main__`'s namespace; the exit status as for a script.
    fn run_in_main(&mut self, code: Rc<CodeObject>, main: &ObjRef) -> i32 {
        let result = match &main.dict {
            Some(globals) => self.run_code(code, globals.clone(), None),
            None => Ok(Value::None),
        };
        let mut status = match result {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(e),
        };
        // As CPython's Py_Finalize: non-daemon threads are joined before anything else.
        crate::modules::thread::shutdown(self);
        self.run_pending_finalizers();
        // Output the reader never took (`minipy x.py | head -1`): CPython reports the failed
        // flush at exit and ends with status 120.
        if let Err(e) = crate::modules::sys::flush_stdout_checked(self) {
            let text = self.str_string(&e.value()).unwrap_or_default();
            let name = crate::objects::types::type_qualname(self.interp.type_of(&e.value()));
            crate::modules::sys::write_stderr(&format!(
                "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{name}: {text}\n"
            ));
            if status == 0 {
                status = 120;
            }
        }
        status
    }

    /// Run a module-level code object in `globals` (and `locals`, default the globals).
    pub fn run_code(&mut self, code: Rc<CodeObject>, globals: ObjRef, locals: Option<ObjRef>) -> PyResult<Value> {
        let rt = crate::objects::function::code_rt(self, &code);
        let ns = locals.unwrap_or_else(|| globals.clone());
        self.run_frame(Frame::new(rt, globals, Some(ns), []))
    }

    /// The exit status for an exception that reached the top, printing it as CPython does.
    pub fn handle_uncaught(&mut self, e: PyErr) -> i32 {
        if self.is_instance_of(&e.value(), &self.interp.exc.system_exit.clone()) {
            interactive::note_system_exit();
            return crate::modules::sys::system_exit_status(self, &e);
        }
        let interrupted = self.is_instance_of(&e.value(), &self.interp.exc.keyboard_interrupt.clone());
        interrupt::set_unhandled(interrupted);
        // CPython prints the traceback before flushing buffered stdout at exit.
        crate::modules::sys_cli::excepthook(self, &e);
        1
    }
}
