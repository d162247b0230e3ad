//! range objects.

use super::heap::ObjRef;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn fields(v: &Value) -> (i64, i64, i64) {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => (*start, *stop, *step),
        _ => (0, 0, 1),
    }
}

pub fn range_len(v: &Value) -> usize {
    let (start, stop, step) = fields(v);
    let (lo, hi, st) = if step > 0 { (start as i128, stop as i128, step as i128) } else { (stop as i128, start as i128, -(step as i128)) };
    if lo >= hi { 0 } else { ((hi - lo - 1) / st + 1) as usize }
}

pub fn range_eq(a: &Value, b: &Value) -> bool {
    let (la, lb) = (range_len(a), range_len(b));
    if la != lb {
        return false;
    }
    if la == 0 {
        return true;
    }
    let (sa, _, pa) = fields(a);
    let (sb, _, pb) = fields(b);
    sa == sb && (la == 1 || pa == pb)
}

pub fn range_contains(vm: &mut Vm, r: &Value, x: &Value) -> PyResult<bool> {
    if let Some(super::num::Int::Small(i)) = super::int::as_int(x) {
        let (start, stop, step) = fields(r);
        let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
        return Ok(inside && (i as i128 - start as i128) % step as i128 == 0);
    }
    // An exact int too big for i64 lies outside every (i64-bounded) range: no scan.
    if let Value::Obj(o) = x {
        if matches!(o.payload, Payload::Int(_)) && o.class().ptr_eq(&vm.interp.types.int) {
            return Ok(false);
        }
    }
    let it = vm.iter(r)?;
    while let Some(y) = vm.next_fast(&it)? {
        if vm.eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn range_getitem(vm: &mut Vm, r: &Value, key: &Value) -> PyResult<Value> {
    let (start, _, step) = fields(r);
    let len = range_len(r) as i64;
    if let Some(Payload::Slice(..)) = key.payload() {
        let (a, b, c) = super::subscript::slice_indices(vm, key, len)?;
        let ns = start + a * step;
        let ne = start + b * step;
        return Ok(new_range(vm, ns, ne, step * c));
    }
    let Some(i) = super::subscript::to_index(vm, key)? else {
        return Err(vm.type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key))));
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::Int(start + j * step))
}

pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.range.clone(), Payload::Range { start, stop, step }))
}

fn arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match super::subscript::to_index(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "range")?;
    let a: Vec<Value> = args.args[1..].to_vec();
    let (start, stop, step) = match a.len() {
        1 => (0, arg(vm, &a[0])?, 1),
        2 => (arg(vm, &a[0])?, arg(vm, &a[1])?, 1),
        3 => (arg(vm, &a[0])?, arg(vm, &a[1])?, arg(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = args.at(0);
    Ok(Value::Int(range_contains(vm, &r, &args.at(1))? as i64))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = args.at(0);
    let x = args.at(1);
    if range_contains(vm, &r, &x)? {
        if let Value::Int(i) = x {
            let (start, _, step) = fields(&r);
            return Ok(Value::Int((i - start) / step));
        }
    }
    let s = vm.repr_string(&x)?;
    Err(vm.value_error(format!("{} is not in range", s)))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "slice")?;
    let a: Vec<Value> = args.args[1..].to_vec();
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {}", n))),
    };
    Ok(Value::Obj(ObjRef::new(vm.interp.types.slice.clone(), Payload::Slice(start, stop, step))))
}

fn slice_indices_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let len = match super::subscript::to_index(vm, &args.at(1))? {
        Some(n) if n >= 0 => n,
        Some(_) => return Err(vm.value_error("length should not be negative")),
        None => return Err(vm.type_error("'str' object cannot be interpreted as an integer")),
    };
    let (a, b, c) = super::subscript::slice_indices(vm, &args.at(0), len)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

pub fn register(vm: &Vm) {
    let s = &vm.interp.types.slice;
    super::types::add_static(s, "__new__", slice_new);
    super::types::add_method(s, "indices", slice_indices_m);
    let t = &vm.interp.types.range;
    super::types::add_static(t, "__new__", range_new);
    super::types::add_method(t, "count", count);
    super::types::add_method(t, "index", index);
    super::dunders::register_container(t);
}
