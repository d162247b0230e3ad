//! tuple: construction and methods.

use super::heap::ObjRef;
use super::payload::Payload;
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.at(0);
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    let items = match args.args.get(1) {
        Some(v) => {
            let v = v.clone();
            if let (Some(Payload::Tuple(_)), Value::Obj(c)) = (v.payload(), &cls) {
                if c.ptr_eq(&vm.interp.types.tuple) && v.as_obj().is_some_and(|o| o.class().ptr_eq(c)) {
                    return Ok(v);
                }
            }
            vm.collect_iterable(&v)?
        }
        None => Vec::new(),
    };
    match &cls {
        Value::Obj(c) if !c.ptr_eq(&vm.interp.types.tuple) => {
            let dict = Some(vm.new_dict_obj());
            Ok(Value::Obj(ObjRef::with_dict(c.clone(), Payload::Tuple(items.into_boxed_slice()), dict)))
        }
        _ => Ok(vm.new_tuple(items)),
    }
}

fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut n = 0;
    for x in items(&args.at(0)) {
        if vm.eq(&x, &args.at(1))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "index", 1, 3)?;
    let t = items(&args.at(0));
    let (start, stop) = super::subscript::search_bounds(vm, &args, 2, t.len())?;
    let x = args.at(1);
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::repr::builtin_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = vm.new_tuple(items(&args.at(0)));
    Ok(Value::Int(vm.hash(&t)?))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.tuple;
    add_static(t, "__new__", tuple_new);
    add_method(t, "count", count);
    add_method(t, "index", index);
    add_method(t, "__repr__", tuple_repr);
    add_method(t, "__hash__", tuple_hash);
    super::dunders::register_binops(t, &["__add__", "__mul__", "__rmul__"]);
    super::dunders::register_compares(t);
    super::dunders::register_container(t);
}
