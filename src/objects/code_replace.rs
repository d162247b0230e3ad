//! `code.replace(**fields)` and assignment to `function.__code__` (what `types.coroutine`
//! needs to mark a generator function's code CO_ITERABLE_COROUTINE).
//!
//! The instruction stream itself (`co_code`, `co_linetable`, `co_exceptiontable`) is minipy's
//! own and cannot be replaced; every other co_ field can. A replaced code object is checked
//! as CPython checks a new one, so the frames built from it stay consistent.

use std::rc::Rc;

use super::heap::ObjRef;
use super::payload::{CodeRt, Function, Payload};
use super::value::Value;
use crate::bytecode::code::flags;
use crate::bytecode::CodeObject;
use crate::vm::{Args, PyErr, PyResult, Vm};

const INT_FIELDS: [&str; 7] =
    ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno"];
const STR_FIELDS: [&str; 3] = ["co_filename", "co_name", "co_qualname"];
const TUPLE_FIELDS: [&str; 5] = ["co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars"];
const BYTES_FIELDS: [&str; 3] = ["co_code", "co_linetable", "co_exceptiontable"];

fn int_field(vm: &mut Vm, name: &str, v: &Value) -> PyResult<u32> {
    let Some(n) = super::subscript::to_index(vm, v)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    };
    if n < 0 {
        return Err(vm.value_error(format!("{} must be a positive integer", name)));
    }
    u32::try_from(n).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))
}

fn wrong_type(vm: &Vm, name: &str, want: &str, v: &Value) -> PyErr {
    vm.type_error(format!("replace() argument '{}' must be {}, not {}", name, want, vm.type_name(v)))
}

fn tuple_items(vm: &Vm, name: &str, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(items)) if vm.interp.type_of(v).ptr_eq(&vm.interp.types.tuple) => Ok(items.to_vec()),
        _ => Err(wrong_type(vm, name, "tuple", v)),
    }
}

/// A tuple of names: every item a str (CPython raises SystemError otherwise).
fn names(vm: &Vm, name: &str, v: &Value) -> PyResult<Vec<Rc<str>>> {
    let items = tuple_items(vm, name, v)?;
    items
        .iter()
        .map(|x| match super::str::as_str(x) {
            Some(s) => Ok(Rc::from(s)),
            None => Err(vm.new_error(&vm.interp.exc.system_error.clone(), "non-string found in code slot")),
        })
        .collect()
}

fn code_replace(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(Payload::Code(rt)) = args.args.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    let rt = rt.clone();
    if args.args.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let c = &rt.code;
    let mut ints = [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.varnames.len() as u32, c.stacksize, c.flags, c.firstlineno];
    let mut strs = [c.filename.clone(), c.name.clone(), c.qualname.clone()];
    let mut consts = rt.consts.clone();
    let (mut co_names, mut varnames) = (c.names.clone(), c.varnames.clone());
    let (mut freevars, mut cellvars) = (c.freevars.clone(), c.cellvars.clone());
    for (k, v) in std::mem::take(&mut args.kwargs) {
        let key = super::str::as_str_lossy(&k).to_string();
        if let Some(i) = INT_FIELDS.iter().position(|f| *f == key) {
            ints[i] = int_field(vm, &key, &v)?;
        } else if let Some(i) = STR_FIELDS.iter().position(|f| *f == key) {
            match super::str::as_str(&v) {
                Some(s) => strs[i] = Rc::from(s),
                None => return Err(wrong_type(vm, &key, "str", &v)),
            }
        } else if TUPLE_FIELDS.contains(&key.as_str()) {
            match key.as_str() {
                "co_consts" => consts = tuple_items(vm, &key, &v)?,
                "co_names" => co_names = names(vm, &key, &v)?,
                "co_varnames" => varnames = names(vm, &key, &v)?,
                "co_freevars" => freevars = names(vm, &key, &v)?,
                _ => cellvars = names(vm, &key, &v)?,
            }
        } else if BYTES_FIELDS.contains(&key.as_str()) {
            if !matches!(v.payload(), Some(Payload::Bytes(_))) {
                return Err(wrong_type(vm, &key, "bytes", &v));
            }
            return Err(vm.value_error(format!("code.replace(): {} cannot be replaced in minipy", key)));
        } else {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for replace()", key)));
        }
    }
    let [argcount, posonly, kwonly, nlocals, stacksize, fl, firstlineno] = ints;
    let extra = u64::from(fl & flags::VARARGS != 0) + u64::from(fl & flags::VARKEYWORDS != 0);
    if u64::from(argcount) + u64::from(kwonly) + extra > varnames.len() as u64 {
        return Err(vm.value_error("code: co_varnames is too small"));
    }
    if nlocals as usize != varnames.len() {
        return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
    }
    if posonly > argcount {
        return Err(vm.value_error("code: co_posonlyargcount > co_argcount"));
    }
    let [filename, name, qualname] = strs;
    // cell2arg pairs a cell with the parameter of the same name: recompute it by name.
    let cell2arg = cellvars
        .iter()
        .enumerate()
        .filter_map(|(ci, n)| {
            let nargs = (argcount + kwonly) as usize + extra as usize;
            varnames.iter().take(nargs).position(|a| a == n).map(|ai| (ci as u32, ai as u32))
        })
        .collect();
    let code = CodeObject {
        name,
        qualname,
        filename,
        firstlineno,
        argcount,
        posonlyargcount: posonly,
        kwonlyargcount: kwonly,
        flags: fl,
        stacksize,
        instructions: c.instructions.clone(),
        positions: c.positions.clone(),
        consts: c.consts.clone(),
        names: co_names,
        varnames,
        cellvars,
        freevars,
        cell2arg,
        exception_table: c.exception_table.clone(),
    };
    Ok(code_value(vm, code, consts))
}

fn code_value(vm: &Vm, code: CodeObject, consts: Vec<Value>) -> Value {
    let code = Rc::new(code);
    let new_rt = CodeRt {
        consts,
        names: code.names.iter().map(|n| vm.interp.intern(n)).collect(),
        varnames: code.varnames.iter().map(|n| vm.interp.intern(n)).collect(),
        ncells: code.cellvars.len(),
        code,
    };
    Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(Rc::new(new_rt))))
}

/// `func.__code__ = code` (`value` None: `del func.__code__`), with CPython's checks.
pub fn set_function_code(vm: &mut Vm, f: &Function, value: &Option<Value>) -> PyResult<()> {
    let Some(Payload::Code(rt)) = value.as_ref().and_then(|v| v.payload()) else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let nclosure = f.closure_cells().count();
    let nfree = rt.code.freevars.len();
    if nclosure != nfree {
        let name = super::str::as_str_lossy(&f.name.borrow()).to_string();
        return Err(vm.value_error(format!("{}() requires a code object with {} free vars, not {}", name, nclosure, nfree)));
    }
    *f.code.borrow_mut() = rt.clone();
    Ok(())
}

pub fn register(vm: &Vm) {
    super::types::add_method(&vm.interp.types.code, "replace", code_replace);
}
