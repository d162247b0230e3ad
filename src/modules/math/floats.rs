//! math functions over floats.

use super::libm as m;
use super::sums::{FsumError, fsum, vector_norm};
use super::{arg_f64, domain_error, range_error};
use crate::objects::int::as_int;
use crate::objects::num;
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", acos), ("acosh", acosh), ("asin", asin), ("asinh", asinh), ("atan", atan),
    ("atanh", atanh), ("cbrt", cbrt), ("cos", cos), ("cosh", cosh), ("erf", erf),
    ("erfc", erfc), ("exp", exp), ("exp2", exp2), ("expm1", expm1), ("fabs", fabs),
    ("gamma", gamma), ("lgamma", lgamma), ("log1p", log1p), ("sin", sin), ("sinh", sinh),
    ("sqrt", sqrt), ("tan", tan), ("tanh", tanh), ("degrees", degrees), ("radians", radians),
    ("isfinite", isfinite), ("isinf", isinf), ("isnan", isnan), ("atan2", atan2),
    ("copysign", copysign), ("fmod", fmod), ("pow", pow), ("remainder", remainder),
    ("nextafter", nextafter), ("ldexp", ldexp), ("frexp", frexp), ("modf", modf),
    ("ulp", ulp), ("log", log), ("log2", log2), ("log10", log10), ("fsum", fsum_fn),
    ("hypot", hypot), ("dist", dist), ("isclose", isclose),
];

/// CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is a range error when the function can overflow, else a domain error.
fn math_1(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let x = arg_f64(vm, &args.at(0))?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($( $name:ident, $full:literal, $f:expr, $ovf:expr; )*) => {
        $( fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            math_1(vm, args, $full, $f, $ovf)
        } )*
    };
}

unary! {
    acos, "math.acos", m::acos, false;
    acosh, "math.acosh", m::acosh, false;
    asin, "math.asin", m::asin, false;
    asinh, "math.asinh", m::asinh, false;
    atan, "math.atan", m::atan, false;
    atanh, "math.atanh", m::atanh, false;
    cbrt, "math.cbrt", m::cbrt, false;
    cos, "math.cos", m::cos, false;
    cosh, "math.cosh", m::cosh, true;
    erf, "math.erf", m::erf, false;
    erfc, "math.erfc", m::erfc, false;
    exp, "math.exp", m::exp, true;
    exp2, "math.exp2", m::exp2, true;
    expm1, "math.expm1", m::expm1, true;
    fabs, "math.fabs", f64::abs, false;
    log1p, "math.log1p", m::log1p, false;
    sin, "math.sin", m::sin, false;
    sinh, "math.sinh", m::sinh, true;
    sqrt, "math.sqrt", f64::sqrt, false;
    tan, "math.tan", m::tan, false;
    tanh, "math.tanh", m::tanh, false;
    degrees, "math.degrees", |x| x * (180.0 / std::f64::consts::PI), true;
    radians, "math.radians", |x| x * (std::f64::consts::PI / 180.0), true;
}

fn gamma_like(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> Result<f64, ()>) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let x = arg_f64(vm, &args.at(0))?;
    let Ok(r) = f(x) else { return Err(domain_error(vm)) };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_like(vm, args, "math.gamma", super::gamma::gamma)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_like(vm, args, "math.lgamma", super::gamma::lgamma)
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let x = arg_f64(vm, &args.at(0))?;
    Ok(Value::Bool(f(x)))
}
fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "math.isfinite", f64::is_finite)
}
fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "math.isinf", f64::is_infinite)
}
fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "math.isnan", f64::is_nan)
}

fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    args.check(vm, name, 2, 2)?;
    let x = arg_f64(vm, &args.at(0))?;
    let y = arg_f64(vm, &args.at(1))?;
    Ok((x, y))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(Value::Float(m::atan2(y, x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = m::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "pow")?;
    let r = m::pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let md = m::fmod(ax, ay);
    let c = ay - md;
    let r = if md < c {
        md
    } else if md > c {
        -c
    } else {
        // Exactly halfway: pick the even multiple.
        md - 2.0 * m::fmod(0.5 * (ax - md), ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "nextafter")?;
    Ok(Value::Float(m::nextafter(x, y)))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ldexp", 2, 2)?;
    let x = arg_f64(vm, &args.at(0))?;
    let Some(e) = as_int(&args.at(1)) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = match e.to_i64() {
        Some(e) if e > i32::MAX as i64 => return Err(range_error(vm)),
        Some(e) if e < i32::MIN as i64 => 0.0f64.copysign(x),
        Some(e) => m::ldexp(x, e as i32),
        None if e.is_negative() => 0.0f64.copysign(x),
        None => return Err(range_error(vm)),
    };
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.frexp", 1, 1)?;
    let x = arg_f64(vm, &args.at(0))?;
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { m::frexp(x) };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.modf", 1, 1)?;
    let x = arg_f64(vm, &args.at(0))?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.ulp", 1, 1)?;
    let x = arg_f64(vm, &args.at(0))?;
    if !x.is_finite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = m::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - m::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

/// loghelper: ints of any size (through frexp when beyond float range), else floats.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        if i.signum() <= 0 {
            return Err(domain_error(vm));
        }
        return Ok(match num::to_f64(&i) {
            Ok(x) => f(x),
            Err(_) => {
                let (m, e) = num::int_frexp(&i);
                f(m) + e as f64 * f(2.0)
            }
        });
    }
    let x = arg_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "log")?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.at(0), m::log)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, &args.at(1), m::log)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.log2", 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.at(0), m::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.log10", 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.at(0), m::log10)?))
}

fn fsum_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.fsum", 1, 1)?;
    let items = vm.collect_iterable(&args.at(0))?;
    let mut xs = Vec::with_capacity(items.len());
    for v in &items {
        xs.push(arg_f64(vm, v)?);
    }
    match fsum(&xs) {
        Ok(r) => Ok(Value::Float(r)),
        Err(FsumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

fn norm_of(mut xs: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in xs.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut xs, max, found_nan)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "hypot")?;
    let mut xs = Vec::with_capacity(args.len());
    for v in &args.args {
        xs.push(arg_f64(vm, v)?);
    }
    Ok(Value::Float(norm_of(xs)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "dist", 2, 2)?;
    let p = vm.collect_iterable(&args.at(0))?;
    let q = vm.collect_iterable(&args.at(1))?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut xs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        let a = arg_f64(vm, a)?;
        let b = arg_f64(vm, b)?;
        xs.push(a - b);
    }
    Ok(Value::Float(norm_of(xs)))
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    for name in ["a", "b"] {
        if let Some(v) = args.take_kw(name) {
            args.args.push(v);
        }
    }
    args.no_kwargs(vm, "isclose")?;
    match args.len() {
        0 => return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)")),
        1 => return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)")),
        2 => {}
        n => return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({n} given)"))),
    }
    let a = arg_f64(vm, &args.at(0))?;
    let b = arg_f64(vm, &args.at(1))?;
    let rel = match rel {
        Some(v) => arg_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => arg_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}
