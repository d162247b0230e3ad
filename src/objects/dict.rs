//! dict: storage helpers (lookups that may run Python `__eq__` without holding a borrow)
//! and the dict type's methods.

use std::cell::RefCell;

use super::heap::ObjRef;
use super::payload::{IterState, Payload};
use super::str::as_str_lossy;
use super::num::hash_str;
use super::table::{CandidateTable, DictTable};
use super::types::{add_classmethod, add_method};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Equality decidable without running Python: Some(answer) or None.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if x.class().ptr_eq(y.class()) => Some(s.raw_bytes() == t.raw_bytes()),
            _ => None,
        },
        (Value::Int(_), Value::Obj(o)) | (Value::Obj(o), Value::Int(_)) if matches!(o.payload, Payload::Str(_)) => Some(false),
        _ => None,
    }
}

/// Index of `key` in `cell`'s table.
pub fn find<V: Clone>(vm: &mut Vm, cell: &RefCell<DictTable<Value, V>>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    find_in(vm, cell, key, hash)
}

/// The lookup loop of every dict and set: the borrow is released around every Python
/// `__eq__` and the search restarts if the table changed meanwhile.
pub fn find_in<T: CandidateTable<Value>>(vm: &mut Vm, cell: &RefCell<T>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let (mut probe, version) = {
            let t = cell.borrow();
            (t.start_probe(hash), t.table_version())
        };
        loop {
            let cand = {
                let t = cell.borrow();
                match t.next_candidate_index(&mut probe) {
                    None => return Ok(None),
                    Some(i) => (i, t.candidate_key(i).cloned()),
                }
            };
            let (i, Some(k)) = cand else { continue };
            match fast_eq(&k, key) {
                Some(true) => return Ok(Some(i)),
                Some(false) => continue,
                None => {}
            }
            let eq = vm.eq(&k, key)?;
            if cell.borrow().table_version() != version {
                continue 'restart;
            }
            if eq {
                return Ok(Some(i));
            }
        }
    }
}

fn str_hash(key: &Value) -> Option<i64> {
    match key.payload() {
        Some(Payload::Str(s)) => Some(s.hash()),
        _ => None,
    }
}

/// Lookup by str content only (namespaces): no Python runs.
pub fn table_get_str(t: &DictTable<Value, Value>, name: &str) -> Option<Value> {
    let i = table_find_str(t, name)?;
    t.entry(i).map(|(_, v)| v.clone())
}

/// The entry index of the str key `name`.
pub fn table_find_str(t: &DictTable<Value, Value>, name: &str) -> Option<usize> {
    let mut p = t.probe(hash_str(name));
    while let Some(i) = t.next_candidate(&mut p) {
        if let Some((k, _)) = t.entry(i) {
            if let Some(Payload::Str(s)) = k.payload() {
                if s.raw_bytes() == name.as_bytes() {
                    return Some(i);
                }
            }
        }
    }
    None
}

#[inline]
fn table_index_str(t: &DictTable<Value, Value>, key: &Value) -> Option<usize> {
    let Some(Payload::Str(ks)) = key.payload() else { return None };
    t.find(ks.hash(), |k| k.is(key) || matches!(k.payload(), Some(Payload::Str(s)) if s.raw_bytes() == ks.raw_bytes()))
}

pub fn table_set_str(t: &mut DictTable<Value, Value>, key: Value, value: Value) {
    match table_index_str(t, &key) {
        Some(i) => {
            let old = t.set_value(i, value);
            drop(old);
        }
        None => {
            let h = str_hash(&key).unwrap_or(0);
            t.insert_new(h, key, value);
        }
    }
}

/// Store under a str key, returning the previous value so the caller drops it after the
/// borrow ends (a `__del__` must not run while the table is borrowed).
pub fn table_replace_str(t: &mut DictTable<Value, Value>, key: Value, value: Value) -> Option<Value> {
    match table_index_str(t, &key) {
        Some(i) => Some(t.set_value(i, value)),
        None => {
            let h = str_hash(&key).unwrap_or(0);
            t.insert_new(h, key, value);
            None
        }
    }
}

pub fn table_del_str(t: &mut DictTable<Value, Value>, name: &str) -> bool {
    let key_hash = hash_str(name);
    let mut p = t.probe(key_hash);
    let mut found = None;
    while let Some(i) = t.next_candidate(&mut p) {
        if let Some((k, _)) = t.entry(i) {
            if let Some(Payload::Str(s)) = k.payload() {
                if s.raw_bytes() == name.as_bytes() {
                    found = Some(i);
                    break;
                }
            }
        }
    }
    match found {
        Some(i) => {
            t.remove_at(i);
            true
        }
        None => false,
    }
}

/// `d[name]` for a str name, no Python involved (globals, builtins, namespaces).
pub fn get_str(d: &ObjRef, name: &str) -> Option<Value> {
    match &d.payload {
        Payload::Dict(t) => table_get_str(&t.borrow(), name),
        _ => None,
    }
}

/// `d[key]` where key is a str value (uses its cached hash).
#[inline]
pub fn get_str_value(d: &ObjRef, key: &Value) -> Option<Value> {
    match &d.payload {
        Payload::Dict(t) => {
            let t = t.borrow();
            table_index_str(&t, key).and_then(|i| t.entry(i).map(|(_, v)| v.clone()))
        }
        _ => None,
    }
}

pub fn set_str(vm: &mut Vm, d: &ObjRef, name: &str, value: Value) -> PyResult<()> {
    let key = vm.interp.intern(name);
    set_item(vm, d, key, value)
}

pub fn get_item_opt(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let Payload::Dict(t) = &d.payload else { return Ok(None) };
    if str_hash(key).is_some() && !crate::vm::protocol::is_heap(vm, key) {
        let t = t.borrow();
        return Ok(table_index_str(&t, key).and_then(|i| t.entry(i).map(|(_, v)| v.clone())));
    }
    let h = vm.hash(key)?;
    let i = find(vm, t, key, h)?;
    Ok(i.and_then(|i| t.borrow().entry(i).map(|(_, v)| v.clone())))
}

pub fn set_item(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let Payload::Dict(t) = &d.payload else { return Err(vm.type_error("not a dict")) };
    let h = vm.hash(&key)?;
    let old = match find(vm, t, &key, h)? {
        Some(i) => Some(t.borrow_mut().set_value(i, value)),
        None => {
            t.borrow_mut().insert_new(h, key, value);
            None
        }
    };
    drop(old);
    Ok(())
}

pub fn del_item_opt(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let Payload::Dict(t) = &d.payload else { return Ok(None) };
    let h = vm.hash(key)?;
    match find(vm, t, key, h)? {
        Some(i) => {
            let removed = t.borrow_mut().remove_at(i);
            Ok(Some(removed.1))
        }
        None => Ok(None),
    }
}

pub fn entries(d: &ObjRef) -> Vec<(Value, Value)> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    }
}

/// `d.update(other)`; with `merge`, a repeated key is an error (`f(**a, **b)`).
pub fn update_from(vm: &mut Vm, d: &ObjRef, other: &Value, merge: bool) -> PyResult<()> {
    let pairs: Vec<(Value, Value)> = match other.payload() {
        Some(Payload::Dict(_)) => match other {
            Value::Obj(o) => entries(o),
            _ => Vec::new(),
        },
        _ => {
            if vm.hasattr(other, "keys")? {
                let keys = vm.call_method(other, "keys", vec![])?;
                let keys = vm.collect_iterable(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = vm.getitem(other, &k)?;
                    out.push((k, v));
                }
                out
            } else {
                if merge {
                    return Err(vm.type_error(format!("'{}' object is not a mapping", vm.type_name(other))));
                }
                let items = vm.collect_iterable(other)?;
                let mut out = Vec::new();
                for (i, it) in items.into_iter().enumerate() {
                    let kv = vm.collect_iterable(&it).map_err(|_| {
                        vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{} to a sequence",
                            i
                        ))
                    })?;
                    if kv.len() != 2 {
                        return Err(vm.value_error(format!(
                            "dictionary update sequence element #{} has length {}; 2 is required",
                            i,
                            kv.len()
                        )));
                    }
                    let mut kv = kv.into_iter();
                    if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
                        out.push((k, v));
                    }
                }
                out
            }
        }
    };
    for (k, v) in pairs {
        if merge && get_item_opt(vm, d, &k)?.is_some() {
            let kr = vm.repr_string(&k)?;
            return Err(vm.type_error(format!("got multiple values for keyword argument {}", kr)));
        }
        set_item(vm, d, k, v)?;
    }
    Ok(())
}

pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(false) };
    let ea = entries(x);
    if ea.len() != entries(y).len() {
        return Ok(false);
    }
    for (k, v) in ea {
        match get_item_opt(vm, y, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

/// `d[key]` including `__missing__` for subclasses; KeyError otherwise.
pub fn subscript(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Value> {
    if let Some(v) = get_item_opt(vm, d, key)? {
        return Ok(v);
    }
    if !d.class().ptr_eq(&vm.interp.types.dict) {
        if let Some(m) = super::types::lookup(d.class(), "__missing__") {
            return vm.call(&m, Args::new(vec![Value::Obj(d.clone()), key.clone()]));
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first() else { return Err(vm.type_error("dict.__new__: no type")) };
    Ok(Value::Obj(super::types::new_instance(vm, cls)))
}

/// `dict(src, **kw)` and `d.update(src, **kw)` do the same work; only the name in
/// the arity error differs.
fn merge_args(vm: &mut Vm, mut args: Args, name: &str) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let kwargs = std::mem::take(&mut args.kwargs);
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    if let Some(src) = args.args.get(1) {
        let src = src.clone();
        update_from(vm, &d, &src, false)?;
    }
    for (k, v) in kwargs {
        set_item(vm, &d, k, v)?;
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    merge_args(vm, args, "dict")
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "get", 1, 2)?;
    let d = this(vm, &args)?;
    Ok(get_item_opt(vm, &d, &args.at(1))?.unwrap_or_else(|| args.at(2)))
}

fn view(vm: &mut Vm, args: &Args, kind: u8) -> PyResult<Value> {
    let d = this(vm, args)?;
    let cls = match kind {
        0 => vm.interp.types.dict_keys.clone(),
        1 => vm.interp.types.dict_values.clone(),
        _ => vm.interp.types.dict_items.clone(),
    };
    Ok(Value::Obj(ObjRef::new(cls, Payload::DictView { dict: d, kind })))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "keys", 0, 0)?;
    view(vm, &args, 0)
}
fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "values", 0, 0)?;
    view(vm, &args, 1)
}
fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "items", 0, 0)?;
    view(vm, &args, 2)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 1, 2)?;
    let d = this(vm, &args)?;
    match del_item_opt(vm, &d, &args.at(1))? {
        Some(v) => Ok(v),
        None if args.len() > 2 => Ok(args.at(2)),
        None => Err(vm.key_error(args.at(1))),
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "popitem", 0, 0)?;
    let d = this(vm, &args)?;
    let r = match &d.payload {
        Payload::Dict(t) => t.borrow_mut().popitem(),
        _ => None,
    };
    match r {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "setdefault", 1, 2)?;
    let d = this(vm, &args)?;
    if let Some(v) = get_item_opt(vm, &d, &args.at(1))? {
        return Ok(v);
    }
    set_item(vm, &d, args.at(1), args.at(2))?;
    Ok(args.at(2))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    merge_args(vm, args, "update")
}

/// `d |= other`: update in place (any mapping or iterable of pairs), then `d`.
fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__ior__", 2, 2)?;
    let d = args.at(0);
    merge_args(vm, Args::new(vec![d.clone(), args.at(1)]), "update")?;
    Ok(d)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "copy", 0, 0)?;
    let d = this(vm, &args)?;
    let n = vm.new_dict_obj();
    if let (Payload::Dict(src), Payload::Dict(dst)) = (&d.payload, &n.payload) {
        *dst.borrow_mut() = src.borrow().clone();
    }
    Ok(Value::Obj(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "clear", 0, 0)?;
    let d = this(vm, &args)?;
    let old = match &d.payload {
        Payload::Dict(t) => std::mem::replace(&mut *t.borrow_mut(), DictTable::new()),
        _ => DictTable::new(),
    };
    drop(old);
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromkeys", 1, 2)?;
    let cls = args.at(0);
    let d = vm.call(&cls, Args::default())?;
    let keys = vm.collect_iterable(&args.at(1))?;
    for k in keys {
        vm.setitem(&d, k, args.at(2))?;
    }
    Ok(d)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getitem__", 1, 1)?;
    let d = this(vm, &args)?;
    subscript(vm, &d, &args.at(1))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    set_item(vm, &d, args.at(1), args.at(2))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    match del_item_opt(vm, &d, &args.at(1))? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args.at(1))),
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    Ok(Value::Bool(get_item_opt(vm, &d, &args.at(1))?.is_some()))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    Ok(Value::Int(entries(&d).len() as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let len = entries(&d).len();
    Ok(vm.new_iter(&vm.interp.types.dict_keyiterator.clone(), IterState::Table { obj: d, pos: 0, kind: 0, len }))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args)?;
    let s = super::repr::builtin_repr(vm, &Value::Obj(d))?;
    Ok(vm.new_str(&s))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&args.at(0))? as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.iter_builtin(&args.at(0))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains_builtin(&args.at(0), &args.at(1))?))
}

/// `__reversed__` of dicts and views: what builtins.reversed does for them.
fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = Value::Obj(vm.interp.types.reversed.clone());
    vm.call(&r, Args::new(vec![args.at(0)]))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "isdisjoint", 1, 1)?;
    let view = args.at(0);
    for x in vm.collect_iterable(&args.at(1))? {
        if vm.contains_builtin(&view, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn register_views(vm: &Vm) {
    let types = &vm.interp.types;
    for t in [&types.dict_keys, &types.dict_values, &types.dict_items] {
        add_method(t, "__len__", view_len);
        add_method(t, "__iter__", view_iter);
        add_method(t, "__reversed__", reversed);
    }
    for t in [&types.dict_keys, &types.dict_items] {
        add_method(t, "__contains__", view_contains);
        add_method(t, "isdisjoint", isdisjoint);
        super::dunders::register_binops(
            t,
            &["__and__", "__rand__", "__or__", "__ror__", "__sub__", "__rsub__", "__xor__", "__rxor__"],
        );
        super::dunders::register_compares(t);
    }
}

pub fn register(vm: &Vm) {
    register_views(vm);
    let t = &vm.interp.types.dict;
    // Without its own rich comparisons, dict's subclasses inherited object.__eq__
    // (identity), so D(a=1) == {'a': 1} was False.
    super::dunders::register_compares(t);
    add_method(t, "__reversed__", reversed);
    super::dunders::register_binops(t, &["__or__", "__ror__"]);
    super::types::add_static(t, "__new__", dict_new);
    add_method(t, "__init__", dict_init);
    add_method(t, "get", get);
    add_method(t, "keys", keys);
    add_method(t, "values", values);
    add_method(t, "items", items);
    add_method(t, "pop", pop);
    add_method(t, "popitem", popitem);
    add_method(t, "setdefault", setdefault);
    add_method(t, "update", update);
    add_method(t, "__ior__", ior);
    add_method(t, "copy", copy);
    add_method(t, "clear", clear);
    add_classmethod(t, "fromkeys", fromkeys);
    add_method(t, "__getitem__", getitem);
    add_method(t, "__setitem__", setitem);
    add_method(t, "__delitem__", delitem);
    add_method(t, "__contains__", contains);
    add_method(t, "__len__", len);
    add_method(t, "__iter__", iter);
    add_method(t, "__repr__", repr);
    let _ = as_str_lossy;
}

/// A name looked up in a namespace that is not an exact dict (eval/exec locals, a
/// metaclass's `__prepare__` result): its `__getitem__`, KeyError meaning "not here".
pub fn mapping_get_opt(vm: &mut Vm, ns: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let v = Value::Obj(ns.clone());
    match vm.getitem(&v, key) {
        Ok(x) => Ok(Some(x)),
        Err(e) if vm.err_matches(&e, &vm.interp.exc.key_error.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}
