//! list: methods, including a stable sort that detects mutation by the key function.

use super::heap::ObjRef;
use super::payload::{NativeFn, Payload};
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::List(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{}' for 'list' objects doesn't apply to this object", name))),
    }
}

fn items(l: &ObjRef) -> &std::cell::RefCell<Vec<Value>> {
    match &l.payload {
        Payload::List(v) => v,
        _ => unreachable_list(),
    }
}

fn unreachable_list() -> ! {
    unreachable!("checked by this()")
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("list.__new__: no type")) };
    Ok(Value::Obj(super::types::new_instance(vm, cls)))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "__init__")?;
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    args.no_kwargs(vm, "list")?;
    let new = match args.args.get(1) {
        Some(src) => {
            let src = src.clone();
            vm.collect_iterable(&src)?
        }
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *items(&l).borrow_mut(), new);
    drop(old);
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.append", 1, 1)?;
    let l = this(vm, &args, "append")?;
    items(&l).borrow_mut().push(args.at(1));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.extend", 1, 1)?;
    let l = this(vm, &args, "extend")?;
    let new = vm.collect_iterable(&args.at(1))?;
    items(&l).borrow_mut().extend(new);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 0, 1)?;
    let l = this(vm, &args, "pop")?;
    let len = items(&l).borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => {
            let v = v.clone();
            super::subscript::to_index(vm, &v)?.ok_or_else(|| vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))))?
        }
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items(&l).borrow_mut().remove(j as usize))
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "insert", 2, 2)?;
    let l = this(vm, &args, "insert")?;
    let i = super::subscript::to_index(vm, &args.at(1))?.ok_or_else(|| vm.type_error("integer argument expected"))?;
    let mut v = items(&l).borrow_mut();
    let len = v.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    v.insert(j as usize, args.at(2));
    Ok(Value::None)
}

/// Position of the first item equal to `x` (the list may change during `__eq__`).
fn position(vm: &mut Vm, l: &ObjRef, x: &Value, start: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = items(l).borrow().get(i).cloned();
        let Some(item) = item else { return Ok(None) };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.remove", 1, 1)?;
    let l = this(vm, &args, "remove")?;
    match position(vm, &l, &args.at(1), 0)? {
        Some(i) => {
            let old = {
                let mut v = items(&l).borrow_mut();
                if i < v.len() { Some(v.remove(i)) } else { None }
            };
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "index", 1, 3)?;
    let l = this(vm, &args, "index")?;
    let len = items(&l).borrow().len();
    let (start, stop) = super::subscript::search_bounds(vm, &args, 2, len)?;
    let x = args.at(1);
    let mut i = start;
    // The list may shrink under __eq__: re-read it at every step.
    while i < stop {
        let item = items(&l).borrow().get(i).cloned();
        let Some(item) = item else { break };
        if vm.eq(&item, &x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(&x)?;
    Err(vm.value_error(format!("{} is not in list", r)))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "list.count", 1, 1)?;
    let l = this(vm, &args, "count")?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = items(&l).borrow().get(i).cloned();
        let Some(item) = item else { break };
        if vm.eq(&item, &args.at(1))? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    items(&l).borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    let v = items(&l).borrow().clone();
    Ok(vm.new_list(v))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    let mut old = std::mem::take(&mut *items(&l).borrow_mut());
    // Last item first, as CPython releases them (observable through __del__ order).
    old.reverse();
    drop(old);
    Ok(Value::None)
}

/// Stable merge sort over (key, value) pairs with a fallible comparison.
pub fn sort_values(vm: &mut Vm, keyed: &mut Vec<(Value, Value)>, reverse: bool) -> PyResult<()> {
    // Insertion runs + merging via a simple top-down merge sort; comparisons may fail.
    let n = keyed.len();
    if n < 2 {
        return Ok(());
    }
    let mut buf: Vec<(Value, Value)> = keyed.clone();
    merge_sort(vm, keyed, &mut buf, 0, n, reverse)
}

fn lt(vm: &mut Vm, a: &Value, b: &Value, reverse: bool) -> PyResult<bool> {
    if reverse { vm.less_than(b, a) } else { vm.less_than(a, b) }
}

fn merge_sort(vm: &mut Vm, v: &mut Vec<(Value, Value)>, buf: &mut Vec<(Value, Value)>, lo: usize, hi: usize, reverse: bool) -> PyResult<()> {
    if hi - lo <= 16 {
        for i in lo + 1..hi {
            let mut j = i;
            while j > lo {
                if lt(vm, &v[j].0, &v[j - 1].0, reverse)? {
                    v.swap(j, j - 1);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        return Ok(());
    }
    let mid = (lo + hi) / 2;
    merge_sort(vm, v, buf, lo, mid, reverse)?;
    merge_sort(vm, v, buf, mid, hi, reverse)?;
    let (mut i, mut j, mut k) = (lo, mid, lo);
    while i < mid && j < hi {
        if lt(vm, &v[j].0, &v[i].0, reverse)? {
            buf[k] = v[j].clone();
            j += 1;
        } else {
            buf[k] = v[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = v[i].clone();
        i += 1;
        k += 1;
    }
    while j < hi {
        buf[k] = v[j].clone();
        j += 1;
        k += 1;
    }
    for x in lo..hi {
        v[x] = buf[x].clone();
    }
    Ok(())
}

pub fn sort_list(vm: &mut Vm, l: &ObjRef, key: Value, reverse: bool) -> PyResult<()> {
    // CPython empties the list while sorting, so mutation by the key is detectable.
    let values = std::mem::take(&mut *items(l).borrow_mut());
    let result = (|| {
        let mut keyed = Vec::with_capacity(values.len());
        for v in &values {
            let k = if key.is_none() { v.clone() } else { vm.call(&key, Args::new(vec![v.clone()]))? };
            keyed.push((k, v.clone()));
        }
        sort_values(vm, &mut keyed, reverse)?;
        Ok(keyed.into_iter().map(|(_, v)| v).collect::<Vec<Value>>())
    })();
    let modified = !items(l).borrow().is_empty();
    match result {
        Ok(sorted) => {
            let old = std::mem::replace(&mut *items(l).borrow_mut(), sorted);
            drop(old);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(())
        }
        Err(e) => {
            let old = std::mem::replace(&mut *items(l).borrow_mut(), values);
            drop(old);
            Err(e)
        }
    }
}

fn sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = match args.take_kw("reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if args.args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            super::str::as_str_lossy(k)
        )));
    }
    let l = this(vm, &args, "sort")?;
    sort_list(vm, &l, key, reverse)?;
    Ok(Value::None)
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::repr::builtin_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arith::inplace_dunder(vm, args, crate::bytecode::opcode::BinOpArg::Add)
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arith::inplace_dunder(vm, args, crate::bytecode::opcode::BinOpArg::Multiply)
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = Value::Obj(vm.interp.types.reversed.clone());
    vm.call(&r, Args::new(vec![args.at(0)]))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.list;
    add_static(t, "__new__", list_new);
    for (name, f) in [
        ("__init__", list_init as NativeFn),
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
        ("sort", sort),
        ("__repr__", list_repr),
    ] {
        add_method(t, name, f);
    }
    super::dunders::register_binops(t, &["__add__", "__mul__", "__rmul__"]);
    add_method(t, "__iadd__", list_iadd);
    add_method(t, "__imul__", list_imul);
    add_method(t, "__reversed__", list_reversed);
    super::dunders::register_compares(t);
    super::dunders::register_container(t);
    super::dunders::register_mutable(t);
}
