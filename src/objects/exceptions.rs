//! Exception instances: str/repr, args, and BaseException's methods.

use super::payload::Payload;
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn args_of(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Exception(d)) => match d.args.borrow().payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// StopIteration.value.
pub fn stop_value(e: &PyErr) -> Value {
    args_of(&e.value()).into_iter().next().unwrap_or(Value::None)
}

/// SyntaxError's fields, read from its args `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))` as CPython's SyntaxError.__init__ unpacks them.
pub fn syntax_field(v: &Value, name: &str) -> Value {
    let args = args_of(v);
    if name == "msg" {
        return args.first().cloned().unwrap_or(Value::None);
    }
    let idx = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        _ => 5,
    };
    match (args.len(), args.get(1).map(args_or_items)) {
        (2, Some(Some(items))) => items.get(idx).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn args_or_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// `msg (file.py, line 3)`, as SyntaxError.__str__ shows the location it knows.
fn syntax_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let msg = syntax_field(v, "msg");
    let msg = vm.str_string(&msg)?;
    let filename = syntax_field(v, "filename");
    let lineno = syntax_field(v, "lineno");
    let file = crate::objects::str::as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    Ok(match (file, lineno) {
        (Some(f), Value::Int(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), _) => format!("{msg} ({f})"),
        (None, Value::Int(n)) => format!("{msg} (line {n})"),
        _ => msg,
    })
}

pub fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    exc_str_plain(vm, v)
}

/// BaseException.__str__ proper.
pub fn exc_str_plain(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    if args.len() == 2 && vm.is_instance_of(v, &vm.interp.exc.syntax_error.clone()) {
        return syntax_str(vm, v);
    }
    if vm.is_instance_of(v, &vm.interp.exc.os_error.clone()) {
        if let Some(s) = super::exc_oserror::str_of(vm, v)? {
            return Ok(s);
        }
    }
    let is_key_error = vm.is_instance_of(v, &vm.interp.exc.key_error.clone());
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => vm.repr_string(&args[0]),
        1 => vm.str_string(&args[0]),
        _ => {
            let t = vm.new_tuple(args);
            vm.repr_string(&t)
        }
    }
}

pub fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let name = super::types::type_name(vm.interp.type_of(v));
    let args = args_of(v);
    if args.len() == 1 {
        return Ok(format!("{}({})", name, vm.repr_string(&args[0])?));
    }
    let t = vm.new_tuple(args);
    let r = vm.repr_string(&t)?;
    Ok(format!("{}{}", name, r))
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("BaseException.__new__: no type")) };
    let obj = super::types::new_instance(vm, cls);
    if let Payload::Exception(d) = &obj.payload {
        *d.args.borrow_mut() = vm.new_tuple(args.args[1..].to_vec());
    }
    Ok(Value::Obj(obj))
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::Exception(d)) = args.at(0).payload() {
        *d.args.borrow_mut() = vm.new_tuple(args.args[1..].to_vec());
    }
    Ok(Value::None)
}

fn exc_str_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = exc_str(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn exc_repr_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = exc_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::Exception(d)) = args.at(0).payload() {
        *d.traceback.borrow_mut() = args.at(1);
    }
    let _ = vm;
    Ok(args.at(0))
}

/// `add_note(note)` (PEP 678): appended to `__notes__`, a list created on first use.
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 || !args.kwargs.is_empty() {
        let given = args.args.len().saturating_sub(1);
        return Err(vm.type_error(format!("BaseException.add_note() takes exactly one argument ({given} given)")));
    }
    let (exc, note) = (args.at(0), args.at(1));
    if crate::objects::str::as_str(&note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let name = vm.new_str("__notes__");
    let notes = match vm.getattr_opt(&exc, &name, "__notes__")? {
        Some(notes) => notes,
        None => {
            let list = vm.new_list(Vec::new());
            vm.setattr(&exc, &name, list.clone())?;
            list
        }
    };
    match notes.payload() {
        Some(Payload::List(items)) => items.borrow_mut().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.exc.base_exception;
    add_static(t, "__new__", exc_new);
    add_method(t, "__init__", exc_init);
    add_method(t, "__str__", exc_str_m);
    add_method(t, "__repr__", exc_repr_m);
    add_method(t, "with_traceback", with_traceback);
    add_method(t, "add_note", add_note);
}
