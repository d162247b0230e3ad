//! Tracebacks: entries added while an exception unwinds, and CPython's printed form.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyErr, Vm};
use crate::ast::Loc;
use crate::objects::dict;
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
    let frame = crate::objects::frame_object::existing_top(vm);
    let depth = vm.frames.len().saturating_sub(1) as u32;
    let tb = ObjRef::new(
        vm.interp.types.traceback.clone(),
        Payload::Traceback { code, globals, lasti, lineno, depth, next: RefCell::new(next), frame: RefCell::new(frame) },
    );
    *d.traceback.borrow_mut() = Value::Obj(tb);
}

/// Line `lineno` of `filename` as it is in the file (without its newline), if readable.
pub(crate) fn raw_source_line(vm: &Vm, filename: &str, lineno: u32) -> Option<String> {
    let mut cache = vm.interp.source_cache.borrow_mut();
    let lines = cache
        .entry(filename.to_string())
        .or_insert_with(|| match filename.strip_prefix(super::import::stdlib::ROOT).and_then(|r| r.strip_prefix('/')) {
            // Embedded standard-library modules: their text is in the binary.
            Some(rel) => super::import::stdlib::source(rel).map(|s| s.lines().map(String::from).collect()),
            None => std::fs::read(filename).ok().map(|b| String::from_utf8_lossy(&b).lines().map(String::from).collect()),
        });
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

/// The exception's last line, then its `__notes__` (PEP 678), as the default hook prints them.
fn exception_only(vm: &mut Vm, exc: &Value) -> String {
    let mut text = exception_line(vm, exc, true);
    let Ok(notes) = vm.getattr_str(exc, "__notes__") else { return text };
    let items: Vec<Value> = match notes.payload() {
        Some(Payload::List(items)) => items.borrow().clone(),
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ if notes.is_none() => return text,
        _ => {
            let shown = vm.repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            text.push_str(&shown);
            text.push('\n');
            return text;
        }
    };
    for note in items {
        let note = vm.str_string(&note).unwrap_or_else(|_| "<note str() failed>".into());
        for line in note.split('\n') {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
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
    let module = match crate::objects::types::ns_module(&ty)
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

/// How deep and how wide exception groups are drawn (CPython's defaults).
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

/// State of one printed report: exception groups are drawn in boxes, each level of group
/// nesting indenting its members by two columns behind a `|` margin.
struct Printer {
    group_depth: usize,
    /// The last member of a group was drawn: its box still needs its closing line.
    need_close: bool,
    seen: Vec<usize>,
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// `text` with every line behind the current margin (`margin` is `|`, or `+` for the
    /// header of an outermost group).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.group_depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{} ", self.indent(), margin);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// The members of an exception group, or None for any other exception.
fn group_members(vm: &mut Vm, exc: &Value) -> Option<Vec<Value>> {
    let base = vm.interp.builtins.dict.as_ref().and_then(|d| dict::get_str(d, "BaseExceptionGroup"))?;
    let base = base.as_obj()?.clone();
    if !crate::objects::types::isinstance(vm, exc, &base) {
        return None;
    }
    let members = vm.getattr_str(exc, "exceptions").ok()?;
    vm.collect_iterable(&members).ok()
}

fn format_recursive(vm: &mut Vm, exc: &Value, out: &mut String, p: &mut Printer, depth: usize) {
    p.seen.push(exc.id() as usize);
    let mut tb = Value::None;
    if let Some(Payload::Exception(d)) = exc.payload() {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if depth < 100 {
            if !cause.is_none() && !p.seen.contains(&(cause.id() as usize)) {
                format_recursive(vm, &cause, out, p, depth + 1);
                p.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
            } else if !context.is_none() && !d.suppress_context.get() && !p.seen.contains(&(context.id() as usize)) {
                format_recursive(vm, &context, out, p, depth + 1);
                p.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
            }
        }
        tb = d.traceback.borrow().clone();
    }
    let Some(members) = group_members(vm, exc) else {
        if !tb.is_none() {
            p.emit(out, "Traceback (most recent call last):\n", '|');
            let mut text = String::new();
            format_entries(vm, &entries(&tb), &mut text);
            p.emit(out, &text, '|');
        }
        let last = exception_only(vm, exc);
        p.emit(out, &last, '|');
        return;
    };
    if p.group_depth > MAX_GROUP_DEPTH {
        p.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    let outermost = p.group_depth == 0;
    if outermost {
        p.group_depth += 1;
    }
    if !tb.is_none() {
        p.emit(out, "Exception Group Traceback (most recent call last):\n", if outermost { '+' } else { '|' });
        let mut text = String::new();
        format_entries(vm, &entries(&tb), &mut text);
        p.emit(out, &text, '|');
    }
    let last = exception_only(vm, exc);
    p.emit(out, &last, '|');
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    p.need_close = false;
    for (i, member) in members.iter().take(shown).enumerate() {
        let is_last = i + 1 == shown;
        if is_last {
            // A nested group drawn as the last member closes this box with its own.
            p.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        out.push_str(&format!("{}{}+---------------- {title} ----------------\n", p.indent(), if i == 0 { "+-" } else { "  " }));
        p.group_depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            p.emit(out, &format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }), '|');
        } else {
            format_recursive(vm, member, out, p, depth + 1);
        }
        if is_last && p.need_close {
            out.push_str(&format!("{}+------------------------------------\n", p.indent()));
            p.need_close = false;
        }
        p.group_depth -= 1;
    }
    if outermost {
        p.group_depth = 0;
    }
}

pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    let mut out = String::new();
    let saved = std::mem::replace(&mut vm.exc_info, Value::None);
    let mut printer = Printer { group_depth: 0, need_close: false, seen: Vec::new() };
    format_recursive(vm, &e.value(), &mut out, &mut printer, 0);
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
