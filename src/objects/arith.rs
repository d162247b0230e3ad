//! Binary operators on built-in types (the dunder-free path).

use super::int::as_int;
use super::payload::Payload;
use super::num::{self, Int, PowResult};
use super::value::Value;
use crate::bytecode::opcode::BinOpArg;
use crate::vm::{PyResult, Vm};

/// A number's kind for mixed arithmetic.
pub enum Num {
    Int(Int),
    Float(f64),
    Complex(f64, f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(a, b) => Some(Num::Complex(*a, *b)),
            _ => as_int(v).map(Num::Int),
        },
        _ => as_int(v).map(Num::Int),
    }
}

/// `a op b` for built-in operands; Ok(None) = NotImplemented.
pub fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOpArg) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOpArg::And => return Ok(Some(Value::Bool(x & y))),
            BinOpArg::Or => return Ok(Some(Value::Bool(x | y))),
            BinOpArg::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let int_only = matches!(
            op,
            BinOpArg::And | BinOpArg::Or | BinOpArg::Xor | BinOpArg::LShift | BinOpArg::RShift | BinOpArg::MatrixMultiply
        );
        if int_only && !(matches!(x, Num::Int(_)) && matches!(y, Num::Int(_))) {
            return Ok(None);
        }
        if op == BinOpArg::MatrixMultiply {
            return Ok(None);
        }
        return num_binop(vm, x, y, op).map(Some);
    }
    if op == BinOpArg::Remainder {
        if let Some(Payload::Str(_)) = a.payload() {
            return super::percent::str_percent(vm, a, b).map(Some);
        }
        if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = a.payload() {
            return super::bytes_dunders::bytes_percent(vm, a, b).map(Some);
        }
    }
    if op == BinOpArg::Add
        && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        && (matches!(b, Value::None | Value::Int(_) | Value::Float(_) | Value::Bool(_))
            || matches!(b.payload(), Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Dict(_))))
        && !crate::vm::protocol::is_heap(vm, b)
    {
        // bytes concatenation (sq_concat) names the operand types itself.
        return Err(vm.type_error(format!("can't concat {} to {}", vm.type_name(b), vm.type_name(a))));
    }
    match (a.payload(), b.payload(), op) {
        (Some(Payload::Str(x)), Some(Payload::Str(y)), BinOpArg::Add) => {
            let (Some(x), Some(y)) = (x.as_str(), y.as_str()) else {
                let mut cps = x.code_points();
                cps.extend(y.code_points());
                return Ok(Some(vm.new_pystr(super::strdata::PyStr::from_code_points(&cps))));
            };
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Some(vm.new_str(&s)))
        }
        (Some(Payload::List(x)), Some(Payload::List(y)), BinOpArg::Add) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Some(vm.new_list(v)))
        }
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y)), BinOpArg::Add) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(vm.new_tuple(v)))
        }
        (Some(Payload::Bytes(_) | Payload::ByteArray(_)), Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) | Payload::Array(_)), BinOpArg::Add) => {
            let mut v = super::bytes::as_bytes(a).unwrap_or_default();
            v.extend_from_slice(&super::bytes::as_bytes(b).unwrap_or_default());
            if super::bytes_ops::is_bytearray(a) {
                return Ok(Some(super::bytes::new_bytearray(vm, v)));
            }
            Ok(Some(vm.new_bytes(v)))
        }
        (Some(Payload::Set(_) | Payload::FrozenSet(_)), Some(Payload::Set(_) | Payload::FrozenSet(_)), _) => {
            super::set::set_binop(vm, a, b, op)
        }
        (Some(Payload::DictView { kind, .. }), _, BinOpArg::And | BinOpArg::Or | BinOpArg::Subtract | BinOpArg::Xor)
        | (_, Some(Payload::DictView { kind, .. }), BinOpArg::And | BinOpArg::Or | BinOpArg::Subtract | BinOpArg::Xor)
            if *kind != 1 =>
        {
            // Set algebra on keys/items views: set(a) op set(b), any iterable on the other side.
            let (x, y) = (super::set::view_as_set(vm, a)?, super::set::view_as_set(vm, b)?);
            super::set::set_binop(vm, &x, &y, op)
        }
        (Some(Payload::Dict(_)), Some(Payload::Dict(_)), BinOpArg::Or) => {
            let Value::Obj(ao) = a else { return Ok(None) };
            let d = vm.new_dict_obj();
            super::dict::update_from(vm, &d, &Value::Obj(ao.clone()), false)?;
            super::dict::update_from(vm, &d, b, false)?;
            Ok(Some(Value::Obj(d)))
        }
        (_, _, BinOpArg::Multiply) => {
            if let Some(n) = as_int(b) {
                return repeat(vm, a, &n);
            }
            if let Some(n) = as_int(a) {
                return repeat(vm, b, &n);
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// An in-place dunder of a built-in type (`list.__iadd__`, `set.__iand__`): the mutating
/// form, NotImplemented when it does not apply.
pub fn inplace_dunder(vm: &mut Vm, args: crate::vm::Args, op: BinOpArg) -> PyResult<Value> {
    let (a, b) = (args.at(0), args.at(1));
    match builtin_inplace(vm, &a, &b, op)? {
        Some(v) => Ok(v),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}

/// In-place forms that mutate (list +=, list *=, set |= ...); Ok(None) = use the plain form.
pub fn builtin_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOpArg) -> PyResult<Option<Value>> {
    match (a.payload(), op) {
        (Some(Payload::List(l)), BinOpArg::Add) => {
            let items = vm.collect_iterable(b)?;
            l.borrow_mut().extend(items);
            Ok(Some(a.clone()))
        }
        (Some(Payload::ByteArray(ba)), BinOpArg::Add) => {
            let Some(more) = super::bytes::as_bytes(b) else { return Ok(None) };
            if !more.is_empty() {
                super::buffer::check_resize(vm, a)?;
            }
            ba.borrow_mut().extend_from_slice(&more);
            Ok(Some(a.clone()))
        }
        (Some(Payload::ByteArray(ba)), BinOpArg::Multiply) => {
            let Some(n) = as_int(b) else { return Ok(None) };
            let n = match n {
                Int::Small(n) => n.max(0) as usize,
                Int::Big(_) => return Err(vm.memory_error("")),
            };
            let cur = ba.borrow().clone();
            if cur.len().checked_mul(n).map_or(true, |t| t > (1 << 34)) {
                return Err(vm.memory_error(""));
            }
            if n != 1 && !cur.is_empty() {
                super::buffer::check_resize(vm, a)?;
            }
            *ba.borrow_mut() = cur.repeat(n);
            Ok(Some(a.clone()))
        }
        (Some(Payload::List(l)), BinOpArg::Multiply) => {
            let Some(n) = as_int(b) else { return Ok(None) };
            let n = match n {
                Int::Small(n) => n.max(0) as usize,
                Int::Big(_) => return Err(vm.memory_error("")),
            };
            let items = l.borrow().clone();
            let mut out = Vec::new();
            if out.try_reserve(items.len().saturating_mul(n)).is_err() {
                return Err(vm.new_exception_noargs(&vm.interp.exc.memory_error.clone()));
            }
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            *l.borrow_mut() = out;
            Ok(Some(a.clone()))
        }
        (Some(Payload::Set(_)), BinOpArg::Or | BinOpArg::And | BinOpArg::Subtract | BinOpArg::Xor) => {
            if !matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
                return Ok(None);
            }
            let Some(r) = super::set::set_binop(vm, a, b, op)? else { return Ok(None) };
            let Value::Obj(ao) = a else { return Ok(None) };
            if let (Payload::Set(dst), Some(Payload::Set(src))) = (&ao.payload, r.payload()) {
                let t = src.borrow().copy();
                *dst.borrow_mut() = t;
            }
            Ok(Some(a.clone()))
        }
        (Some(Payload::Dict(_)), BinOpArg::Or) => {
            let Value::Obj(d) = a else { return Ok(None) };
            super::dict::update_from(vm, &d.clone(), b, false)?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn seq_len_is_zero(seq: &Value) -> bool {
    match seq.payload() {
        Some(Payload::Str(s)) => s.raw_bytes().is_empty(),
        Some(Payload::List(l)) => l.borrow().is_empty(),
        Some(Payload::Tuple(t)) => t.is_empty(),
        _ => false,
    }
}

fn repeat(vm: &mut Vm, seq: &Value, n: &Int) -> PyResult<Option<Value>> {
    let n = match n {
        Int::Small(n) => (*n).max(0) as usize,
        Int::Big(b) => {
            if num_traits::Signed::is_negative(b) {
                0
            } else {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        }
    };
    let too_big = |vm: &Vm| vm.new_exception_noargs(&vm.interp.exc.memory_error.clone());
    // An empty sequence repeats to an empty one at once, however large the count.
    let n = if seq_len_is_zero(seq) { 0 } else { n };
    match seq.payload() {
        Some(Payload::Str(s)) => {
            let total = s.raw_bytes().len().checked_mul(n).ok_or_else(|| too_big(vm))?;
            if total > (1 << 34) {
                return Err(too_big(vm));
            }
            match s.as_str() {
                Some(t) => Ok(Some(vm.new_str(&t.repeat(n)))),
                None => {
                    let cps = s.code_points();
                    let mut out = Vec::with_capacity(cps.len() * n);
                    for _ in 0..n {
                        out.extend_from_slice(&cps);
                    }
                    Ok(Some(vm.new_pystr(super::strdata::PyStr::from_code_points(&out))))
                }
            }
        }
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            let total = items.len().checked_mul(n).ok_or_else(|| too_big(vm))?;
            let mut out = Vec::new();
            if total > (1 << 32) || out.try_reserve(total).is_err() {
                return Err(too_big(vm));
            }
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(Some(vm.new_list(out)))
        }
        Some(Payload::Tuple(t)) => {
            let total = t.len().checked_mul(n).ok_or_else(|| too_big(vm))?;
            let mut out = Vec::new();
            if total > (1 << 32) || out.try_reserve(total).is_err() {
                return Err(too_big(vm));
            }
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Ok(Some(vm.new_tuple(out)))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = super::bytes::as_bytes(seq).unwrap_or_default();
            let total = b.len().checked_mul(n).ok_or_else(|| too_big(vm))?;
            if total > (1 << 34) {
                return Err(too_big(vm));
            }
            if super::bytes_ops::is_bytearray(seq) {
                return Ok(Some(super::bytes::new_bytearray(vm, b.repeat(n))));
            }
            Ok(Some(vm.new_bytes(b.repeat(n))))
        }
        _ => Ok(None),
    }
}

pub fn num_binop(vm: &mut Vm, x: Num, y: Num, op: BinOpArg) -> PyResult<Value> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => int_binop(vm, &a, &b, op),
        (Num::Complex(a, b), y) => {
            let (c, d) = to_complex(vm, y)?;
            super::complex::complex_binop(vm, (a, b), (c, d), op)
        }
        (x, Num::Complex(c, d)) => {
            let (a, b) = to_complex(vm, x)?;
            super::complex::complex_binop(vm, (a, b), (c, d), op)
        }
        (x, y) => {
            let a = to_f64(vm, x)?;
            let b = to_f64(vm, y)?;
            float_binop(vm, a, b, op)
        }
    }
}

fn to_f64(vm: &Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => num::to_f64(&i).map_err(|e| vm.num_error(e)),
        Num::Float(f) => Ok(f),
        Num::Complex(a, _) => Ok(a),
    }
}

fn to_complex(vm: &Vm, n: Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(a, b) => Ok((a, b)),
        other => Ok((to_f64(vm, other)?, 0.0)),
    }
}

pub fn int_binop(vm: &mut Vm, a: &Int, b: &Int, op: BinOpArg) -> PyResult<Value> {
    let r = match op {
        BinOpArg::Add => num::add(a, b),
        BinOpArg::Subtract => num::sub(a, b),
        BinOpArg::Multiply => num::mul(a, b),
        BinOpArg::FloorDivide => num::floordiv(a, b).map_err(|e| vm.num_error(e))?,
        BinOpArg::Remainder => num::modulo(a, b).map_err(|e| vm.num_error(e))?,
        BinOpArg::TrueDivide => return num::true_div(a, b).map(Value::Float).map_err(|e| vm.num_error(e)),
        BinOpArg::Power => {
            return match num::pow(a, b).map_err(|e| vm.num_error(e))? {
                PowResult::Int(i) => Ok(vm.new_int(i)),
                PowResult::Float(f) => Ok(Value::Float(f)),
            };
        }
        BinOpArg::LShift => num::lshift(a, b).map_err(|e| vm.num_error(e))?,
        BinOpArg::RShift => num::rshift(a, b).map_err(|e| vm.num_error(e))?,
        BinOpArg::And => num::bitand(a, b),
        BinOpArg::Or => num::bitor(a, b),
        BinOpArg::Xor => num::bitxor(a, b),
        BinOpArg::MatrixMultiply => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
    };
    Ok(vm.new_int(r))
}

pub fn float_binop(vm: &mut Vm, a: f64, b: f64, op: BinOpArg) -> PyResult<Value> {
    let r = match op {
        BinOpArg::Add => a + b,
        BinOpArg::Subtract => a - b,
        BinOpArg::Multiply => a * b,
        BinOpArg::TrueDivide => {
            if b == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            a / b
        }
        BinOpArg::FloorDivide => num::float_floordiv(a, b).map_err(|e| vm.num_error(e))?,
        BinOpArg::Remainder => num::float_mod(a, b).map_err(|e| vm.num_error(e))?,
        BinOpArg::Power => match num::float_pow(a, b).map_err(|e| vm.num_error(e))? {
            num::PowFloat::Float(f) => f,
            num::PowFloat::Complex(re, im) => return Ok(super::complex::new_complex(vm, re, im)),
        },
        _ => {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol(false)
            )));
        }
    };
    Ok(Value::Float(r))
}
