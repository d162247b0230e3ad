//! Frame objects as Python sees them (`tb.tb_frame`, `sys._getframe()`): snapshots of
//! a frame's code, globals, locals, line and caller, taken when asked for. Live frames
//! stay plain Rust structs so calls cost nothing extra.

use std::rc::Rc;

use super::heap::ObjRef;
use super::payload::{CodeRt, Payload};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub struct FrameSnap {
    pub code: Rc<CodeRt>,
    pub globals: ObjRef,
    /// `f_locals`: the namespace of module/class frames, a dict copy for functions.
    pub locals: Value,
    pub lineno: u32,
    /// Instruction index (f_lasti is twice this, CPython's byte offset).
    pub lasti: u32,
    pub back: Value,
}

pub fn new_frame(vm: &Vm, snap: FrameSnap) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.frame.clone(), Payload::Frame(Box::new(snap))))
}

fn code_value(vm: &Vm, code: &Rc<CodeRt>) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(code.clone())))
}

/// The attributes of a frame object.
pub fn frame_attr(vm: &mut Vm, f: &FrameSnap, name: &str) -> Option<Value> {
    Some(match name {
        "f_code" => code_value(vm, &f.code),
        "f_lineno" => Value::Int(f.lineno as i64),
        "f_lasti" => Value::Int(f.lasti as i64 * 2),
        "f_globals" => Value::Obj(f.globals.clone()),
        "f_locals" => f.locals.clone(),
        "f_back" => f.back.clone(),
        "f_builtins" => match crate::objects::dict::get_str(&f.globals, "__builtins__") {
            Some(Value::Obj(b)) if !matches!(b.payload, Payload::Dict(_)) => b.dict.clone().map_or(Value::None, Value::Obj),
            Some(b) => b,
            None => vm.interp.builtins.dict.clone().map_or(Value::None, Value::Obj),
        },
        "f_trace" => Value::None,
        "f_trace_lines" => Value::Bool(true),
        "f_trace_opcodes" => Value::Bool(false),
        _ => return None,
    })
}

/// The frame a traceback entry stands for (its caller is not recorded: f_back is None).
pub fn traceback_frame(vm: &Vm, code: &Rc<CodeRt>, globals: &ObjRef, lasti: u32, lineno: u32) -> Value {
    let module_level = code.code.flags & crate::bytecode::code::flags::NEWLOCALS == 0;
    let locals = if module_level { Value::Obj(globals.clone()) } else { vm.new_dict() };
    new_frame(vm, FrameSnap { code: code.clone(), globals: globals.clone(), locals, lineno, lasti, back: Value::None })
}

/// Snapshot of the live frame `index` of the thread's stack and, through f_back, its callers.
fn snapshot(vm: &mut Vm, index: usize) -> Value {
    let mut back = Value::None;
    for i in 0..=index {
        let Some(f) = vm.frames.get(i) else { break };
        let (code, globals, lasti, lineno) = (f.code.clone(), f.globals.clone(), f.lasti, f.line());
        let locals = match f.ns() {
            Some(ns) => Value::Obj(ns.clone()),
            None => {
                let d = vm.new_dict_obj();
                let pairs: Vec<(Rc<str>, Value)> = code
                    .code
                    .varnames
                    .iter()
                    .zip(f.locals().iter())
                    .filter_map(|(n, v)| v.clone().map(|v| (n.clone(), v)))
                    .collect();
                for (n, v) in pairs {
                    let _ = crate::objects::dict::set_str(vm, &d, &n, v);
                }
                Value::Obj(d)
            }
        };
        back = new_frame(vm, FrameSnap { code, globals, locals, lineno, lasti, back });
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
    Ok(snapshot(vm, top))
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
    let v = args.at(0);
    let Some(Payload::Frame(f)) = v.payload() else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'frame' object"));
    };
    let addr = v.as_obj().map_or(0, |o| o.as_ptr().as_ptr() as usize);
    let text = format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        addr, f.code.code.filename, f.lineno, f.code.code.name
    );
    Ok(vm.new_str(&text))
}

/// `frame.clear()`: a snapshot holds no running state, so there is nothing to drop.
fn frame_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "clear", 0, 0)?;
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    super::types::add_method(&vm.interp.types.frame.clone(), "__repr__", frame_repr);
    super::types::add_method(&vm.interp.types.frame.clone(), "clear", frame_clear);
    super::types::add_method(&vm.interp.types.code.clone(), "co_positions", co_positions);
}
