//! `types.SimpleNamespace`, native because `sys.implementation` is one and exists before
//! any Python code runs: `namespace(name='cpython', ...)` as CPython prints it.

use super::heap::ObjRef;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// A namespace whose attributes are `items`, in that order.
pub fn new_namespace(vm: &mut Vm, items: Vec<(&str, Value)>) -> PyResult<ObjRef> {
    let d = vm.new_dict_obj();
    for (k, v) in items {
        super::dict::set_str(vm, &d, k, v)?;
    }
    Ok(ObjRef::with_dict(vm.interp.types.simple_namespace.clone(), Payload::Instance, Some(d)))
}

fn ns_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else {
        return Err(vm.type_error("SimpleNamespace.__new__(): not enough arguments"));
    };
    let d = vm.new_dict_obj();
    Ok(Value::Obj(ObjRef::with_dict(cls.clone(), Payload::Instance, Some(d))))
}

fn ns_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    let Some(Value::Obj(o)) = args.args.first() else { return Ok(Value::None) };
    if let Some(d) = o.dict.clone() {
        for (k, v) in &args.kwargs {
            vm.setitem(&Value::Obj(d.clone()), k.clone(), v.clone())?;
        }
    }
    Ok(Value::None)
}

fn ns_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.args.first() else { return Ok(vm.new_str("namespace()")) };
    let cls = o.class();
    let name = if cls.ptr_eq(&vm.interp.types.simple_namespace) { "namespace".to_string() } else { super::types::type_name(cls) };
    let id = o.id();
    if vm.repr_active.contains(&id) {
        return Ok(vm.new_str(&format!("{}(...)", name)));
    }
    vm.check_native_stack()?;
    vm.repr_active.push(id);
    let items = match o.dict.as_ref().map(|d| &d.payload) {
        Some(Payload::Dict(t)) => t.borrow().items(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for (k, v) in items {
        match vm.repr_string(&v) {
            Ok(r) => parts.push(format!("{}={}", super::str::as_str_lossy(&k), r)),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.repr_active.retain(|x| *x != id);
    result?;
    Ok(vm.new_str(&format!("{}({})", name, parts.join(", "))))
}

fn ns_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (args.at(0), args.at(1));
    let t = vm.interp.types.simple_namespace.clone();
    let is_ns = |v: &Value| super::types::is_subtype(vm.interp.type_of(v), &t);
    if !is_ns(&a) || !is_ns(&b) {
        return Ok(vm.interp.not_implemented.clone());
    }
    let dict_of = |v: &Value| v.as_obj().and_then(|o| o.dict.clone()).map_or(Value::None, Value::Obj);
    let r = vm.eq(&dict_of(&a), &dict_of(&b))?;
    Ok(Value::Bool(r))
}

fn ns_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = args.at(0);
    let cls = Value::Obj(vm.interp.type_of(&o).clone());
    let d = o.as_obj().and_then(|o| o.dict.clone()).map_or(Value::None, Value::Obj);
    let empty = vm.new_tuple(Vec::new());
    Ok(vm.new_tuple(vec![cls, empty, d]))
}

pub fn register(vm: &Vm) {
    let t = vm.interp.types.simple_namespace.clone();
    super::types::add_static(&t, "__new__", ns_new);
    super::types::add_method(&t, "__init__", ns_init);
    super::types::add_method(&t, "__repr__", ns_repr);
    super::types::add_method(&t, "__eq__", ns_eq);
    super::types::add_method(&t, "__reduce__", ns_reduce);
    if let Some(td) = super::types::type_data(&t) {
        let mut ns = td.ns.borrow_mut();
        super::dict::table_set_str(&mut ns, vm.interp.intern("__hash__"), Value::None);
        super::dict::table_set_str(&mut ns, vm.interp.intern("__module__"), vm.new_str("types"));
        let doc = vm.new_str("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
        super::dict::table_set_str(&mut ns, vm.interp.intern("__doc__"), doc);
    }
}
