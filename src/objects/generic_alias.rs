//! `types.GenericAlias`: what `list[int]` makes. The origin and arguments live in the
//! instance dict (`__origin__`, `__args__`, `__parameters__`); calling the alias calls
//! the origin, and a class statement uses the origin as its base (`__mro_entries__`).

use super::heap::ObjRef;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn new_alias(vm: &mut Vm, origin: Value, args: Value) -> PyResult<Value> {
    let args = match args.payload() {
        Some(Payload::Tuple(_)) => args,
        _ => vm.new_tuple(vec![args]),
    };
    let d = vm.new_dict_obj();
    super::dict::set_str(vm, &d, "__origin__", origin)?;
    super::dict::set_str(vm, &d, "__args__", args)?;
    let params = vm.new_tuple(Vec::new());
    super::dict::set_str(vm, &d, "__parameters__", params)?;
    Ok(Value::Obj(ObjRef::with_dict(vm.interp.types.generic_alias.clone(), Payload::Instance, Some(d))))
}

fn part(o: &Value, name: &str) -> Value {
    match o.as_obj().and_then(|o| o.dict.as_ref()) {
        Some(d) => super::dict::get_str(d, name).unwrap_or(Value::None),
        None => Value::None,
    }
}

fn is_alias(vm: &Vm, v: &Value) -> bool {
    super::types::is_subtype(vm.interp.type_of(v), &vm.interp.types.generic_alias)
}

/// CPython's ga_repr_item: classes by (module-qualified) name, `...`, nested aliases.
fn repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if matches!(v.payload(), Some(Payload::Ellipsis)) {
        return Ok("...".into());
    }
    if is_alias(vm, v) {
        return alias_repr_text(vm, v);
    }
    if let Some(Payload::Type(_)) = v.payload() {
        let q = vm.getattr_str(v, "__qualname__")?;
        let m = vm.getattr_str(v, "__module__")?;
        let (q, m) = (vm.str_string(&q)?, vm.str_string(&m)?);
        return Ok(if m == "builtins" { q } else { format!("{}.{}", m, q) });
    }
    vm.repr_string(v)
}

fn alias_repr_text(vm: &mut Vm, a: &Value) -> PyResult<String> {
    let origin = part(a, "__origin__");
    let args = part(a, "__args__");
    let mut out = repr_item(vm, &origin)?;
    out.push('[');
    match args.payload() {
        Some(Payload::Tuple(items)) if items.is_empty() => out.push_str("()"),
        Some(Payload::Tuple(items)) => {
            let items = items.clone();
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_item(vm, x)?);
            }
        }
        _ => {}
    }
    out.push(']');
    Ok(out)
}

fn ga_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 3 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", args.args.len().saturating_sub(1))));
    }
    new_alias(vm, args.at(1), args.at(2))
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = alias_repr_text(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn ga_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.args.remove(0);
    let origin = part(&me, "__origin__");
    let obj = vm.call(&origin, args)?;
    // Like CPython, remember the alias on the instance when it takes attributes.
    if let Value::Obj(o) = &obj {
        if let Some(d) = &o.dict {
            let _ = super::dict::set_str(vm, d, "__orig_class__", me);
        }
    }
    Ok(obj)
}

fn ga_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (args.at(0), args.at(1));
    if !is_alias(vm, &b) {
        return Ok(vm.interp.not_implemented.clone());
    }
    let same = vm.eq(&part(&a, "__origin__"), &part(&b, "__origin__"))? && vm.eq(&part(&a, "__args__"), &part(&b, "__args__"))?;
    Ok(Value::Bool(same))
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.at(0);
    let h = vm.hash(&part(&a, "__origin__"))? ^ vm.hash(&part(&a, "__args__"))?;
    Ok(Value::Int(h))
}

fn ga_mro_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![part(&args.at(0), "__origin__")]))
}

fn ga_instancecheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

/// `cls[item]` for the built-in classes that are generic (`__class_getitem__`).
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_alias(vm, args.at(0), args.at(1))
}

pub fn register(vm: &Vm) {
    let t = vm.interp.types.generic_alias.clone();
    super::types::add_static(&t, "__new__", ga_new);
    super::types::add_method(&t, "__repr__", ga_repr);
    super::types::add_method(&t, "__call__", ga_call);
    super::types::add_method(&t, "__eq__", ga_eq);
    super::types::add_method(&t, "__hash__", ga_hash);
    super::types::add_method(&t, "__mro_entries__", ga_mro_entries);
    super::types::add_method(&t, "__instancecheck__", ga_instancecheck);
    super::types::add_method(&t, "__subclasscheck__", ga_subclasscheck);
    if let Some(td) = super::types::type_data(&t) {
        let mut ns = td.ns.borrow_mut();
        super::dict::table_set_str(&mut ns, vm.interp.intern("__module__"), vm.new_str("types"));
    }
    let ty = &vm.interp.types;
    for cls in [&ty.list, &ty.dict, &ty.tuple, &ty.set, &ty.frozenset, &ty.enumerate] {
        super::types::add_classmethod(cls, "__class_getitem__", class_getitem);
    }
}
