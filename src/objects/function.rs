//! Functions and code objects: runtime constants, MAKE_FUNCTION.

use std::cell::RefCell;
use std::rc::Rc;

use super::heap::ObjRef;
use super::payload::{CodeRt, Function, Payload};
use super::value::Value;
use crate::bytecode::{CodeObject, Const};
use crate::vm::{PyResult, Vm};

fn is_identifier(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn const_value(vm: &Vm, c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => vm.new_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Complex { real, imag } => super::complex::new_complex(vm, *real, *imag),
        Const::Str(s) => {
            if is_identifier(s) {
                vm.interp.intern(s)
            } else {
                vm.new_str(s)
            }
        }
        Const::SurrogateStr(cps) => vm.new_pystr(super::strdata::PyStr::from_code_points(cps)),
        Const::Bytes(b) => vm.new_bytes(b.to_vec()),
        Const::Tuple(items) => vm.new_tuple(items.iter().map(|c| const_value(vm, c)).collect()),
        Const::FrozenSet(items) => {
            // Constant frozensets hold hashable constants only; no Python runs here.
            let mut table = super::table::SetTable::new();
            for c in items.iter() {
                let v = const_value(vm, c);
                let h = crate::vm::protocol::const_hash(&v);
                table.insert_new(h, v);
            }
            Value::Obj(ObjRef::new(vm.interp.types.frozenset.clone(), Payload::FrozenSet(table)))
        }
        Const::Ellipsis => vm.interp.ellipsis.clone(),
        Const::Code(code) => Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(code_rt(vm, code)))),
    }
}

/// A code object with its constants and names turned into runtime values.
pub fn code_rt(vm: &Vm, code: &Rc<CodeObject>) -> Rc<CodeRt> {
    Rc::new(CodeRt {
        consts: code.consts.iter().map(|c| const_value(vm, c)).collect(),
        names: code.names.iter().map(|n| vm.interp.intern(n)).collect(),
        varnames: code.varnames.iter().map(|n| vm.interp.intern(n)).collect(),
        ncells: code.cellvars.len(),
        code: code.clone(),
    })
}

pub fn make_function(
    vm: &mut Vm,
    code: Value,
    globals: ObjRef,
    closure: Option<Value>,
    annotations: Option<Value>,
    kwdefaults: Option<Value>,
    defaults: Option<Value>,
) -> PyResult<Value> {
    let Some(Payload::Code(rt)) = code.payload() else {
        return Err(vm.type_error("MAKE_FUNCTION expects a code object"));
    };
    let rt = rt.clone();
    let doc = match rt.consts.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Str(_)) => v.clone(),
        _ => Value::None,
    };
    let module = super::dict::get_str(&globals, "__name__").unwrap_or(Value::None);
    let annotations = match annotations {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Tuple(_)) => {
            let d = vm.new_dict_obj();
            if let Payload::Tuple(items) = &t.payload {
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        super::dict::set_item(vm, &d, k.clone(), v.clone())?;
                    }
                }
            }
            Value::Obj(d)
        }
        Some(v) => v,
        None => Value::None,
    };
    let f = Function {
        name: RefCell::new(vm.interp.intern(&rt.code.name)),
        qualname: RefCell::new(vm.new_str(&rt.code.qualname)),
        code: RefCell::new(rt),
        globals,
        defaults: RefCell::new(defaults.and_then(|d| d.as_obj().cloned())),
        kwdefaults: RefCell::new(kwdefaults.and_then(|d| d.as_obj().cloned())),
        closure: closure.and_then(|c| c.as_obj().cloned()),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(annotations),
    };
    let dict = Some(vm.new_dict_obj());
    Ok(Value::Obj(ObjRef::with_dict(vm.interp.types.function.clone(), Payload::Function(Box::new(f)), dict)))
}
