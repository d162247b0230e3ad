//! `sys.settrace` / `sys.setprofile` (CPython 3.11's events and trampolines) and the
//! per-thread table of live frame objects.
//!
//! Cost when off: the eval loop tests `TraceState::active` once per instruction and the
//! unwinder and native calls test it once each; everything else is out of line here.
//! Events follow CPython 3.11's DO_TRACING: `call` at RESUME (function entry and every
//! generator resumption), `line` when an instruction starts a new line or jumps backward,
//! `opcode` when the frame asks for it, `return` at RETURN_VALUE / YIELD_VALUE and when an
//! exception leaves the frame (value None), `exception` where an exception is raised or
//! passes through, and for profilers `c_call` / `c_return` / `c_exception` around calls of
//! built-in functions.

use hashbrown::HashMap;

use super::frame::Frame;
use super::{Args, PyErr, PyResult, Vm};
use crate::bytecode::opcode::Opcode;
use crate::objects::frame_object;
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::value::Value;

#[derive(Default)]
pub struct TraceState {
    /// A trace or profile function is set and none is running: the eval loop's one check.
    pub active: bool,
    tracefunc: Option<Value>,
    profilefunc: Option<Value>,
    /// Inside a trace or profile function (CPython's `tstate->tracing`): no events.
    calling: bool,
    /// Frame objects of the frames on this thread's stack, by the boxed frame's address,
    /// with the frame's stack index.
    objects: HashMap<usize, (ObjRef, usize)>,
    /// One more than the highest stack index in `objects` (0 when empty): a popped frame
    /// at a lower index may have an object; frames above it need no lookup, so a program
    /// whose module frame has an object (`namedtuple` asks for it) pays nothing per return.
    pub watch: usize,
}

impl TraceState {
    pub fn get(&self, addr: usize) -> Option<&ObjRef> {
        self.objects.get(&addr).map(|(o, _)| o)
    }

    pub fn insert(&mut self, addr: usize, obj: ObjRef, index: usize) {
        self.watch = self.watch.max(index + 1);
        let old = self.objects.insert(addr, (obj, index));
        drop(old);
    }

    fn remove(&mut self, addr: usize) -> Option<ObjRef> {
        let (obj, index) = self.objects.remove(&addr)?;
        if index + 1 >= self.watch {
            self.watch = self.objects.values().map(|(_, i)| i + 1).max().unwrap_or(0);
        }
        Some(obj)
    }

    fn refresh(&mut self) {
        self.active = !self.calling && (self.tracefunc.is_some() || self.profilefunc.is_some());
    }
}

/// Frames of modules CPython writes in C (`<frozen itertools>`) produce no events.
fn untraced(f: &Frame) -> bool {
    f.code.code.filename.starts_with("<frozen ")
}

/// The eval loop is about to run the instruction at the top frame's `pc`; `lasti` still
/// names the one it ran before in this frame. An error from a trace function is raised
/// at the new instruction.
#[cold]
#[inline(never)]
pub fn before_instr(vm: &mut Vm) -> PyResult<()> {
    let Some(f) = vm.frames.last_mut() else { return Ok(()) };
    let (prev, next) = (f.lasti as usize, f.pc as usize);
    let Some(&instr) = f.code.code.instructions.get(next) else { return Ok(()) };
    if untraced(f) {
        return Ok(());
    }
    f.lasti = next as u32;
    let r = instr_events(vm, prev, next, instr.op);
    if r.is_err() {
        if let Some(f) = vm.frames.last_mut() {
            f.pc = next as u32 + 1;
        }
    }
    r
}

fn instr_events(vm: &mut Vm, prev: usize, next: usize, op: Opcode) -> PyResult<()> {
    let index = vm.frames.len() - 1;
    if op == Opcode::RESUME {
        call_trace(vm, index, "call", Value::None)?;
        return call_profile(vm, index, "call", Value::None);
    }
    if vm.trace.tracefunc.is_some() {
        let fobj = vm.frames.get(index).and_then(|f| vm.trace.get(frame_object::frame_addr(f))).cloned();
        if let Some(fo) = fobj.as_ref().and_then(frame_object::as_frame) {
            if !fo.trace.borrow().is_none() {
                let (lines, opcodes) = (fo.trace_lines.get(), fo.trace_opcodes.get());
                let code = vm.frames[index].code.clone();
                let line = traced_line(&code.code, next);
                // The first instruction after RESUME always starts a line.
                let lastline = if prev == 0 { None } else { Some(traced_line(&code.code, prev)) };
                let backward = next < prev && code.code.instructions.get(prev).is_some_and(|i| i.op != Opcode::SEND);
                if lines && line != 0 && (lastline != Some(line) || backward) {
                    call_trace(vm, index, "line", Value::None)?;
                }
                if opcodes && frame_traced(vm, index) {
                    call_trace(vm, index, "opcode", Value::None)?;
                }
            }
        }
    }
    if matches!(op, Opcode::RETURN_VALUE | Opcode::YIELD_VALUE) {
        let v = vm.frames.get(index).and_then(|f| f.stack().last().cloned().flatten()).unwrap_or(Value::None);
        call_trace(vm, index, "return", v.clone())?;
        call_profile(vm, index, "return", v)?;
    }
    Ok(())
}

/// An instruction's line for line events. CPython 3.11 gives an exception handler's
/// PUSH_EXC_INFO no line (0 here), so the handler's first line always gets an event.
fn traced_line(code: &crate::bytecode::CodeObject, i: usize) -> u32 {
    match code.instructions.get(i) {
        Some(instr) if instr.op == Opcode::PUSH_EXC_INFO => 0,
        _ => code.line_of(i),
    }
}

/// FOR_ITER's generator returned a value other than None: CPython's generator sets
/// StopIteration(value), which FOR_ITER reports to the trace function and clears.
#[cold]
#[inline(never)]
pub fn for_iter_stop(vm: &mut Vm, value: Value) {
    let e = vm.stop_iteration(value);
    let e = exception_event_with_tb(vm, e, Value::None);
    drop(e);
}

/// The frame still has a local trace function (a line event may have removed tracing).
fn frame_traced(vm: &Vm, index: usize) -> bool {
    vm.trace.tracefunc.is_some()
        && vm
            .frames
            .get(index)
            .and_then(|f| vm.trace.get(frame_object::frame_addr(f)))
            .and_then(frame_object::as_frame)
            .is_some_and(|fo| !fo.trace.borrow().is_none())
}

/// Call `callback(frame, event, arg)` with tracing off, CPython's call_trampoline: the
/// frame's f_locals dict is refreshed before and written back after.
fn invoke(vm: &mut Vm, callback: &Value, obj: &ObjRef, index: usize, event: &str, arg: Value) -> PyResult<Value> {
    let fo = frame_object::as_frame(obj);
    if let Some(fo) = fo {
        frame_object::fast_to_locals(vm, fo, index);
    }
    vm.trace.calling = true;
    vm.trace.refresh();
    let ev = vm.interp.intern(event);
    let r = vm.call(callback, Args::new(vec![Value::Obj(obj.clone()), ev, arg]));
    vm.trace.calling = false;
    vm.trace.refresh();
    if let Some(fo) = fo {
        frame_object::locals_to_fast(vm, fo, index);
    }
    r
}

/// The trace trampoline: `call` goes to the global function, the rest to the frame's
/// f_trace; a non-None result becomes f_trace; an error turns tracing off.
fn call_trace(vm: &mut Vm, index: usize, event: &str, arg: Value) -> PyResult<()> {
    if vm.trace.tracefunc.is_none() || vm.trace.calling {
        return Ok(());
    }
    let Some(obj) = frame_object::object_at(vm, index) else { return Ok(()) };
    let Some(fo) = frame_object::as_frame(&obj) else { return Ok(()) };
    let callback = if event == "call" { vm.trace.tracefunc.clone().unwrap_or(Value::None) } else { fo.trace.borrow().clone() };
    if callback.is_none() {
        return Ok(());
    }
    match invoke(vm, &callback, &obj, index, event, arg) {
        Ok(v) => {
            if !v.is_none() {
                let old = std::mem::replace(&mut *fo.trace.borrow_mut(), v);
                drop(old);
            }
            Ok(())
        }
        Err(e) => {
            vm.trace.tracefunc = None;
            vm.trace.refresh();
            let old = std::mem::replace(&mut *fo.trace.borrow_mut(), Value::None);
            drop(old);
            Err(e)
        }
    }
}

fn call_profile(vm: &mut Vm, index: usize, event: &str, arg: Value) -> PyResult<()> {
    let Some(callback) = vm.trace.profilefunc.clone() else { return Ok(()) };
    if vm.trace.calling {
        return Ok(());
    }
    let Some(obj) = frame_object::object_at(vm, index) else { return Ok(()) };
    match invoke(vm, &callback, &obj, index, event, arg) {
        Ok(_) => Ok(()),
        Err(e) => {
            vm.trace.profilefunc = None;
            vm.trace.refresh();
            Err(e)
        }
    }
}

/// `throw()` resumes a generator at its yield with an exception: the `call` event comes
/// first (CPython's TRACE_FUNCTION_THROW_ENTRY); a trace function's error replaces `e`.
#[cold]
#[inline(never)]
pub fn throw_entry(vm: &mut Vm, e: PyErr) -> PyErr {
    let Some(index) = vm.frames.len().checked_sub(1) else { return e };
    if untraced(&vm.frames[index]) {
        return e;
    }
    if let Err(new) = call_trace(vm, index, "call", Value::None) {
        return new;
    }
    match call_profile(vm, index, "call", Value::None) {
        Ok(()) => e,
        Err(new) => new,
    }
}

/// An exception was raised in (or passed into) the top frame: the `exception` event,
/// whose trace function may replace the exception by raising.
#[cold]
#[inline(never)]
pub fn exception_event(vm: &mut Vm, e: PyErr) -> PyErr {
    let Some(index) = vm.frames.len().checked_sub(1) else { return e };
    if vm.trace.tracefunc.is_none() || untraced(&vm.frames[index]) {
        return e;
    }
    let tb = match e.data() {
        Some(d) => d.traceback.borrow().clone(),
        None => Value::None,
    };
    exception_event_with_tb(vm, e, tb)
}

fn exception_event_with_tb(vm: &mut Vm, e: PyErr, tb: Value) -> PyErr {
    let Some(index) = vm.frames.len().checked_sub(1) else { return e };
    if vm.trace.tracefunc.is_none() || untraced(&vm.frames[index]) {
        return e;
    }
    let v = e.value();
    let ty = Value::Obj(vm.interp.type_of(&v).clone());
    let arg = vm.new_tuple(vec![ty, v, tb]);
    match call_trace(vm, index, "exception", arg) {
        Ok(()) => e,
        Err(new) => new,
    }
}

/// An exception leaves the top frame, which has no handler for it: `return` with None.
#[cold]
#[inline(never)]
pub fn unwind_return(vm: &mut Vm, e: PyErr) -> PyErr {
    let Some(index) = vm.frames.len().checked_sub(1) else { return e };
    if untraced(&vm.frames[index]) {
        return e;
    }
    if let Err(new) = call_trace(vm, index, "return", Value::None) {
        return new;
    }
    match call_profile(vm, index, "return", Value::None) {
        Ok(()) => e,
        Err(new) => new,
    }
}

/// A call of `callable` from the eval loop while tracing: profilers see `c_call`,
/// `c_return` / `c_exception` around built-in functions.
#[cold]
#[inline(never)]
pub fn call_native(vm: &mut Vm, callable: &Value, args: Args) -> PyResult<Value> {
    let event_arg = match callable.payload() {
        Some(Payload::Builtin(b)) if vm.trace.profilefunc.is_some() && !vm.trace.calling => {
            if b.is_method && b.self_.is_none() {
                match args.args.first() {
                    Some(s) => {
                        let ty = vm.interp.type_of(s).clone();
                        vm.bind_descriptor(callable, s, &ty).ok()
                    }
                    None => None,
                }
            } else {
                Some(callable.clone())
            }
        }
        _ => None,
    };
    let Some(arg) = event_arg else { return vm.call(callable, args) };
    let Some(index) = vm.frames.len().checked_sub(1) else { return vm.call(callable, args) };
    if untraced(&vm.frames[index]) {
        return vm.call(callable, args);
    }
    call_profile(vm, index, "c_call", arg.clone())?;
    let r = vm.call(callable, args);
    if vm.trace.profilefunc.is_none() {
        return r;
    }
    let index = vm.frames.len().saturating_sub(1);
    match r {
        Ok(v) => {
            call_profile(vm, index, "c_return", arg)?;
            Ok(v)
        }
        Err(e) => match call_profile(vm, index, "c_exception", arg) {
            Ok(()) => Err(e),
            Err(new) => Err(new),
        },
    }
}

/// A frame left the stack: its frame object (if it has one) takes its last state; a
/// generator keeps the object for its next resumption.
#[cold]
#[inline(never)]
pub fn frame_popped(vm: &mut Vm, f: &Frame) {
    let Some(obj) = vm.trace.remove(frame_object::frame_addr(f)) else { return };
    frame_object::detach(vm, &obj, f);
    if let Some(gn) = f.generator() {
        crate::objects::generator::set_frame_object(gn, Value::Obj(obj));
    }
}

/// A generator's frame was pushed again: its frame object follows it once more.
pub fn frame_resumed(vm: &mut Vm, gn: &ObjRef) {
    let Some(obj) = crate::objects::generator::frame_object(gn) else { return };
    let Some(f) = vm.frames.last() else { return };
    let addr = frame_object::frame_addr(f);
    if let Some(fo) = frame_object::as_frame(&obj) {
        fo.live.set(addr);
        let index = vm.frames.len() - 1;
        vm.trace.insert(addr, obj.clone(), index);
    }
}

fn callable_or_none(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<Value>> {
    args.check(vm, name, 1, 1)?;
    Ok(match args.at(0) {
        Value::None => None,
        v => Some(v),
    })
}

/// `sys.settrace(function)`.
pub fn sys_settrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = callable_or_none(vm, &args, "settrace")?;
    let old = std::mem::replace(&mut vm.trace.tracefunc, f);
    vm.trace.refresh();
    drop(old);
    Ok(Value::None)
}

/// `sys.gettrace()`.
pub fn sys_gettrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "gettrace", 0, 0)?;
    Ok(vm.trace.tracefunc.clone().unwrap_or(Value::None))
}

/// `sys.setprofile(function)`.
pub fn sys_setprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = callable_or_none(vm, &args, "setprofile")?;
    let old = std::mem::replace(&mut vm.trace.profilefunc, f);
    vm.trace.refresh();
    drop(old);
    Ok(Value::None)
}

/// `sys.getprofile()`.
pub fn sys_getprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getprofile", 0, 0)?;
    Ok(vm.trace.profilefunc.clone().unwrap_or(Value::None))
}
