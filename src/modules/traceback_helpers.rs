//! `_minipy_traceback`: what the Python-written `traceback` module needs from the
//! interpreter, so it prints exactly what the interpreter prints: source lines, the
//! `~~~^^^` marker line, and an exception's last line.

use crate::ast::Loc;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn int_arg(v: &Value) -> Option<u32> {
    match v {
        Value::Int(i) if *i >= 0 => u32::try_from(*i).ok(),
        _ => None,
    }
}

/// getline(filename, lineno) -> the line with its newline, or '' (as linecache.getline).
fn getline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getline", 2, 2)?;
    let Some(filename) = crate::objects::str::as_str(&args.at(0)).map(str::to_string) else { return Ok(vm.new_str("")) };
    let line = int_arg(&args.at(1)).and_then(|n| crate::vm::traceback::raw_source_line(vm, &filename, n));
    Ok(vm.new_str(&line.map(|l| l + "\n").unwrap_or_default()))
}

/// caret_line(line, lineno, end_lineno, colno, end_colno) -> the marker line or None.
fn caret_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "caret_line", 5, 5)?;
    let Some(line) = crate::objects::str::as_str(&args.at(0)).map(|s| s.trim_end_matches(['\n', '\r']).to_string()) else {
        return Ok(Value::None);
    };
    let nums: Vec<Option<u32>> = (1..5).map(|i| int_arg(&args.at(i))).collect();
    let (Some(l), Some(el), Some(c), Some(ec)) = (nums[0], nums[1], nums[2], nums[3]) else { return Ok(Value::None) };
    Ok(match crate::vm::carets::caret_line(&line, Loc::new(l, c, el, ec)) {
        Some(text) => vm.new_str(&text),
        None => Value::None,
    })
}

/// exception_only(exc) -> 'Type: message\n' (a SyntaxError's whole block).
fn exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "exception_only", 1, 1)?;
    let text = crate::vm::traceback::exception_line(vm, &args.at(0), false);
    Ok(vm.new_str(&text))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "_minipy_traceback");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let fns: [(&'static str, NativeFn); 3] = [("getline", getline), ("caret_line", caret_line), ("exception_only", exception_only)];
    for (name, func) in fns {
        let f = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, f)?;
    }
    Ok(m)
}
