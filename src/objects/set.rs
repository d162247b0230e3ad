//! set and frozenset.

use super::heap::ObjRef;
use super::payload::{NativeFn, Payload};
use super::table::SetTable;
use super::types::{add_method, add_static};
use super::value::Value;
use crate::bytecode::opcode::{BinOpArg, CompareArg};
use crate::vm::{Args, PyResult, Vm};

pub fn items(o: &ObjRef) -> Vec<Value> {
    match &o.payload {
        Payload::Set(t) => t.borrow().keys(),
        Payload::FrozenSet(t) => t.keys(),
        _ => Vec::new(),
    }
}

pub fn add(vm: &mut Vm, s: &ObjRef, v: Value) -> PyResult<()> {
    let h = vm.hash(&v)?;
    match &s.payload {
        Payload::Set(t) => {
            if find(vm, t, &v, h)?.is_none() {
                t.borrow_mut().insert_new(h, v);
            }
            Ok(())
        }
        _ => Err(vm.type_error("not a set")),
    }
}

fn index_of(vm: &mut Vm, s: &ObjRef, v: &Value) -> PyResult<Option<usize>> {
    let h = match vm.hash(v) {
        Ok(h) => h,
        Err(e) => {
            // `[] in {1}` is a TypeError like CPython's unhashable message.
            return Err(e);
        }
    };
    match &s.payload {
        Payload::Set(t) => find(vm, t, v, h),
        Payload::FrozenSet(t) => find_frozen(vm, t, v, h),
        _ => Ok(None),
    }
}

pub fn contains(vm: &mut Vm, s: &ObjRef, v: &Value) -> PyResult<bool> {
    Ok(index_of(vm, s, v)?.is_some())
}

/// Build a set (or frozenset) from a list of values.
pub fn from_values(vm: &mut Vm, values: Vec<Value>, frozen: bool) -> PyResult<ObjRef> {
    let tmp = vm.new_set_obj(false);
    for v in values {
        add(vm, &tmp, v)?;
    }
    if !frozen {
        return Ok(tmp);
    }
    let table = match &tmp.payload {
        Payload::Set(t) => t.borrow().copy(),
        _ => SetTable::new(),
    };
    Ok(ObjRef::new(vm.interp.types.frozenset.clone(), Payload::FrozenSet(table)))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOpArg) -> PyResult<Option<Value>> {
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else { return Ok(None) };
    let (xs, ys) = (items(ao), items(bo));
    let mut out = Vec::new();
    match op {
        BinOpArg::Or => {
            out.extend(xs);
            out.extend(ys);
        }
        BinOpArg::And => {
            for x in xs {
                if contains(vm, bo, &x)? {
                    out.push(x);
                }
            }
        }
        BinOpArg::Subtract => {
            for x in xs {
                if !contains(vm, bo, &x)? {
                    out.push(x);
                }
            }
        }
        BinOpArg::Xor => {
            for x in xs {
                if !contains(vm, bo, &x)? {
                    out.push(x);
                }
            }
            for y in ys {
                if !contains(vm, ao, &y)? {
                    out.push(y);
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(Value::Obj(from_values(vm, out, is_frozen(a))?)))
}

/// A set (unchanged) or a plain set of the elements of any other iterable.
pub fn view_as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
        return Ok(v.clone());
    }
    let items = vm.collect_iterable(v)?;
    Ok(Value::Obj(from_values(vm, items, false)?))
}

fn subset(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    for x in items(a) {
        if !contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareArg) -> PyResult<bool> {
    let (Value::Obj(ao), Value::Obj(bo)) = (a, b) else { return Ok(false) };
    let (la, lb) = (items(ao).len(), items(bo).len());
    Ok(match op {
        CompareArg::Eq => la == lb && subset(vm, ao, bo)?,
        CompareArg::Ne => !(la == lb && subset(vm, ao, bo)?),
        CompareArg::Le => subset(vm, ao, bo)?,
        CompareArg::Lt => la < lb && subset(vm, ao, bo)?,
        CompareArg::Ge => subset(vm, bo, ao)?,
        CompareArg::Gt => la > lb && subset(vm, bo, ao)?,
    })
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("set.__new__: no type")) };
    Ok(Value::Obj(super::types::new_instance(vm, cls)))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    if let Payload::Set(t) = &s.payload {
        t.borrow_mut().clear();
    }
    if let Some(src) = args.args.get(1) {
        let src = src.clone();
        for v in vm.collect_iterable(&src)? {
            add(vm, &s, v)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = match args.args.get(1) {
        Some(src) => {
            let src = src.clone();
            if is_frozen(&src) {
                return Ok(src);
            }
            vm.collect_iterable(&src)?
        }
        None => Vec::new(),
    };
    Ok(Value::Obj(from_values(vm, values, true)?))
}

fn s_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "set.add", 1, 1)?;
    let s = this(vm, &args)?;
    add(vm, &s, args.at(1))?;
    Ok(Value::None)
}

fn remove_impl(vm: &mut Vm, args: &Args) -> PyResult<bool> {
    let s = this(vm, args)?;
    let v = args.at(1);
    match index_of(vm, &s, &v)? {
        Some(i) => {
            if let Payload::Set(t) = &s.payload {
                let old = t.borrow_mut().remove_at(i);
                drop(old);
            }
            Ok(true)
        }
        None => Ok(false),
    }
}

fn s_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if remove_impl(vm, &args)? { Ok(Value::None) } else { Err(vm.key_error(args.at(1))) }
}

fn s_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_impl(vm, &args)?;
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let r = match &s.payload {
        Payload::Set(t) => t.borrow_mut().pop(),
        _ => None,
    };
    r.ok_or_else(|| vm.key_error_msg("pop from an empty set"))
}

fn s_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    if let Payload::Set(t) = &s.payload {
        let old = std::mem::replace(&mut *t.borrow_mut(), SetTable::new());
        drop(old);
    }
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let frozen = is_frozen(&args.at(0));
    Ok(Value::Obj(from_values(vm, items(&s), frozen)?))
}

fn multi(vm: &mut Vm, args: Args, op: BinOpArg) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let frozen = is_frozen(&args.at(0));
    let mut acc = Value::Obj(from_values(vm, items(&s), frozen)?);
    for other in &args.args[1..] {
        let vals = vm.collect_iterable(other)?;
        let o = Value::Obj(from_values(vm, vals, false)?);
        acc = set_binop(vm, &acc, &o, op)?.unwrap_or(acc);
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOpArg::Or)
}
fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOpArg::And)
}
fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOpArg::Subtract)
}
fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOpArg::Xor)
}

fn update_with(vm: &mut Vm, args: Args, op: BinOpArg) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let r = multi(vm, args, op)?;
    if let (Payload::Set(dst), Some(Payload::Set(src))) = (&s.payload, r.payload()) {
        let t = src.borrow().copy();
        *dst.borrow_mut() = t;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, BinOpArg::Or)
}
fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, BinOpArg::And)
}
fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_with(vm, args, BinOpArg::Subtract)
}

fn other_set(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    let vals = vm.collect_iterable(v)?;
    from_values(vm, vals, false)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let o = other_set(vm, &args.at(1))?;
    Ok(Value::Bool(subset(vm, &s, &o)?))
}
fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let o = other_set(vm, &args.at(1))?;
    Ok(Value::Bool(subset(vm, &o, &s)?))
}
fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    for x in vm.collect_iterable(&args.at(1))? {
        if contains(vm, &s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::repr::builtin_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn s_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arith::inplace_dunder(vm, args, BinOpArg::Or)
}
fn s_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arith::inplace_dunder(vm, args, BinOpArg::And)
}
fn s_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arith::inplace_dunder(vm, args, BinOpArg::Subtract)
}
fn s_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arith::inplace_dunder(vm, args, BinOpArg::Xor)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "symmetric_difference_update", 1, 1)?;
    let other = view_as_set(vm, &args.at(1))?;
    let r = super::arith::builtin_inplace(vm, &args.at(0), &other, BinOpArg::Xor)?;
    let _ = r;
    Ok(Value::None)
}

fn s_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&args.at(0))? as i64))
}
fn s_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.iter_builtin(&args.at(0))
}
fn s_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains_builtin(&args.at(0), &args.at(1))?))
}

pub fn register(vm: &Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", s_copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__repr__", set_repr),
    ];
    let t = &vm.interp.types.set;
    add_static(t, "__new__", set_new);
    add_method(t, "__init__", set_init);
    for (name, f) in [
        ("add", s_add as NativeFn),
        ("remove", s_remove),
        ("discard", s_discard),
        ("pop", s_pop),
        ("clear", s_clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("__ior__", s_ior),
        ("__iand__", s_iand),
        ("__isub__", s_isub),
        ("__ixor__", s_ixor),
    ] {
        add_method(t, name, f);
    }
    let f = &vm.interp.types.frozenset;
    add_static(f, "__new__", frozenset_new);
    for ty in [t, f] {
        for (name, func) in common {
            add_method(ty, name, *func);
        }
        super::dunders::register_binops(
            ty,
            &["__or__", "__and__", "__sub__", "__xor__", "__ror__", "__rand__", "__rsub__", "__rxor__"],
        );
        super::dunders::register_compares(ty);
        // Sets are not subscriptable: no __getitem__.
        add_method(ty, "__len__", s_len);
        add_method(ty, "__iter__", s_iter);
        add_method(ty, "__contains__", s_contains);
    }
}

/// Index of `key` in a set table; the borrow is released around Python `__eq__`.
pub fn find(vm: &mut Vm, cell: &std::cell::RefCell<SetTable<Value>>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    super::dict::find_in(vm, cell, key, hash)
}

pub fn find_frozen(vm: &mut Vm, t: &SetTable<Value>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let mut probe = t.probe(hash);
    while let Some(i) = t.next_candidate(&mut probe) {
        let Some(k) = t.key(i).cloned() else { continue };
        match super::dict::fast_eq(&k, key) {
            Some(true) => return Ok(Some(i)),
            Some(false) => continue,
            None => {}
        }
        if vm.eq(&k, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}
