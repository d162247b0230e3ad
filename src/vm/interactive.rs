//! What the REPL asks of the interpreter: run one statement in the persistent `__main__`,
//! read the prompts, and complete names and attributes for the line editor.

use std::sync::atomic::{AtomicBool, Ordering};

use super::{Interpreter, Vm, gil};
use crate::objects::dict;
use crate::objects::value::Value;

/// Set when the statement just run ended by SystemExit: the REPL must leave.
static SYSTEM_EXIT: AtomicBool = AtomicBool::new(false);

pub(crate) fn note_system_exit() {
    SYSTEM_EXIT.store(true, Ordering::Relaxed);
}

/// How one interactive statement ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// An exception (or SyntaxError) was printed; the REPL goes on.
    Failed,
    /// SystemExit with this status: the REPL ends.
    Exit(i32),
}

/// Python keywords, for completion (rlcompleter's list and suffixes).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The main thread's stack is smaller than the interpreter thread's: say so to the
/// native-stack guard when running completion code here.
const MAIN_THREAD_STACK: usize = 8 << 20;

impl Interpreter {
    /// One interactive statement (`Mode::Single`), read from `<stdin>`.
    pub fn run_statement(&mut self, source: &str) -> Outcome {
        SYSTEM_EXIT.store(false, Ordering::Relaxed);
        super::interrupt::take();
        let status = match crate::compiler::compile_source(source, crate::ast::Mode::Single, "<stdin>") {
            Ok(code) => self.run_main_as(code, "<stdin>", true),
            Err(e) => {
                let _gil = gil::acquire(&self.state);
                crate::modules::sys::flush_stdout();
                crate::modules::sys::write_stderr(&e.render());
                return Outcome::Failed;
            }
        };
        // A KeyboardInterrupt at the prompt's statement does not end the REPL.
        super::interrupt::set_unhandled(false);
        if SYSTEM_EXIT.swap(false, Ordering::Relaxed) {
            Outcome::Exit(status)
        } else if status == 0 {
            Outcome::Done
        } else {
            Outcome::Failed
        }
    }

    /// Make the interpreter interactive: sys.ps1/sys.ps2 exist from now on.
    pub fn begin_interactive(&mut self) {
        let _gil = gil::acquire(&self.state);
        let mut vm = Vm::new(MAIN_THREAD_STACK);
        let _ = crate::modules::sys_cli::set_prompts(&mut vm);
    }

    /// `str(sys.ps1)` (`primary`) or `str(sys.ps2)`, as CPython reads them before each line.
    pub fn prompt(&mut self, primary: bool) -> String {
        let _gil = gil::acquire(&self.state);
        let mut vm = Vm::new(MAIN_THREAD_STACK);
        let name = if primary { "ps1" } else { "ps2" };
        let value = self.state.sys.dict.as_ref().and_then(|d| dict::get_str(d, name));
        match value {
            Some(v) => vm.str_string(&v).unwrap_or_default(),
            None => (if primary { ">>> " } else { "... " }).to_string(),
        }
    }

    /// Completions of `text` (a name or a dotted `expr.attr` prefix), as rlcompleter gives
    /// them: callables end in `(`, keywords in a space.
    pub fn complete(&mut self, text: &str) -> Vec<String> {
        let _gil = gil::acquire(&self.state);
        let mut vm = Vm::new(MAIN_THREAD_STACK);
        let mut out = match text.rsplit_once('.') {
            Some((expr, attr)) => complete_attribute(&mut vm, expr, attr),
            None => complete_name(&mut vm, text),
        };
        out.sort();
        out.dedup();
        out
    }
}

fn main_globals(vm: &Vm) -> Option<crate::objects::heap::ObjRef> {
    dict::get_str(&vm.interp.modules, "__main__").and_then(|m| m.as_obj().and_then(|m| m.dict.clone()))
}

fn string_keys(d: &crate::objects::heap::ObjRef) -> Vec<String> {
    let mut out = Vec::new();
    if let crate::objects::payload::Payload::Dict(t) = &d.payload {
        for (k, _) in t.borrow().iter() {
            if let Some(s) = crate::objects::str::as_str(k) {
                out.push(s.to_string());
            }
        }
    }
    out
}

fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    let callable = vm.interp.builtins.dict.as_ref().and_then(|d| dict::get_str(d, "callable"));
    match callable {
        Some(c) => matches!(vm.call1(&c, v.clone()), Ok(Value::Bool(true))),
        None => false,
    }
}

fn complete_name(vm: &mut Vm, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in KEYWORDS.iter().filter(|w| w.starts_with(text)) {
        let suffix = match *word {
            "finally" | "try" => ":",
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => "",
            _ => " ",
        };
        out.push(format!("{word}{suffix}"));
    }
    let spaces = [main_globals(vm), vm.interp.builtins.dict.clone()];
    for space in spaces.into_iter().flatten() {
        for name in string_keys(&space) {
            if name.starts_with(text) && !KEYWORDS.contains(&name.as_str()) {
                let value = dict::get_str(&space, &name).unwrap_or(Value::None);
                let suffix = if is_callable(vm, &value) { "(" } else { "" };
                out.push(format!("{name}{suffix}"));
            }
        }
    }
    out
}

/// `expr.attr`: only dotted names are evaluated (no calls, no subscripts), so completing
/// never runs arbitrary code beyond attribute lookups.
fn complete_attribute(vm: &mut Vm, expr: &str, attr: &str) -> Vec<String> {
    let mut parts = expr.split('.');
    let Some(first) = parts.next() else { return Vec::new() };
    let valid = |s: &str| !s.is_empty() && s.chars().all(|c| c == '_' || c.is_alphanumeric());
    if !valid(first) || !expr.split('.').all(valid) {
        return Vec::new();
    }
    let found = main_globals(vm)
        .and_then(|g| dict::get_str(&g, first))
        .or_else(|| vm.interp.builtins.dict.as_ref().and_then(|b| dict::get_str(b, first)));
    let Some(mut obj) = found else { return Vec::new() };
    for part in parts {
        match vm.getattr_str(&obj, part) {
            Ok(v) => obj = v,
            Err(_) => return Vec::new(),
        }
    }
    let Some(dir) = vm.interp.builtins.dict.as_ref().and_then(|b| dict::get_str(b, "dir")) else { return Vec::new() };
    let Ok(names) = vm.call1(&dir, obj.clone()) else { return Vec::new() };
    let Ok(names) = vm.collect_iterable(&names) else { return Vec::new() };
    let mut out = Vec::new();
    for name in names {
        let Some(name) = crate::objects::str::as_str(&name).map(str::to_string) else { continue };
        // rlcompleter hides _private names until the prefix asks for them.
        let hidden = (attr.is_empty() && name.starts_with('_')) || (attr == "_" && name.starts_with("__"));
        if hidden || !name.starts_with(attr) {
            continue;
        }
        let suffix = match vm.getattr_str(&obj, &name) {
            Ok(v) if is_callable(vm, &v) => "(",
            _ => "",
        };
        out.push(format!("{expr}.{name}{suffix}"));
    }
    out
}
