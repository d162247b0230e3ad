//! Tracebacks: entries added while an exception unwinds, and CPython's printed form.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyErr, Vm};
use crate::ast::Loc;
use crate::objects::heap::ObjRef;
use crate::objects::payload::CodeRt;
use crate::objects::payload::Payload;
use crate::objects::value::Value;

/// Prepend a traceback entry for a frame the exception is passing through, at the
/// instruction `lasti` of `code`.
pub fn add_entry(vm: &mut Vm, e: &PyErr, code: Rc<CodeRt>, globals: ObjRef, lasti: u32) {
    // `<frozen time>`, `<frozen itertools>`...: Python bodies of modules CPython writes in
    // C, whose functions never appear in its tracebacks.
    if code.code.filename.starts_with("<frozen ") {
        return;
    }
    let Some(d) = e.data() else { return };
    let next = d.traceback.borrow().clone();
    let lineno = code.code.line_of(lasti as usize);
    let tb = ObjRef::new(
        vm.interp.types.traceback.clone(),
        Payload::Traceback { code, globals, lasti, lineno, next: RefCell::new(next) },
    );
    *d.traceback.borrow_mut() = Value::Obj(tb);
}

/// Line `lineno` of `filename` as it is in the file (without its newline), if readable.
pub(crate) fn raw_source_line(vm: &Vm, filename: &str, lineno: u32) -> Option<String> {
    let mut cache = vm.interp.source_cache.borrow_mut();
    let lines = cache
        .entry(filename.to_string())
        .or_insert_with(|| std::fs::read(filename).ok().map(|b| String::from_utf8_lossy(&b).lines().map(String::from).collect()));
    lines.as_ref()?.get(lineno.checked_sub(1)? as usize).cloned()
}

pub(crate) fn source_line(vm: &Vm, filename: &str, lineno: u32) -> Option<String> {
    let line = raw_source_line(vm, filename, lineno)?;
    let t = line.trim();
    if t.is_empty() { None } else { Some(t.to_string()) }
}

/// One entry of a printed traceback: where it is, and the instruction's source span.
pub struct Entry {
    pub filename: Rc<str>,
    pub lineno: u32,
    pub name: Rc<str>,
    pub pos: Loc,
}

/// The entries of a traceback chain, outermost first.
pub fn entries(tb: &Value) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut cur = tb.clone();
    while let Some(Payload::Traceback { code, lasti, lineno, next, .. }) = cur.payload() {
        let pos = code.code.positions.get(*lasti as usize).copied().unwrap_or_default();
        entries.push(Entry { filename: code.code.filename.clone(), lineno: *lineno, name: code.code.name.clone(), pos });
        let n = next.borrow().clone();
        cur = n;
        if entries.len() > 1_000_000 {
            break;
        }
    }
    entries
}

/// The `  File ...` line, the source line and its markers, as CPython prints one entry.
pub fn format_entry(vm: &Vm, e: &Entry, out: &mut String) {
    out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, e.lineno, e.name));
    let Some(line) = raw_source_line(vm, &e.filename, e.lineno) else { return };
    let shown = super::carets::display_line(&line);
    if shown.trim().is_empty() {
        return;
    }
    out.push_str(&format!("    {}\n", shown));
    if e.pos.line == e.lineno {
        if let Some(carets) = super::carets::caret_line(&line, e.pos) {
            out.push_str(&carets);
        }
    }
}

/// Entries as CPython lists them, runs of more than three identical entries shortened.
pub fn format_entries(vm: &Vm, entries: &[Entry], out: &mut String) {
    let mut last: Option<(&Rc<str>, u32, &Rc<str>)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for e in entries {
        let same = last.is_some_and(|(f, l, n)| *f == e.filename && l == e.lineno && *n == e.name);
        if same {
            repeat += 1;
        } else {
            flush_repeat(out, repeat);
            repeat = 1;
        }
        last = Some((&e.filename, e.lineno, &e.name));
        if repeat > 3 {
            continue;
        }
        format_entry(vm, e, out);
    }
    flush_repeat(out, repeat);
}

fn format_tb(vm: &Vm, tb: &Value, out: &mut String) {
    out.push_str("Traceback (most recent call last):\n");
    format_entries(vm, &entries(tb), out);
}

fn exception_only(vm: &mut Vm, exc: &Value) -> String {
    exception_line(vm, exc, true)
}

/// The last line(s) of a printed exception: `Type: message`, or a SyntaxError's location
/// block. CPython 3.11 adds "Did you mean" only when printing at the top (`suggest`); its
/// traceback module does not.
pub fn exception_line(vm: &mut Vm, exc: &Value, suggest: bool) -> String {
    if let Some(text) = super::import::load::render_syntax_error(vm, exc) {
        return text;
    }
    let ty = vm.interp.type_of(exc).clone();
    let qual = crate::objects::types::type_qualname(&ty);
    let module = match crate::objects::types::type_data(&ty)
        .and_then(|d| crate::objects::dict::table_get_str(&d.ns.borrow(), "__module__"))
    {
        Some(m) => crate::objects::str::as_str_lossy(&m).into_owned(),
        None => "builtins".into(),
    };
    let name = if module == "builtins" || module == "__main__" { qual } else { format!("{}.{}", module, qual) };
    let msg = match vm.str_string(exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".into(),
    };
    let hint = if suggest { super::suggest::suggestion(vm, exc).map(|s| format!(". Did you mean: '{s}'?")) } else { None };
    let hint = hint.unwrap_or_default();
    if msg.is_empty() && hint.is_empty() { format!("{}\n", name) } else { format!("{}: {}{}\n", name, msg, hint) }
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>, depth: usize) {
    seen.push(exc.id() as usize);
    if let Some(Payload::Exception(d)) = exc.payload() {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if depth < 100 {
            if !cause.is_none() && !seen.contains(&(cause.id() as usize)) {
                format_chain(vm, &cause, out, seen, depth + 1);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if !context.is_none() && !d.suppress_context.get() && !seen.contains(&(context.id() as usize)) {
                format_chain(vm, &context, out, seen, depth + 1);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let tb = d.traceback.borrow().clone();
        if !tb.is_none() {
            format_tb(vm, &tb, out);
        }
    }
    out.push_str(&exception_only(vm, exc));
}

pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    let mut out = String::new();
    let saved = std::mem::replace(&mut vm.exc_info, Value::None);
    format_chain(vm, &e.value(), &mut out, &mut Vec::new(), 0);
    vm.exc_info = saved;
    out
}

pub fn print_exception(vm: &mut Vm, e: &PyErr) {
    let text = format_exception(vm, e);
    crate::modules::sys::write_stderr(&text);
}

/// `__del__` and other callbacks whose errors cannot propagate.
pub fn print_unraisable(vm: &mut Vm, e: &PyErr, obj: &Value) {
    let r = vm.repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let mut text = format!("Exception ignored in: {}\n", r);
    text.push_str(&format_exception(vm, e));
    crate::modules::sys::write_stderr(&text);
}
