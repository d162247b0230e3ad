//! Rich comparison of built-in types (the dunder-free path).

use std::cmp::Ordering;

use super::arith::{Num, as_num};
use super::payload::Payload;
use super::num;
use super::value::Value;
use crate::bytecode::opcode::CompareArg;
use crate::vm::{PyResult, Vm};

fn apply(ord: Option<Ordering>, op: CompareArg) -> bool {
    match ord {
        None => op == CompareArg::Ne,
        Some(o) => match op {
            CompareArg::Lt => o == Ordering::Less,
            CompareArg::Le => o != Ordering::Greater,
            CompareArg::Eq => o == Ordering::Equal,
            CompareArg::Ne => o != Ordering::Equal,
            CompareArg::Gt => o == Ordering::Greater,
            CompareArg::Ge => o != Ordering::Less,
        },
    }
}

fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => match (a, b) {
            (num::Int::Small(a), num::Int::Small(b)) => Some(a.cmp(b)),
            _ => Some(a.to_bigint().cmp(&b.to_bigint())),
        },
        (Num::Int(a), Num::Float(f)) => num::cmp_int_float(a, *f),
        (Num::Float(f), Num::Int(a)) => num::cmp_int_float(a, *f).map(Ordering::reverse),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        _ => None,
    }
}

/// Some(result), or None when the types are not comparable this way (NotImplemented).
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareArg) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
            if matches!(op, CompareArg::Eq | CompareArg::Ne) {
                let (p, q) = match (&x, &y) {
                    (Num::Complex(a, b), Num::Complex(c, d)) => (a == c && b == d, true),
                    (Num::Complex(a, b), o) | (o, Num::Complex(a, b)) => {
                        (*b == 0.0 && num_cmp(&Num::Float(*a), o) == Some(Ordering::Equal), true)
                    }
                    _ => (false, true),
                };
                let _ = q;
                return Ok(Some(p == (op == CompareArg::Eq)));
            }
            return Ok(None);
        }
        return Ok(Some(apply(num_cmp(&x, &y), op)));
    }
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else { return Ok(None) };
    match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => {
            let ord = match (x.as_str(), y.as_str()) {
                (Some(s), Some(t)) => s.cmp(t),
                _ => x.code_points().cmp(&y.code_points()),
            };
            Ok(Some(apply(Some(ord), op)))
        }
        (Payload::Bytes(x), Payload::Bytes(y)) => Ok(Some(apply(Some(x.cmp(y)), op))),
        // Bound methods are equal when they bind the same function to the same object.
        (Payload::BoundMethod { func: f1, self_: s1 }, Payload::BoundMethod { func: f2, self_: s2 })
            if matches!(op, CompareArg::Eq | CompareArg::Ne) =>
        {
            Ok(Some((f1.is(f2) && s1.is(s2)) == (op == CompareArg::Eq)))
        }
        (Payload::Builtin(_), Payload::Builtin(_)) if matches!(op, CompareArg::Eq | CompareArg::Ne) => {
            let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(None) };
            Ok(super::descr_get::same_builtin_method(x, y).map(|same| same == (op == CompareArg::Eq)))
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let (x, y) = (super::bytes::as_bytes(a).unwrap_or_default(), super::bytes::as_bytes(b).unwrap_or_default());
            Ok(Some(apply(Some(x.cmp(&y)), op)))
        }
        (Payload::Tuple(_), Payload::Tuple(_)) | (Payload::List(_), Payload::List(_)) => seq_compare(vm, a, b, op).map(Some),
        (Payload::Dict(_), Payload::Dict(_)) => {
            if !matches!(op, CompareArg::Eq | CompareArg::Ne) {
                return Ok(None);
            }
            let eq = super::dict::dict_eq(vm, a, b)?;
            Ok(Some(eq == (op == CompareArg::Eq)))
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            super::set::set_compare(vm, a, b, op).map(Some)
        }
        (Payload::DictView { kind, .. }, Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. })
        | (Payload::Set(_) | Payload::FrozenSet(_), Payload::DictView { kind, .. })
            if *kind != 1 =>
        {
            // keys and items views compare like the sets of their elements.
            let (x, y) = (super::set::view_as_set(vm, a)?, super::set::view_as_set(vm, b)?);
            super::set::set_compare(vm, &x, &y, op).map(Some)
        }
        (Payload::Range { .. }, Payload::Range { .. }) => {
            if !matches!(op, CompareArg::Eq | CompareArg::Ne) {
                return Ok(None);
            }
            let eq = super::range::range_eq(a, b);
            Ok(Some(eq == (op == CompareArg::Eq)))
        }
        _ => Ok(None),
    }
}

fn item(v: &Value, i: usize) -> Option<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().get(i).cloned(),
        Some(Payload::Tuple(t)) => t.get(i).cloned(),
        _ => None,
    }
}

/// Lexicographic comparison; items compared with `==` first, as CPython does.
fn seq_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareArg) -> PyResult<bool> {
    vm.check_native_stack()?;
    let mut i = 0;
    loop {
        let (x, y) = (item(a, i), item(b, i));
        match (x, y) {
            (Some(x), Some(y)) => {
                if !vm.eq(&x, &y)? {
                    return match op {
                        CompareArg::Eq => Ok(false),
                        CompareArg::Ne => Ok(true),
                        _ => {
                            let r = vm.compare(&x, &y, op)?;
                            vm.truthy(&r)
                        }
                    };
                }
            }
            (x, y) => {
                let ord = match (x.is_some(), y.is_some()) {
                    (false, false) => Ordering::Equal,
                    (false, true) => Ordering::Less,
                    _ => Ordering::Greater,
                };
                return Ok(apply(Some(ord), op));
            }
        }
        i += 1;
    }
}
