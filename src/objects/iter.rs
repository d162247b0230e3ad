//! Built-in iterators: one step of each kind. Borrows of the state are never held while
//! Python code runs (map/filter functions, nested iterators).

use super::heap::ObjRef;
use super::payload::{IterState, Payload};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn state(o: &ObjRef) -> &std::cell::RefCell<IterState> {
    match &o.payload {
        Payload::Iter(s) => s,
        _ => unreachable!("iter_next on a non-iterator"),
    }
}

pub fn iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    let cell = state(o);
    // Steps that need no Python run under one borrow.
    let deferred = {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Exhausted => return Ok(None),
            IterState::Seq { seq, index } => {
                let item = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(*index).cloned(),
                    Some(Payload::Tuple(t)) => t.get(*index).cloned(),
                    Some(Payload::Str(s)) => {
                        if *index < s.len() {
                            let cp = s.char_at(*index);
                            Some(match char::from_u32(cp) {
                                Some(c) => {
                                    let mut b = [0u8; 4];
                                    vm.new_str(c.encode_utf8(&mut b))
                                }
                                None => vm.new_pystr(super::strdata::PyStr::from_code_points(&[cp])),
                            })
                        } else {
                            None
                        }
                    }
                    Some(Payload::Bytes(b)) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    Some(Payload::ByteArray(b)) => b.borrow().get(*index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        return Ok(Some(v));
                    }
                    None => {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    match n.checked_add(*step) {
                        Some(x) => *next = x,
                        None => *stop = n,
                    }
                    return Ok(Some(Value::Int(n)));
                }
                return Ok(None);
            }
            IterState::Table { obj, pos, kind, len } => {
                let cur_len = match &obj.payload {
                    Payload::Dict(d) => d.borrow().len(),
                    Payload::Set(s) => s.borrow().len(),
                    Payload::FrozenSet(s) => s.len(),
                    _ => 0,
                };
                if cur_len != *len {
                    *len = usize::MAX;
                    let what = if matches!(obj.payload, Payload::Dict(_)) { "dictionary" } else { "set" };
                    return Err(vm.runtime_error(format!("{} changed size during iteration", what)));
                }
                let next = match &obj.payload {
                    Payload::Dict(d) => d.borrow().entry_at_position(*pos).map(|(n, k, v)| (n, k.clone(), v.clone())),
                    Payload::Set(s) => s.borrow().entry_at_position(*pos).map(|(n, k)| (n, k.clone(), Value::None)),
                    Payload::FrozenSet(s) => s.entry_at_position(*pos).map(|(n, k)| (n, k.clone(), Value::None)),
                    _ => None,
                };
                match next {
                    Some((n, k, v)) => {
                        *pos = n;
                        let kind = *kind;
                        drop(st);
                        return Ok(Some(match kind {
                            0 => k,
                            1 => v,
                            _ => vm.new_tuple(vec![k, v]),
                        }));
                    }
                    None => {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let i = *index as usize;
                let item = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                    Some(Payload::Tuple(t)) => t.get(i).cloned(),
                    _ => None,
                };
                *index -= 1;
                if item.is_some() {
                    return Ok(item);
                }
                let seq = seq.clone();
                Some((seq, i))
            }
            _ => None,
        }
    };
    if let Some((seq, i)) = deferred {
        return vm.getitem(&seq, &Value::Int(i as i64)).map(Some);
    }
    // Steps that run Python: copy what they need, release the borrow.
    let snapshot = {
        let st = cell.borrow();
        match &*st {
            IterState::Enumerate { it, count } => Snap::Enumerate(it.clone(), count.clone()),
            IterState::Zip { its, strict } => Snap::Zip(its.clone(), *strict),
            IterState::Map { func, its } => Snap::Map(func.clone(), its.clone()),
            IterState::Filter { func, it } => Snap::Filter(func.clone(), it.clone()),
            IterState::GetItem { obj, index } => Snap::GetItem(obj.clone(), *index),
            IterState::Callable { func, sentinel } => Snap::Callable(func.clone(), sentinel.clone()),
            _ => return Ok(None),
        }
    };
    match snapshot {
        Snap::Enumerate(it, count) => {
            let Some(v) = vm.next_fast(&it)? else { return Ok(None) };
            let next = vm.binary_op(&count, &Value::Int(1), 0)?;
            if let IterState::Enumerate { count: c, .. } = &mut *cell.borrow_mut() {
                *c = next;
            }
            Ok(Some(vm.new_tuple(vec![count, v])))
        }
        Snap::Zip(its, strict) => {
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next_fast(it)? {
                    Some(v) => out.push(v),
                    None => {
                        *cell.borrow_mut() = IterState::Exhausted;
                        if strict {
                            if i > 0 {
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{} {}",
                                    i + 1,
                                    if i == 1 { "" } else { "s" },
                                    if i == 1 { "1".to_string() } else { format!("1-{}", i) }
                                )));
                            }
                            for (j, rest) in its.iter().enumerate().skip(1) {
                                if vm.next_fast(rest)?.is_some() {
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{} {}",
                                        j + 1,
                                        if j == 1 { "" } else { "s" },
                                        if j == 1 { "1".to_string() } else { format!("1-{}", j) }
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if out.is_empty() {
                return Ok(None);
            }
            Ok(Some(vm.new_tuple(out)))
        }
        Snap::Map(func, its) => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next_fast(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, Args::new(args)).map(Some)
        }
        Snap::Filter(func, it) => loop {
            let Some(v) = vm.next_fast(&it)? else { return Ok(None) };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, Args::new(vec![v.clone()]))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Snap::GetItem(obj, index) => match vm.getitem(&obj, &Value::Int(index)) {
            Ok(v) => {
                if let IterState::GetItem { index: i, .. } = &mut *cell.borrow_mut() {
                    *i += 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if vm.err_matches(&e, &vm.interp.exc.index_error.clone())
                    || vm.err_matches(&e, &vm.interp.exc.stop_iteration.clone()) =>
            {
                *cell.borrow_mut() = IterState::Exhausted;
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Snap::Callable(func, sentinel) => {
            let v = vm.call(&func, Args::default())?;
            if vm.eq(&v, &sentinel)? {
                *cell.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

enum Snap {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    GetItem(Value, i64),
    Callable(Value, Value),
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.at(0))
}

fn iter_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.at(0);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration(v))
        }
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types;
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.seq_iterator,
        &t.array_iterator,
        &t.callable_iterator,
    ] {
        super::types::add_method(ty, "__iter__", iter_self);
        super::types::add_method(ty, "__next__", iter_next_method);
    }
}
