//! Frame objects as Python sees them (`sys._getframe()`, `tb.tb_frame`, `gi_frame`, the
//! first argument of trace functions): one object per activation. While the frame runs,
//! the object is listed in its thread's side table (`vm::trace::TraceState::objects`,
//! keyed by the boxed frame's address) and reads the running frame; when the frame is
//! popped it keeps a snapshot of its last state (locals, line, caller). Live frames stay
//! plain Rust structs, so calls cost nothing extra.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::heap::ObjRef;
use super::payload::{CodeRt, Payload};
use super::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};

pub struct FrameObj {
    /// Address of the running `Frame` this object stands for, 0 once it was popped. It is
    /// only ever compared with the addresses of frames on a stack, never dereferenced.
    pub live: Cell<usize>,
    pub code: Rc<CodeRt>,
    pub globals: ObjRef,
    /// The namespace of a module or class frame (its f_locals), else None.
    pub ns: Option<ObjRef>,
    pub state: RefCell<FrameState>,
    /// `f_trace`: the local trace function.
    pub trace: RefCell<Value>,
    pub trace_lines: Cell<bool>,
    pub trace_opcodes: Cell<bool>,
}

/// What a frame object remembers of its frame: current while the frame runs only when
/// refreshed (`refresh`), final once it finished.
pub struct FrameState {
    /// The dict f_locals returns for a function frame, made on first use (CPython keeps
    /// one per frame too, refreshed from the fast locals on every access).
    pub locals: Option<ObjRef>,
    pub lineno: u32,
    /// Instruction index (f_lasti is twice this, CPython's byte offset).
    pub lasti: u32,
    /// The caller, fixed when the frame finishes (None for generator frames).
    pub back: Value,
}

pub fn frame_addr(f: &Frame) -> usize {
    f as *const Frame as usize
}

fn new_obj(vm: &Vm, f: &Frame) -> ObjRef {
    let lineno = if f.pc == 0 { f.code.code.firstlineno } else { f.line() };
    let fo = FrameObj {
        live: Cell::new(0),
        code: f.code.clone(),
        globals: f.globals.clone(),
        ns: f.ns().cloned(),
        state: RefCell::new(FrameState { locals: None, lineno, lasti: f.lasti as u32, back: Value::None }),
        trace: RefCell::new(Value::None),
        trace_lines: Cell::new(true),
        trace_opcodes: Cell::new(false),
    };
    ObjRef::new(vm.interp.types.frame.clone(), Payload::Frame(Box::new(fo)))
}

pub fn as_frame(v: &ObjRef) -> Option<&FrameObj> {
    match &v.payload {
        Payload::Frame(f) => Some(f),
        _ => None,
    }
}

/// The frame object of the frame at `index` on this thread's stack, made on first request.
pub fn object_at(vm: &mut Vm, index: usize) -> Option<ObjRef> {
    let f = vm.frames.get(index)?;
    let addr = frame_addr(f);
    if let Some(o) = vm.trace.get(addr) {
        return Some(o.clone());
    }
    let o = new_obj(vm, f);
    if let Some(fo) = as_frame(&o) {
        fo.live.set(addr);
    }
    vm.trace.insert(addr, o.clone(), index);
    Some(o)
}

/// The object of the frame on top of the stack, if it has one (no new object: tracebacks
/// record it so `tb_frame` is that frame's object).
pub fn existing_top(vm: &Vm) -> Option<ObjRef> {
    let index = vm.frames.len().checked_sub(1)?;
    if index >= vm.trace.watch {
        return None;
    }
    vm.trace.get(frame_addr(vm.frames.get(index)?)).cloned()
}

/// Where a live frame object's frame is on this thread's stack (None: finished, suspended
/// or running on another thread, when the snapshot answers).
fn live_index(vm: &Vm, fo: &FrameObj) -> Option<usize> {
    let addr = fo.live.get();
    if addr == 0 {
        return None;
    }
    vm.frames.iter().rposition(|f| frame_addr(f) == addr)
}

/// The fast locals (and cells) of `f` with their names, bound ones only.
fn fast_locals(f: &Frame) -> Vec<(Rc<str>, Option<Value>)> {
    let code = &f.code.code;
    let mut out: Vec<(Rc<str>, Option<Value>)> =
        code.varnames.iter().enumerate().map(|(i, n)| (n.clone(), f.locals().get(i).cloned().flatten())).collect();
    let cells: Vec<&ObjRef> = f.cells().collect();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let v = match cells.get(i).map(|c| &c.payload) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => None,
        };
        // A cell argument: its cell holds the value once the frame started.
        if let Some(slot) = out.iter_mut().find(|(n, _)| n == name) {
            if v.is_some() {
                slot.1 = v;
            }
        } else {
            out.push((name.clone(), v));
        }
    }
    out
}

/// CPython's PyFrame_FastToLocals: bring the f_locals dict up to date with `f`.
fn sync_locals(vm: &mut Vm, fo: &FrameObj, f: &Frame) {
    if f.ns().is_none() {
        sync_pairs(vm, fo, fast_locals(f));
    }
}

fn sync_pairs(vm: &mut Vm, fo: &FrameObj, pairs: Vec<(Rc<str>, Option<Value>)>) {
    let d = match fo.state.borrow().locals.clone() {
        Some(d) => d,
        None => vm.new_dict_obj(),
    };
    for (name, v) in pairs {
        match v {
            Some(v) => {
                let _ = super::dict::set_str(vm, &d, &name, v);
            }
            None => {
                if let Payload::Dict(t) = &d.payload {
                    super::dict::table_del_str(&mut t.borrow_mut(), &name);
                }
            }
        }
    }
    fo.state.borrow_mut().locals = Some(d);
}

/// Refresh the snapshot of a running frame object from the frame at `index`.
fn refresh(vm: &mut Vm, fo: &FrameObj, index: usize) {
    let Some(f) = vm.frames.get(index) else { return };
    let (lineno, lasti) = (if f.pc == 0 { f.code.code.firstlineno } else { f.line() }, f.lasti as u32);
    {
        let mut st = fo.state.borrow_mut();
        st.lineno = lineno;
        st.lasti = lasti;
    }
    if f.ns().is_none() {
        let pairs = fast_locals(f);
        sync_pairs(vm, fo, pairs);
    }
}

/// Before a trace function runs: bring an f_locals dict it may read up to date.
pub fn fast_to_locals(vm: &mut Vm, fo: &FrameObj, index: usize) {
    if fo.state.borrow().locals.is_some() {
        refresh(vm, fo, index);
    }
}

/// CPython's PyFrame_LocalsToFast after a trace function ran: assignments it made
/// through f_locals reach the running frame at `index`.
pub fn locals_to_fast(vm: &mut Vm, fo: &FrameObj, index: usize) {
    let Some(d) = fo.state.borrow().locals.clone() else { return };
    let Some(f) = vm.frames.get_mut(index) else { return };
    if f.ns().is_some() {
        return;
    }
    let code = f.code.clone();
    for (i, name) in code.code.varnames.iter().enumerate() {
        let v = super::dict::get_str(&d, name);
        if let Some(slot) = f.locals_mut().get_mut(i) {
            let same = match (&*slot, &v) {
                (Some(a), Some(b)) => a.is(b),
                (None, None) => true,
                _ => false,
            };
            if !same {
                *slot = v;
            }
        }
    }
}

/// The frame at `index` left the stack (returned, raised, yielded): its object keeps
/// what it needs and no longer follows the address.
pub fn detach(vm: &mut Vm, obj: &ObjRef, f: &Frame) {
    let Some(fo) = as_frame(obj) else { return };
    fo.live.set(0);
    {
        let mut st = fo.state.borrow_mut();
        st.lineno = if f.pc == 0 { f.code.code.firstlineno } else { f.line() };
        st.lasti = f.lasti as u32;
    }
    sync_locals(vm, fo, f);
    let is_gen = f.generator().is_some();
    if !is_gen && fo.state.borrow().back.is_none() {
        // The caller is now the top of the stack.
        if let Some(top) = vm.frames.len().checked_sub(1) {
            let back = callers_chain(vm, top);
            fo.state.borrow_mut().back = back;
        }
    }
}

/// f_back of a finished frame whose caller is frame `top`: the callers' own objects where
/// they have one, else finished copies of them (made without entering them in the table,
/// so a return elsewhere does not start paying for lookups).
fn callers_chain(vm: &mut Vm, top: usize) -> Value {
    let mut back = Value::None;
    for i in 0..=top {
        let Some(f) = vm.frames.get(i) else { break };
        if let Some(o) = vm.trace.get(frame_addr(f)) {
            back = Value::Obj(o.clone());
            continue;
        }
        let copy = copy_foreign(f);
        back = foreign_objects_onto(vm, vec![copy], back);
    }
    back
}

/// A suspended generator frame's object, or a new one (made for the suspended frame `f`).
pub fn suspended_object(vm: &mut Vm, f: &Frame, started: bool) -> ObjRef {
    let o = new_obj(vm, f);
    if let Some(fo) = as_frame(&o) {
        if !started {
            fo.state.borrow_mut().lineno = f.code.code.firstlineno;
        }
        sync_locals(vm, fo, f);
    }
    o
}

fn code_value(vm: &Vm, code: &Rc<CodeRt>) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(code.clone())))
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Frame(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'frame' object")),
    }
}

/// The attributes of a frame object.
pub fn frame_attr(vm: &mut Vm, obj: &ObjRef, name: &str) -> Option<Value> {
    let fo = as_frame(obj)?;
    let index = live_index(vm, fo);
    Some(match name {
        "f_code" => code_value(vm, &fo.code),
        "f_lineno" | "f_lasti" => {
            if let Some(i) = index {
                let f = &vm.frames[i];
                let mut st = fo.state.borrow_mut();
                st.lineno = if f.pc == 0 { f.code.code.firstlineno } else { f.line() };
                st.lasti = f.lasti as u32;
            }
            let st = fo.state.borrow();
            if name == "f_lineno" { Value::Int(st.lineno as i64) } else { Value::Int(st.lasti as i64 * 2) }
        }
        "f_globals" => Value::Obj(fo.globals.clone()),
        "f_locals" => {
            if let Some(ns) = &fo.ns {
                return Some(Value::Obj(ns.clone()));
            }
            if let Some(i) = index {
                refresh(vm, fo, i);
            }
            let d = fo.state.borrow().locals.clone();
            match d {
                Some(d) => Value::Obj(d),
                None => {
                    let d = vm.new_dict_obj();
                    fo.state.borrow_mut().locals = Some(d.clone());
                    Value::Obj(d)
                }
            }
        }
        "f_back" => match index {
            Some(0) => Value::None,
            Some(i) => object_at(vm, i - 1).map_or(Value::None, Value::Obj),
            None => fo.state.borrow().back.clone(),
        },
        "f_builtins" => match crate::objects::dict::get_str(&fo.globals, "__builtins__") {
            Some(Value::Obj(b)) if !matches!(b.payload, Payload::Dict(_)) => b.dict.clone().map_or(Value::None, Value::Obj),
            Some(b) => b,
            None => vm.interp.builtins.dict.clone().map_or(Value::None, Value::Obj),
        },
        "f_trace" => fo.trace.borrow().clone(),
        "f_trace_lines" => Value::Bool(fo.trace_lines.get()),
        "f_trace_opcodes" => Value::Bool(fo.trace_opcodes.get()),
        _ => return None,
    })
}

/// The frame a traceback entry stands for, when it had no object yet: the running frame's
/// own object when the frame is still where it was on this thread's stack (`depth`),
/// else a finished frame object.
pub fn traceback_frame(vm: &mut Vm, code: &Rc<CodeRt>, globals: &ObjRef, lasti: u32, lineno: u32, depth: usize) -> Value {
    if vm.frames.get(depth).is_some_and(|f| Rc::ptr_eq(&f.code, code) && f.globals.ptr_eq(globals)) {
        if let Some(o) = object_at(vm, depth) {
            return Value::Obj(o);
        }
    }
    let fo = FrameObj {
        live: Cell::new(0),
        code: code.clone(),
        globals: globals.clone(),
        ns: (code.code.flags & crate::bytecode::code::flags::NEWLOCALS == 0).then(|| globals.clone()),
        state: RefCell::new(FrameState { locals: None, lineno, lasti, back: Value::None }),
        trace: RefCell::new(Value::None),
        trace_lines: Cell::new(true),
        trace_opcodes: Cell::new(false),
    };
    Value::Obj(ObjRef::new(vm.interp.types.frame.clone(), Payload::Frame(Box::new(fo))))
}

/// What `sys._current_frames()` copies of another thread's frame (under the GIL, while
/// that thread is parked) to build a finished frame object from.
pub struct ForeignFrame {
    code: Rc<CodeRt>,
    globals: ObjRef,
    ns: Option<ObjRef>,
    lineno: u32,
    lasti: u32,
    locals: Vec<(Rc<str>, Option<Value>)>,
}

pub fn copy_foreign(f: &Frame) -> ForeignFrame {
    ForeignFrame {
        code: f.code.clone(),
        globals: f.globals.clone(),
        ns: f.ns().cloned(),
        lineno: if f.pc == 0 { f.code.code.firstlineno } else { f.line() },
        lasti: f.lasti as u32,
        locals: if f.ns().is_none() { fast_locals(f) } else { Vec::new() },
    }
}

/// Frame objects for copied frames (callers first); returns the last one's, whose f_back
/// chain leads through the others.
pub fn foreign_objects(vm: &mut Vm, frames: Vec<ForeignFrame>) -> Value {
    foreign_objects_onto(vm, frames, Value::None)
}

fn foreign_objects_onto(vm: &mut Vm, frames: Vec<ForeignFrame>, mut back: Value) -> Value {
    for f in frames {
        let fo = FrameObj {
            live: Cell::new(0),
            code: f.code,
            globals: f.globals,
            ns: f.ns,
            state: RefCell::new(FrameState { locals: None, lineno: f.lineno, lasti: f.lasti, back }),
            trace: RefCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
        };
        if fo.ns.is_none() {
            sync_pairs(vm, &fo, f.locals);
        }
        back = Value::Obj(ObjRef::new(vm.interp.types.frame.clone(), Payload::Frame(Box::new(fo))));
    }
    back
}

/// `sys._getframe([depth])`.
pub fn sys_getframe(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.args.is_empty() && matches!(args.args[0].payload(), Some(Payload::Module(_))) {
        args.args.remove(0);
    }
    args.check(vm, "_getframe", 0, 1)?;
    let depth = if args.is_empty() {
        0
    } else {
        match args.at(0) {
            Value::Int(n) if n >= 0 => n as usize,
            Value::Int(_) => 0,
            other => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&other)))),
        }
    };
    let Some(top) = vm.frames.len().checked_sub(1 + depth) else {
        return Err(vm.value_error("call stack is not deep enough"));
    };
    Ok(object_at(vm, top).map_or(Value::None, Value::Obj))
}

/// `code.co_positions()`: (lineno, end_lineno, col, end_col) of every instruction.
fn co_positions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Code(c)) = args.args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("co_positions() needs a code object"));
    };
    let items: Vec<Value> = c
        .code
        .positions
        .iter()
        .map(|p| {
            let n = |x: u32| if p.line == 0 { Value::None } else { Value::Int(x as i64) };
            vm.new_tuple(vec![n(p.line), n(p.end_line), n(p.col), n(p.end_col)])
        })
        .collect();
    let list = vm.new_list(items);
    let iter = vm.getattr_str(&list, "__iter__")?;
    vm.call0(&iter)
}

/// `repr(frame)`, as CPython: `<frame at 0x..., file '...', line N, code NAME>`.
fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let line = frame_attr(vm, &o, "f_lineno").unwrap_or(Value::Int(0));
    let Some(fo) = as_frame(&o) else { return Err(vm.type_error("not a frame")) };
    let text = format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.as_ptr().as_ptr() as usize,
        fo.code.code.filename,
        vm.repr_string(&line)?,
        fo.code.code.name
    );
    Ok(vm.new_str(&text))
}

/// `frame.clear()`: a running frame cannot be cleared; a finished one drops its locals
/// and its local trace function.
fn frame_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "clear", 0, 0)?;
    let o = this(vm, &args)?;
    let Some(fo) = as_frame(&o) else { return Ok(Value::None) };
    if live_index(vm, fo).is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    let old_trace = std::mem::replace(&mut *fo.trace.borrow_mut(), Value::None);
    let old = fo.state.borrow_mut().locals.take();
    drop(old_trace);
    if let Some(Payload::Dict(t)) = old.as_ref().map(|d| &d.payload) {
        let entries = std::mem::take(&mut *t.borrow_mut());
        drop(entries);
    }
    Ok(Value::None)
}

macro_rules! getter {
    ($f:ident, $n:literal) => {
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let o = this(vm, &args)?;
            Ok(frame_attr(vm, &o, $n).unwrap_or(Value::None))
        }
    };
}
getter!(g_back, "f_back");
getter!(g_builtins, "f_builtins");
getter!(g_code, "f_code");
getter!(g_globals, "f_globals");
getter!(g_lasti, "f_lasti");
getter!(g_lineno, "f_lineno");
getter!(g_locals, "f_locals");
getter!(g_trace, "f_trace");
getter!(g_trace_lines, "f_trace_lines");
getter!(g_trace_opcodes, "f_trace_opcodes");

fn s_trace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    if let Some(fo) = as_frame(&o) {
        let old = std::mem::replace(&mut *fo.trace.borrow_mut(), args.at(1));
        drop(old);
    }
    Ok(Value::None)
}

fn set_flag(vm: &mut Vm, args: Args, lines: bool) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let v = args.at(1);
    let Value::Bool(b) = v else {
        let what = if lines { "f_trace_lines" } else { "f_trace_opcodes" };
        let _ = what;
        return Err(vm.type_error("attribute value type must be bool"));
    };
    if let Some(fo) = as_frame(&o) {
        if lines {
            fo.trace_lines.set(b);
        } else {
            fo.trace_opcodes.set(b);
        }
    }
    Ok(Value::None)
}

fn s_trace_lines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_flag(vm, args, true)
}

fn s_trace_opcodes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_flag(vm, args, false)
}

fn s_lineno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.value_error("f_lineno can only be set by a trace function"))
}

pub fn register(vm: &mut Vm) {
    use super::getset::add_getset;
    let t = vm.interp.types.frame.clone();
    super::types::add_method(&t, "__repr__", frame_repr);
    super::types::add_method(&t, "clear", frame_clear);
    add_getset(&t, "f_back", g_back, None);
    add_getset(&t, "f_builtins", g_builtins, None);
    add_getset(&t, "f_code", g_code, None);
    add_getset(&t, "f_globals", g_globals, None);
    add_getset(&t, "f_lasti", g_lasti, None);
    add_getset(&t, "f_lineno", g_lineno, Some(s_lineno));
    add_getset(&t, "f_locals", g_locals, None);
    add_getset(&t, "f_trace", g_trace, Some(s_trace));
    add_getset(&t, "f_trace_lines", g_trace_lines, Some(s_trace_lines));
    add_getset(&t, "f_trace_opcodes", g_trace_opcodes, Some(s_trace_opcodes));
    super::types::add_method(&vm.interp.types.code.clone(), "co_positions", co_positions);
}
