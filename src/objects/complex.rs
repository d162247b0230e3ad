//! complex: the basics (arithmetic, repr).

use super::heap::ObjRef;
use super::payload::Payload;
use super::num;
use super::value::Value;
use crate::bytecode::opcode::BinOpArg;
use crate::vm::{Args, PyResult, Vm};

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(vm.interp.types.complex.clone(), Payload::Complex(re, im)))
}

fn part(f: f64) -> String {
    let r = num::float_repr(f);
    r.strip_suffix(".0").map(String::from).unwrap_or(r)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || (im.is_nan() && im.is_sign_negative()) { "-" } else { "+" };
    format!("({}{}{}j)", part(re), sign, part(im.abs()))
}

pub fn complex_binop(vm: &mut Vm, a: (f64, f64), b: (f64, f64), op: BinOpArg) -> PyResult<Value> {
    let (r, i) = match op {
        BinOpArg::Add => (a.0 + b.0, a.1 + b.1),
        BinOpArg::Subtract => (a.0 - b.0, a.1 - b.1),
        BinOpArg::Multiply => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        BinOpArg::TrueDivide => {
            let d = b.0 * b.0 + b.1 * b.1;
            if d == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
        }
        BinOpArg::Power => {
            if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() < 100.0 {
                let n = b.0 as i32;
                let mut acc = (1.0, 0.0);
                let base = if n < 0 {
                    let d = a.0 * a.0 + a.1 * a.1;
                    if d == 0.0 {
                        return Err(vm.zero_division_error("0.0 to a negative or complex power"));
                    }
                    (a.0 / d, -a.1 / d)
                } else {
                    a
                };
                for _ in 0..n.abs() {
                    acc = (acc.0 * base.0 - acc.1 * base.1, acc.0 * base.1 + acc.1 * base.0);
                }
                acc
            } else {
                let (m, t) = ((a.0 * a.0 + a.1 * a.1).sqrt(), a.1.atan2(a.0));
                if m == 0.0 {
                    (0.0, 0.0)
                } else {
                    let lr = m.ln();
                    let nr = (b.0 * lr - b.1 * t).exp();
                    let nt = b.1 * lr + b.0 * t;
                    (nr * nt.cos(), nr * nt.sin())
                }
            }
        }
        _ => {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                op.symbol(false)
            )));
        }
    };
    Ok(new_complex(vm, r, i))
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let re = match args.args.get(1) {
        Some(v) => {
            let v = v.clone();
            if let Some(Payload::Complex(a, b)) = v.payload() {
                return Ok(new_complex(vm, *a, *b));
            }
            super::float::to_f64(vm, &v)?
        }
        None => 0.0,
    };
    let im = match args.args.get(2) {
        Some(v) => {
            let v = v.clone();
            super::float::to_f64(vm, &v)?
        }
        None => 0.0,
    };
    Ok(new_complex(vm, re, im))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.at(0).payload() {
        Some(Payload::Complex(a, b)) => Ok(new_complex(vm, *a, -b)),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.at(0).payload() {
        Some(Payload::Complex(a, b)) => Ok(Value::Float(a.hypot(*b))),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.complex;
    super::types::add_static(t, "__new__", complex_new);
    super::types::add_method(t, "conjugate", conjugate);
    super::types::add_method(t, "__abs__", complex_abs);
    super::dunders::register_binops(t, &["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__pow__", "__rpow__"]);
    super::dunders::register_compares(t);
}
