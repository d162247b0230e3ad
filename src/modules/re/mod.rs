//! `_re`: the native regular-expression engine (`parse` -> `compile` -> `matcher`, sets
//! in `class`) under the Python-written `re` (`stdlib/re.py`: Pattern, Match, sub
//! templates, the module functions). The engine is reached through three primitives:
//! `_compile`, `_exec` (one match) and `_scan` (all successive matches in one call, so
//! findall/sub/split convert the subject once).
//!
//! Compiled programs live in a process-wide table and are named by their index; the
//! same (pattern, flags) shares one entry. Entries are counted: every `_compile` result
//! is owned by one Pattern object, whose `__del__` calls `_free`, so a program lives
//! exactly as long as some Pattern uses it.

mod class;
mod compile;
mod matcher;
mod parse;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::strdata::PyStr;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

use compile::Program;
use matcher::{Mode, UNSET};

const PRIMITIVES: &[(&str, NativeFn)] =
    &[("_compile", re_compile), ("_exec", re_exec), ("_scan", re_scan), ("_free", re_free)];

/// The `_re` module: the engine's three primitives, imported by `stdlib/re.py`.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::objects::module::new_module(vm, "_re");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (name, f) in PRIMITIVES {
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func: *f, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &ns, name, func)?;
    }
    Ok(module)
}

type Key = (Vec<u32>, bool, u32);

struct Entry {
    prog: Arc<Program>,
    key: Key,
    /// Pattern objects holding this entry.
    refs: usize,
}

struct Table {
    entries: Vec<Option<Entry>>,
    index: HashMap<Key, usize>,
    free: Vec<usize>,
}

impl Table {
    /// A new reference to the entry for `key`, if compiled already.
    fn find(&mut self, key: &Key) -> Option<(usize, Arc<Program>)> {
        let id = *self.index.get(key)?;
        let e = self.entries.get_mut(id)?.as_mut()?;
        e.refs += 1;
        Some((id, e.prog.clone()))
    }

    fn insert(&mut self, key: Key, prog: Arc<Program>) -> usize {
        let entry = Entry { prog, key: key.clone(), refs: 1 };
        let id = match self.free.pop() {
            Some(id) => {
                self.entries[id] = Some(entry);
                id
            }
            None => {
                self.entries.push(Some(entry));
                self.entries.len() - 1
            }
        };
        self.index.insert(key, id);
        id
    }

    fn release(&mut self, id: usize) {
        let Some(slot) = self.entries.get_mut(id) else { return };
        let Some(e) = slot.as_mut() else { return };
        e.refs -= 1;
        if e.refs == 0 {
            if let Some(e) = slot.take() {
                self.index.remove(&e.key);
            }
            self.free.push(id);
        }
    }
}

fn table() -> &'static Mutex<Table> {
    static T: OnceLock<Mutex<Table>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(Table { entries: Vec::new(), index: HashMap::new(), free: Vec::new() }))
}

fn program(id: usize) -> Option<Arc<Program>> {
    table().lock().ok()?.entries.get(id)?.as_ref().map(|e| e.prog.clone())
}

/// The text of a pattern or subject, borrowed from the Python object where possible so
/// repeated matches on one large string (a tokenizer loop) never copy it.
enum Text<'a> {
    Narrow(&'a [u8]),
    /// Non-ASCII str: read through the string's own (cached) char index.
    Wide(&'a PyStr),
    Owned(Vec<u8>),
}

fn text_of(v: &Value) -> Option<(Text<'_>, bool)> {
    match v.payload()? {
        Payload::Str(s) => {
            if s.is_ascii() {
                Some((Text::Narrow(s.raw_bytes()), false))
            } else {
                Some((Text::Wide(s), false))
            }
        }
        Payload::Bytes(b) => Some((Text::Narrow(b), true)),
        Payload::ByteArray(b) => Some((Text::Owned(b.borrow().clone()), true)),
        _ => None,
    }
}

fn int_arg(args: &Args, i: usize) -> i64 {
    match args.at(i) {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => 0,
    }
}

/// `_compile(pattern, flags)` -> `(id, groups, [(name, index)], flags)`, or
/// `(None, message, position or None)` for a syntax error.
fn re_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let flags = int_arg(&args, 1) as u32;
    let pat = args.at(0);
    let Some((text, bytes)) = text_of(&pat) else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let cps: Vec<u32> = match text {
        Text::Narrow(b) => b.iter().map(|&c| c as u32).collect(),
        Text::Owned(b) => b.iter().map(|&c| c as u32).collect(),
        Text::Wide(w) => w.code_points(),
    };
    let key = (cps, bytes, flags);
    let found = table().lock().ok().and_then(|mut t| t.find(&key));
    if let Some((id, p)) = found {
        return Ok(describe(vm, id, &p));
    }
    let parsed = match parse::parse(&key.0, flags, bytes) {
        Ok(p) => p,
        Err(e) => return Ok(error_tuple(vm, e)),
    };
    let prog = match compile::compile(&parsed.node, parsed.groups) {
        Ok(p) => p,
        Err(e) => return Ok(error_tuple(vm, e)),
    };
    let prog = Arc::new(Program { names: parsed.names.clone(), flags: parsed.flags, bytes, ..prog });
    let id = match table().lock() {
        Ok(mut t) => t.insert(key, prog.clone()),
        Err(_) => return Err(vm.runtime_error("re: program table poisoned")),
    };
    Ok(describe(vm, id, &prog))
}

fn describe(vm: &mut Vm, id: usize, p: &Program) -> Value {
    let names: Vec<Value> = p
        .names
        .iter()
        .map(|(n, g)| {
            let n = vm.new_str(n);
            vm.new_tuple(vec![n, Value::Int(*g as i64)])
        })
        .collect();
    let names = vm.new_list(names);
    vm.new_tuple(vec![Value::Int(id as i64), Value::Int(p.groups as i64), names, Value::Int(p.flags as i64)])
}

fn error_tuple(vm: &mut Vm, e: parse::ReError) -> Value {
    let msg = vm.new_str(&e.msg);
    let pos = e.pos.map(|p| Value::Int(p as i64)).unwrap_or(Value::None);
    vm.new_tuple(vec![Value::None, msg, pos])
}

/// The subject of a match call, checked against the pattern's kind.
fn subject<'a>(vm: &mut Vm, prog: &Program, v: &'a Value) -> PyResult<Text<'a>> {
    match text_of(v) {
        Some((t, b)) if b == prog.bytes => Ok(t),
        Some((_, true)) => Err(vm.type_error("cannot use a string pattern on a bytes-like object")),
        Some((_, false)) => Err(vm.type_error("cannot use a bytes pattern on a string-like object")),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{name}'")))
        }
    }
}

fn bounds(args: &Args, len: usize) -> (usize, usize) {
    let clamp = |n: i64| if n < 0 { 0 } else { (n as usize).min(len) };
    let pos = clamp(int_arg(args, 2));
    let end = match args.at(3) {
        Value::None => len,
        _ => clamp(int_arg(args, 3)),
    };
    (pos, end)
}

fn regs_value(vm: &mut Vm, slots: &[usize]) -> Value {
    let n = slots.len() - 1;
    let mut out = Vec::with_capacity(slots.len());
    out.push(Value::Int(slots[n] as i64));
    for &s in &slots[..n] {
        out.push(Value::Int(if s == UNSET { -1 } else { s as i64 }));
    }
    vm.new_tuple(out)
}

fn run(prog: &Program, t: &Text, pos: usize, end: usize, mode: Mode, forbid: Option<usize>) -> Option<Vec<usize>> {
    match t {
        Text::Narrow(b) => matcher::exec(prog, *b, pos, end, mode, forbid),
        Text::Owned(b) => matcher::exec(prog, b.as_slice(), pos, end, mode, forbid),
        Text::Wide(w) => matcher::exec(prog, &matcher::WideStr(w), pos, end, mode, forbid),
    }
}

fn text_len(t: &Text) -> usize {
    match t {
        Text::Narrow(b) => b.len(),
        Text::Owned(b) => b.len(),
        Text::Wide(w) => w.len(),
    }
}

/// `_exec(id, string, pos, endpos, mode)`: mode 0 match, 1 fullmatch, 2 search. Returns
/// None or `(lastindex, start0, end0, start1, end1, ...)` with -1 for unset groups.
fn re_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(prog) = program(int_arg(&args, 0) as usize) else { return Err(vm.runtime_error("re: unknown program")) };
    let subj = args.at(1);
    let t = subject(vm, &prog, &subj)?;
    let (pos, end) = bounds(&args, text_len(&t));
    let mode = match int_arg(&args, 4) {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    match run(&prog, &t, pos, end, mode, None) {
        Some(slots) => Ok(regs_value(vm, &slots)),
        None => Ok(Value::None),
    }
}

/// `_scan(id, string, pos, endpos, limit)`: the successive non-overlapping matches of a
/// search (an empty match may not end where the previous match ended), at most `limit`
/// of them when limit > 0.
fn re_scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(prog) = program(int_arg(&args, 0) as usize) else { return Err(vm.runtime_error("re: unknown program")) };
    let subj = args.at(1);
    let t = subject(vm, &prog, &subj)?;
    let (mut pos, end) = bounds(&args, text_len(&t));
    let limit = int_arg(&args, 4);
    let mut out = Vec::new();
    let mut forbid = None;
    while pos <= end {
        if limit > 0 && out.len() as i64 >= limit {
            break;
        }
        let Some(slots) = run(&prog, &t, pos, end, Mode::Search, forbid) else { break };
        let (s, e) = (slots[0], slots[1]);
        out.push(regs_value(vm, &slots));
        forbid = if s == e { Some(e) } else { None };
        pos = e;
        if s == e && e == end {
            break;
        }
    }
    Ok(vm.new_list(out))
}

/// `_free(id)`: a Pattern object using program `id` is gone.
fn re_free(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = int_arg(&args, 0);
    if id >= 0 {
        if let Ok(mut t) = table().lock() {
            t.release(id as usize);
        }
    }
    Ok(Value::None)
}
