//! Binary, unary and comparison operators: built-in fast paths first, then the dunder
//! protocol with reflected operands and NotImplemented.

use super::protocol::is_heap;
use super::{Args, PyResult, Vm};
use crate::bytecode::opcode::{BinOpArg, CompareArg, Opcode};
use crate::objects::payload::Payload;
use crate::objects::num::{self, Int};
use crate::objects::types::{self, lookup};
use crate::objects::value::Value;

pub fn dunder(op: BinOpArg) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOpArg::Add => ("__add__", "__radd__", "__iadd__"),
        BinOpArg::And => ("__and__", "__rand__", "__iand__"),
        BinOpArg::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOpArg::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOpArg::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOpArg::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinOpArg::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinOpArg::Or => ("__or__", "__ror__", "__ior__"),
        BinOpArg::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinOpArg::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOpArg::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinOpArg::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOpArg::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

pub fn cmp_dunder(op: CompareArg) -> (&'static str, &'static str) {
    match op {
        CompareArg::Lt => ("__lt__", "__gt__"),
        CompareArg::Le => ("__le__", "__ge__"),
        CompareArg::Eq => ("__eq__", "__eq__"),
        CompareArg::Ne => ("__ne__", "__ne__"),
        CompareArg::Gt => ("__gt__", "__lt__"),
        CompareArg::Ge => ("__ge__", "__le__"),
    }
}

/// Two exact strs (no subclass `__eq__`/`__lt__` to consult): ordered by their text, which
/// for UTF-8 is byte order. None for anything else, surrogate strs included.
#[inline]
fn exact_str_compare(vm: &Vm, a: &Value, b: &Value, op: CompareArg) -> Option<bool> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return None };
    let (Payload::Str(sx), Payload::Str(sy)) = (&x.payload, &y.payload) else { return None };
    let str_type = &vm.interp.types.str;
    if !x.class().ptr_eq(str_type) || !y.class().ptr_eq(str_type) {
        return None;
    }
    let (s, t) = (sx.as_str()?, sy.as_str()?);
    Some(match op {
        CompareArg::Eq => x.ptr_eq(y) || s == t,
        CompareArg::Ne => !x.ptr_eq(y) && s != t,
        CompareArg::Lt => s < t,
        CompareArg::Le => s <= t,
        CompareArg::Gt => s > t,
        CompareArg::Ge => s >= t,
    })
}

impl Vm {
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
        let Some((op, inplace)) = BinOpArg::from_arg(arg) else {
            return Err(self.runtime_error("bad binary op"));
        };
        if !is_heap(self, a) && !is_heap(self, b) {
            if inplace {
                if let Some(r) = crate::objects::arith::builtin_inplace(self, a, b, op)? {
                    return Ok(r);
                }
            }
            if let Some(r) = crate::objects::arith::builtin_binop(self, a, b, op)? {
                return Ok(r);
            }
            if op == BinOpArg::Or {
                if let Some(r) = crate::objects::union::try_or(self, a, b)? {
                    return Ok(r);
                }
            }
            // Native types with operator dunders (array.array) continue below.
            let native = |v: &Value| v.as_obj().is_some_and(|o| types::flags(o.class()) & crate::objects::payload::tflags::NATIVE_PROTO != 0);
            if !native(a) && !native(b) {
                return Err(self.binop_type_error(a, b, op, inplace));
            }
        }
        let (name, rname, iname) = dunder(op);
        if inplace {
            let ty = self.interp.type_of(a).clone();
            if let Some(f) = lookup(&ty, iname) {
                let r = self.call_slot(&f, a, vec![b.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let ta = self.interp.type_of(a).clone();
        let tb = self.interp.type_of(b).clone();
        let fa = lookup(&ta, name);
        let fb = if ta.ptr_eq(&tb) { None } else { lookup(&tb, rname) };
        // A subclass's reflected method goes first.
        if let Some(fb) = &fb {
            if types::is_subtype(&tb, &ta) && !tb.ptr_eq(&ta) {
                let r = self.call_slot(fb, b, vec![a.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
                if let Some(fa) = &fa {
                    let r = self.call_slot(fa, a, vec![b.clone()])?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
                return Err(self.binop_type_error(a, b, op, inplace));
            }
        }
        if let Some(fa) = fa {
            let r = self.call_slot(&fa, a, vec![b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(fb) = fb {
            let r = self.call_slot(&fb, b, vec![a.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(a, b, op, inplace))
    }

    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOpArg, inplace: bool) -> super::PyErr {
        let sym = match (op, inplace) {
            (BinOpArg::Power, false) => "** or pow()".to_string(),
            _ => op.symbol(inplace).to_string(),
        };
        if op == BinOpArg::Add && !inplace {
            if let (Some(Payload::Str(_)), false) = (a.payload(), matches!(b.payload(), Some(Payload::Str(_)))) {
                return self.type_error(format!("can only concatenate str (not \"{}\") to str", self.type_name(b)));
            }
            if let (Some(Payload::List(_)), false) = (a.payload(), matches!(b.payload(), Some(Payload::List(_)))) {
                return self.type_error(format!("can only concatenate list (not \"{}\") to list", self.type_name(b)));
            }
            if let (Some(Payload::Tuple(_)), false) = (a.payload(), matches!(b.payload(), Some(Payload::Tuple(_)))) {
                return self.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b)));
            }
        }
        if op == BinOpArg::Multiply {
            let seq = |v: &Value| matches!(v.payload(), Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)));
            if seq(a) || seq(b) {
                let other = if seq(a) { b } else { a };
                return self.type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(other)));
            }
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    pub fn unary_op(&mut self, op: Opcode, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (Opcode::UNARY_NEGATIVE, Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => self.new_int(num::neg(&Int::Small(*i))),
                });
            }
            (Opcode::UNARY_NEGATIVE, Value::Float(f)) => return Ok(Value::Float(-f)),
            (Opcode::UNARY_POSITIVE, Value::Int(_) | Value::Float(_)) => return Ok(v.clone()),
            (Opcode::UNARY_INVERT, Value::Int(i)) => return Ok(Value::Int(!i)),
            (_, Value::Bool(b)) => return self.unary_op(op, &Value::Int(*b as i64)),
            _ => {}
        }
        if !is_heap(self, v) {
            match (op, v.payload()) {
                (_, Some(Payload::Int(i))) => {
                    return Ok(match op {
                        Opcode::UNARY_NEGATIVE => self.new_int(num::neg(i)),
                        Opcode::UNARY_INVERT => self.new_int(num::invert(i)),
                        _ => self.new_int(i.clone()),
                    });
                }
                (Opcode::UNARY_NEGATIVE, Some(Payload::Complex(a, b))) => return Ok(crate::objects::complex::new_complex(self, -a, -b)),
                (Opcode::UNARY_POSITIVE, Some(Payload::Complex(..))) => return Ok(v.clone()),
                _ => {}
            }
        }
        let (name, sym) = match op {
            Opcode::UNARY_NEGATIVE => ("__neg__", "-"),
            Opcode::UNARY_POSITIVE => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        let ty = self.interp.type_of(v).clone();
        match lookup(&ty, name) {
            Some(f) => self.call(&f, Args::new(vec![v.clone()])),
            None => Err(self.type_error(format!("bad operand type for unary {}: '{}'", sym, self.type_name(v)))),
        }
    }

    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareArg) -> PyResult<Value> {
        // Two exact floats: IEEE comparison is Python's (NaN compares false, except !=).
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CompareArg::Lt => x < y,
                CompareArg::Le => x <= y,
                CompareArg::Eq => x == y,
                CompareArg::Ne => x != y,
                CompareArg::Gt => x > y,
                CompareArg::Ge => x >= y,
            }));
        }
        if let Some(r) = exact_str_compare(self, a, b, op) {
            return Ok(Value::Bool(r));
        }
        if !is_heap(self, a) && !is_heap(self, b) {
            if let Some(r) = crate::objects::compare::builtin_compare(self, a, b, op)? {
                return Ok(Value::Bool(r));
            }
            let native = |v: &Value| v.as_obj().is_some_and(|o| types::flags(o.class()) & crate::objects::payload::tflags::NATIVE_PROTO != 0);
            if native(a) || native(b) {
                return self.compare_dunders(a, b, op);
            }
            return match op {
                CompareArg::Eq => Ok(Value::Bool(a.is(b))),
                CompareArg::Ne => Ok(Value::Bool(!a.is(b))),
                _ => Err(self.compare_type_error(a, b, op)),
            };
        }
        self.check_native_stack()?;
        self.enter_recursive(" in comparison")?;
        let r = self.compare_dunders(a, b, op);
        self.leave_recursive();
        r
    }

    fn compare_dunders(&mut self, a: &Value, b: &Value, op: CompareArg) -> PyResult<Value> {
        let (name, rname) = cmp_dunder(op);
        let ta = self.interp.type_of(a).clone();
        let tb = self.interp.type_of(b).clone();
        let mut tried_reflected = false;
        if !ta.ptr_eq(&tb) && types::is_subtype(&tb, &ta) {
            if let Some(f) = lookup(&tb, rname) {
                tried_reflected = true;
                let r = self.call(&f, Args::new(vec![b.clone(), a.clone()]))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = lookup(&ta, name) {
            let r = self.call_slot(&f, a, vec![b.clone()])?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(f) = lookup(&tb, rname) {
                let r = self.call(&f, Args::new(vec![b.clone(), a.clone()]))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareArg::Eq => Ok(Value::Bool(a.is(b))),
            CompareArg::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.compare_type_error(a, b, op)),
        }
    }

    fn compare_type_error(&self, a: &Value, b: &Value, op: CompareArg) -> super::PyErr {
        self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            _ => {
                let r = self.compare(a, b, CompareArg::Lt)?;
                self.truthy(&r)
            }
        }
    }
}
