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
    // CPython never shows a NaN's sign.
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) { "-" } else { "+" };
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
        BinOpArg::Power => super::num::complex_pow(a.0, a.1, b.0, b.1).map_err(|e| vm.num_error(e))?,
        _ => {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                op.symbol(false)
            )));
        }
    };
    Ok(new_complex(vm, r, i))
}

/// The parts of a number for complex(): a complex (or `__complex__`) gives both, a real
/// number its value; None when `v` is neither.
fn number_parts(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64, bool)>> {
    if let Some(Payload::Complex(a, b)) = v.payload() {
        return Ok(Some((*a, *b, true)));
    }
    let cls = vm.interp.type_of(v).clone();
    if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        if let Some(f) = super::types::lookup(&cls, "__complex__") {
            let r = vm.call(&f, Args::new(vec![v.clone()]))?;
            return match r.payload() {
                Some(Payload::Complex(a, b)) => Ok(Some((*a, *b, true))),
                _ => Err(vm.type_error(format!("__complex__ returned non-complex (type {})", vm.type_name(&r)))),
            };
        }
    }
    let numeric = matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
        || super::types::lookup(&cls, "__float__").is_some()
        || super::types::lookup(&cls, "__index__").is_some();
    if !numeric || matches!(v.payload(), Some(Payload::Str(_))) {
        return Ok(None);
    }
    Ok(Some((super::float::to_f64(vm, v)?, 0.0, false)))
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.at(0);
    let v = complex_value(vm, args)?;
    match (&cls, v.payload()) {
        (Value::Obj(c), Some(Payload::Complex(a, b)))
            if !c.ptr_eq(&vm.interp.types.complex) && matches!(c.payload, Payload::Type(_)) =>
        {
            let dict = Some(vm.new_dict_obj());
            Ok(Value::Obj(super::heap::ObjRef::with_dict(c.clone(), Payload::Complex(*a, *b), dict)))
        }
        _ => Ok(v),
    }
}

fn complex_value(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let real = args.take_kw("real").or_else(|| args.args.get(1).cloned());
    let imag = args.take_kw("imag").or_else(|| args.args.get(2).cloned());
    args.no_kwargs(vm, "complex")?;
    if args.len() > 3 {
        return Err(vm.type_error(format!("complex() takes at most 2 arguments ({} given)", args.len() - 1)));
    }
    if let Some(Payload::Str(s)) = real.as_ref().and_then(|r| r.payload()) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (a, b) = num::parse_complex(&s.to_lossy()).map_err(|e| vm.num_error(e))?;
        return Ok(new_complex(vm, a, b));
    }
    if let Some(Payload::Str(_)) = imag.as_ref().and_then(|i| i.payload()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (mut re, re_im, re_complex) = match &real {
        None => (0.0, 0.0, false),
        Some(r) => match number_parts(vm, r)? {
            Some(p) => p,
            None => {
                return Err(vm.type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_name(r)
                )));
            }
        },
    };
    let mut im = match &imag {
        None => re_im,
        Some(i) => match number_parts(vm, i)? {
            Some((c, d, true)) => {
                re -= d;
                c
            }
            Some((c, _, false)) => c,
            None => {
                return Err(vm.type_error(format!("complex() second argument must be a number, not '{}'", vm.type_name(i))));
            }
        },
    };
    if re_complex && imag.is_some() {
        im += re_im;
    }
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

fn parts(vm: &Vm, args: &Args) -> PyResult<(f64, f64)> {
    match args.at(0).payload() {
        Some(Payload::Complex(a, b)) => Ok((*a, *b)),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = parts(vm, &args)?;
    Ok(new_complex(vm, -a, -b))
}

/// `+z` and `complex.__complex__`: a plain complex with the same parts.
fn complex_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = parts(vm, &args)?;
    Ok(new_complex(vm, a, b))
}

fn complex_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = parts(vm, &args)?;
    Ok(Value::Bool(a != 0.0 || b != 0.0))
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = parts(vm, &args)?;
    Ok(vm.new_tuple(vec![Value::Float(a), Value::Float(b)]))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.complex;
    super::types::add_method(t, "__neg__", complex_neg);
    super::types::add_method(t, "__pos__", complex_pos);
    super::types::add_method(t, "__complex__", complex_pos);
    super::types::add_method(t, "__bool__", complex_bool);
    super::types::add_method(t, "__getnewargs__", complex_getnewargs);
    super::types::add_static(t, "__new__", complex_new);
    super::types::add_method(t, "conjugate", conjugate);
    super::types::add_method(t, "__abs__", complex_abs);
    super::dunders::register_binops(t, &["__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__pow__", "__rpow__"]);
    super::dunders::register_compares(t);
}
