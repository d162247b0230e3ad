//! Indexing and slicing of built-in sequences and mappings.

use super::payload::Payload;
use super::strdata::PyStr;
use super::num::Int;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// An index-like value as i64 (`__index__` for user classes); None if not index-like.
pub fn to_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(Int::Small(i)) => Ok(Some(*i)),
            Payload::Int(Int::Big(b)) => {
                let neg = num_traits::Signed::is_negative(b);
                Ok(Some(if neg { i64::MIN } else { i64::MAX }))
            }
            _ => {
                if crate::vm::protocol::is_heap(vm, v) {
                    if let Some(f) = super::types::lookup(o.class(), "__index__") {
                        let r = vm.call(&f, Args::new(vec![v.clone()]))?;
                        return match super::int::as_int(&r) {
                            Some(Int::Small(i)) => Ok(Some(i)),
                            Some(Int::Big(_)) => Ok(Some(i64::MAX)),
                            None => Err(vm.type_error(format!(
                                "__index__ returned non-int (type {})",
                                vm.type_name(&r)
                            ))),
                        };
                    }
                }
                Ok(None)
            }
        },
        _ => Ok(None),
    }
}

/// CPython's slice.indices(len): (start, stop, step).
pub fn slice_indices(vm: &mut Vm, s: &Value, len: i64) -> PyResult<(i64, i64, i64)> {
    let Some(Payload::Slice(a, b, c)) = s.payload() else { return Err(vm.type_error("expected slice")) };
    let (a, b, c) = (a.clone(), b.clone(), c.clone());
    let idx = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match to_index(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = idx(vm, &c)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adj = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lower),
            Some(i) => i.min(upper),
        }
    };
    let start = adj(idx(vm, &a)?, if step < 0 { upper } else { lower });
    let stop = adj(idx(vm, &b)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// The positions a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str, container: &Value) -> PyResult<usize> {
    let Some(i) = to_index(vm, key)? else {
        if what == "string" {
            // CPython 3.11's str subscript words its error differently from the others.
            return Err(vm.type_error(format!("string indices must be integers, not '{}'", vm.type_name(key))));
        }
        return Err(vm.type_error(format!(
            "{} indices must be integers or slices, not {}",
            what_type(vm, container, what),
            vm.type_name(key)
        )));
    };
    let n = len as i64;
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(format!("{} index out of range", what)));
    }
    Ok(j as usize)
}

fn what_type(vm: &Vm, v: &Value, what: &str) -> String {
    if what == "string" { "string".into() } else { vm.type_name(v).replace("str", "string") }
}

pub fn builtin_getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let is_slice = matches!(key.payload(), Some(Payload::Slice(..)));
    match container.payload() {
        Some(Payload::List(l)) => {
            let len = l.borrow().len();
            if is_slice {
                let (a, b, c) = slice_indices(vm, key, len as i64)?;
                let l = l.borrow();
                let items = slice_positions(a, b, c).into_iter().filter_map(|i| l.get(i).cloned()).collect();
                return Ok(vm.new_list(items));
            }
            let i = seq_index(vm, key, len, "list", container)?;
            l.borrow().get(i).cloned().ok_or_else(|| vm.index_error("list index out of range"))
        }
        Some(Payload::Tuple(t)) => {
            if is_slice {
                let (a, b, c) = slice_indices(vm, key, t.len() as i64)?;
                let items = slice_positions(a, b, c).into_iter().filter_map(|i| t.get(i).cloned()).collect();
                return Ok(vm.new_tuple(items));
            }
            let i = seq_index(vm, key, t.len(), "tuple", container)?;
            Ok(t[i].clone())
        }
        Some(Payload::Str(s)) => {
            if is_slice {
                let (a, b, c) = slice_indices(vm, key, s.len() as i64)?;
                if c == 1 {
                    let (a, b) = (a.max(0) as usize, b.max(a).max(0) as usize);
                    return Ok(vm.new_pystr(s.substring(a, b)));
                }
                let cps: Vec<u32> = slice_positions(a, b, c).into_iter().map(|i| s.char_at(i)).collect();
                return Ok(vm.new_pystr(PyStr::from_code_points(&cps)));
            }
            let i = seq_index(vm, key, s.len(), "string", container)?;
            let cp = s.char_at(i);
            Ok(match char::from_u32(cp) {
                Some(c) => {
                    let mut buf = [0u8; 4];
                    vm.new_str(c.encode_utf8(&mut buf))
                }
                None => vm.new_pystr(PyStr::from_code_points(&[cp])),
            })
        }
        Some(Payload::Bytes(b)) => {
            if is_slice {
                let (x, y, z) = slice_indices(vm, key, b.len() as i64)?;
                let items = slice_positions(x, y, z).into_iter().map(|i| b[i]).collect();
                return Ok(vm.new_bytes(items));
            }
            let i = seq_index(vm, key, b.len(), "index", container)?;
            Ok(Value::Int(b[i] as i64))
        }
        Some(Payload::ByteArray(b)) => {
            let len = b.borrow().len();
            if is_slice {
                let (x, y, z) = slice_indices(vm, key, len as i64)?;
                let items: Vec<u8> = slice_positions(x, y, z).into_iter().map(|i| b.borrow()[i]).collect();
                return Ok(super::bytes::new_bytearray(vm, items));
            }
            let i = seq_index(vm, key, len, "bytearray", container)?;
            Ok(Value::Int(b.borrow()[i] as i64))
        }
        Some(Payload::Range { .. }) => super::range::range_getitem(vm, container, key),
        Some(Payload::Dict(_)) => {
            let Value::Obj(d) = container else { return Err(vm.type_error("bad dict")) };
            super::dict::subscript(vm, &d.clone(), key)
        }
        Some(Payload::Type(_)) => {
            let Value::Obj(cls) = container else { return Err(vm.type_error("bad type")) };
            if let Some(f) = super::types::lookup(cls, "__class_getitem__") {
                let f = match f.payload() {
                    Some(Payload::ClassMethod(g)) => g.clone(),
                    _ => f,
                };
                return vm.call(&f, Args::new(vec![container.clone(), key.clone()]));
            }
            if cls.ptr_eq(&vm.interp.types.type_) || super::types::type_data(cls).is_some_and(|d| d.flags.get() & super::payload::tflags::HEAPTYPE == 0) {
                // `list[int]` and friends: generic aliases are not modelled yet; return the class.
                return Ok(container.clone());
            }
            Err(vm.type_error(format!("type '{}' is not subscriptable", super::types::type_name(cls))))
        }
        _ => match crate::vm::protocol::native_dunder(container, "__getitem__") {
            Some(f) => vm.call(&f, Args::new(vec![container.clone(), key.clone()])),
            None => Err(vm.type_error(format!("'{}' object is not subscriptable", vm.type_name(container)))),
        },
    }
}

pub fn builtin_setitem(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    match container.payload() {
        Some(Payload::List(l)) => {
            if let Some(Payload::Slice(..)) = key.payload() {
                let items = vm.collect_iterable(&value)?;
                let len = l.borrow().len();
                let (a, b, c) = slice_indices(vm, &key, len as i64)?;
                let mut l = l.borrow_mut();
                if c == 1 {
                    let a = a.max(0) as usize;
                    let b = (b.max(a as i64) as usize).min(l.len());
                    let old: Vec<Value> = l.splice(a..b, items).collect();
                    drop(l);
                    drop(old);
                    return Ok(());
                }
                let pos = slice_positions(a, b, c);
                if pos.len() != items.len() {
                    drop(l);
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        items.len(),
                        pos.len()
                    )));
                }
                for (p, v) in pos.into_iter().zip(items) {
                    l[p] = v;
                }
                return Ok(());
            }
            let len = l.borrow().len();
            let i = match to_index(vm, &key)? {
                Some(i) => i,
                None => {
                    return Err(vm.type_error(format!("list indices must be integers or slices, not {}", vm.type_name(&key))));
                }
            };
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.index_error("list assignment index out of range"));
            }
            let old = std::mem::replace(&mut l.borrow_mut()[j as usize], value);
            drop(old);
            Ok(())
        }
        Some(Payload::Dict(_)) => {
            let Value::Obj(d) = container else { return Ok(()) };
            super::dict::set_item(vm, &d.clone(), key, value)
        }
        Some(Payload::ByteArray(b)) => {
            let len = b.borrow().len();
            if let Some(Payload::Slice(..)) = key.payload() {
                return super::bytes_slice::assign(vm, container, b, &key, &value);
            }
            let i = seq_index(vm, &key, len, "bytearray", container)?;
            let v = super::bytes_mut::byte_value(vm, &value)?;
            b.borrow_mut()[i] = v as u8;
            Ok(())
        }
        _ => match crate::vm::protocol::native_dunder(container, "__setitem__") {
            Some(f) => vm.call(&f, Args::new(vec![container.clone(), key, value])).map(|_| ()),
            None => Err(vm.type_error(format!("'{}' object does not support item assignment", vm.type_name(container)))),
        },
    }
}

pub fn builtin_delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    match container.payload() {
        Some(Payload::List(l)) => {
            let len = l.borrow().len();
            if let Some(Payload::Slice(..)) = key.payload() {
                let (a, b, c) = slice_indices(vm, key, len as i64)?;
                let mut pos = slice_positions(a, b, c);
                pos.sort_unstable();
                let mut l = l.borrow_mut();
                let mut removed = Vec::new();
                for p in pos.into_iter().rev() {
                    removed.push(l.remove(p));
                }
                drop(l);
                drop(removed);
                return Ok(());
            }
            let i = seq_index(vm, key, len, "list assignment", container)?;
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(())
        }
        Some(Payload::Dict(_)) => {
            let Value::Obj(d) = container else { return Ok(()) };
            match super::dict::del_item_opt(vm, &d.clone(), key)? {
                Some(_) => Ok(()),
                None => Err(vm.key_error(key.clone())),
            }
        }
        Some(Payload::ByteArray(b)) => {
            let len = b.borrow().len();
            if let Some(Payload::Slice(..)) = key.payload() {
                return super::bytes_slice::delete(vm, container, b, key);
            }
            let i = seq_index(vm, key, len, "bytearray", container)?;
            super::buffer::check_resize(vm, container)?;
            b.borrow_mut().remove(i);
            Ok(())
        }
        _ => match crate::vm::protocol::native_dunder(container, "__delitem__") {
            Some(f) => vm.call(&f, Args::new(vec![container.clone(), key.clone()])).map(|_| ()),
            None => Err(vm.type_error(format!("'{}' object doesn't support item deletion", vm.type_name(container)))),
        },
    }
}

/// The optional `start, stop` of `list.index`/`tuple.index` at `args[first..]`, clamped
/// like slice bounds to `0..=len` (negative values count from the end).
pub fn search_bounds(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let bound = |vm: &mut Vm, i: usize, default: usize| -> PyResult<usize> {
        let Some(v) = args.get(i) else { return Ok(default) };
        let Some(x) = to_index(vm, v)? else {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        };
        let n = len as i64;
        Ok(if x < 0 { (x.saturating_add(n)).max(0) as usize } else { x.min(n) as usize })
    };
    let start = bound(vm, first, 0)?;
    let stop = bound(vm, first + 1, len)?;
    Ok((start, stop))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "slice")?;
    let n = args.len().saturating_sub(1);
    let (a, b, c) = match n {
        1 => (Value::None, args.at(1), Value::None),
        2 => (args.at(1), args.at(2), Value::None),
        3 => (args.at(1), args.at(2), args.at(3)),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(Value::Obj(super::heap::ObjRef::new(vm.interp.types.slice.clone(), Payload::Slice(a, b, c))))
}

fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "indices", 1, 1)?;
    let Some(len) = to_index(vm, &args.at(1))? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.at(1)))));
    };
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = slice_indices(vm, &args.at(0), len)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

/// Slices compare as the tuples (start, stop, step).
fn slice_cmp(vm: &mut Vm, args: Args, op: crate::bytecode::opcode::CompareArg) -> PyResult<Value> {
    let as_tuple = |vm: &Vm, v: &Value| match v.payload() {
        Some(Payload::Slice(a, b, c)) => Some(vm.new_tuple(vec![a.clone(), b.clone(), c.clone()])),
        _ => None,
    };
    let (Some(x), Some(y)) = (as_tuple(vm, &args.at(0)), as_tuple(vm, &args.at(1))) else {
        return Ok(vm.interp.not_implemented.clone());
    };
    vm.compare(&x, &y, op)
}

macro_rules! slice_cmps {
    ($($f:ident $op:ident),*) => { $( fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
        slice_cmp(vm, args, crate::bytecode::opcode::CompareArg::$op)
    } )* };
}
slice_cmps!(s_eq Eq, s_ne Ne, s_lt Lt, s_le Le, s_gt Gt, s_ge Ge);

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::repr::builtin_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

pub fn register_slice(vm: &Vm) {
    let t = &vm.interp.types.slice;
    super::types::add_static(t, "__new__", slice_new);
    super::types::add_method(t, "indices", slice_indices_method);
    super::types::add_method(t, "__repr__", slice_repr);
    for (name, f) in [("__eq__", s_eq as super::payload::NativeFn), ("__ne__", s_ne), ("__lt__", s_lt), ("__le__", s_le), ("__gt__", s_gt), ("__ge__", s_ge)] {
        super::types::add_method(t, name, f);
    }
}
