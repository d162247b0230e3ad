//! `_callerinfo`: where Python code is running, for the Python-written stdlib (warnings'
//! stacklevel, the module name enum/typing/namedtuple record) until `sys._getframe`
//! exists. `caller(depth)` is `(filename, lineno, globals)` of the frame `depth` levels
//! above the caller of `caller` (0 = that caller itself), or None past the outermost.

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "caller", 0, 1)?;
    let depth = match args.args.first() {
        None => 0,
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        Some(_) => return Err(vm.type_error("caller() depth must be a non-negative int")),
    };
    // The top frame is the Python function that called caller() (natives push none).
    let Some(idx) = vm.frames.len().checked_sub(depth + 1) else { return Ok(Value::None) };
    let Some(f) = vm.frames.get(idx) else { return Ok(Value::None) };
    let (file, line, globals) = (f.code.code.filename.to_string(), f.line(), f.globals.clone());
    let file = vm.new_str(&file);
    Ok(vm.new_tuple(vec![file, Value::Int(line as i64), Value::Obj(globals)]))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::objects::module::new_module(vm, "_callerinfo");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    let func = Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name: "caller", func: caller, self_: None, is_method: false, is_classmethod: false }),
    ));
    crate::objects::dict::set_str(vm, &ns, "caller", func)?;
    Ok(module)
}
