//! math functions over ints, and the ones that dispatch to `__trunc__`/`__floor__`/`__ceil__`.

use super::{arg_f64, arg_index};
use crate::objects::float::as_f64;
use crate::objects::int::as_int;
use crate::objects::num::{self, Int};
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("isqrt", isqrt), ("gcd", gcd), ("lcm", lcm), ("factorial", factorial), ("comb", comb),
    ("perm", perm), ("prod", prod), ("trunc", trunc), ("floor", floor), ("ceil", ceil),
];

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.isqrt", 1, 1)?;
    let n = arg_index(vm, &args.at(0))?;
    let r = num::isqrt(&n).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(r))
}

fn fold(vm: &mut Vm, args: Args, name: &str, init: i64, f: fn(&Int, &Int) -> Int) -> PyResult<Value> {
    args.no_kwargs(vm, name)?;
    let mut acc: Option<Int> = None;
    for v in &args.args {
        let i = arg_index(vm, v)?;
        acc = Some(match acc {
            // A lone argument comes back as its absolute value.
            None => num::gcd(&i, &Int::Small(0)),
            Some(a) => f(&a, &i),
        });
    }
    Ok(vm.new_int(acc.unwrap_or(Int::Small(init))))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "gcd", 0, num::gcd)
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "lcm", 1, num::lcm)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.factorial", 1, 1)?;
    let n = arg_index(vm, &args.at(0))?;
    let r = num::factorial(&n).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(r))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "comb", 2, 2)?;
    let n = arg_index(vm, &args.at(0))?;
    let k = arg_index(vm, &args.at(1))?;
    let r = num::comb(&n, &k).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "perm", 1, 2)?;
    let n = arg_index(vm, &args.at(0))?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => Some(arg_index(vm, &v.clone())?),
        _ => None,
    };
    let r = num::perm(&n, k.as_ref()).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(r))
}

fn prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    args.no_kwargs(vm, "prod")?;
    match args.len() {
        1 => {}
        n => return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({n} given)"))),
    }
    let items = vm.collect_iterable(&args.at(0))?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let mul = crate::bytecode::opcode::BinOpArg::Multiply as u32;
    for v in &items {
        acc = vm.binary_op(&acc, v, mul)?;
    }
    Ok(acc)
}

/// Call `name` looked up on the type of `v`, if it has one.
fn call_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let cls = vm.interp.type_of(v).clone();
    match crate::objects::types::lookup(&cls, name) {
        Some(f) => Ok(Some(vm.call(&f, Args::new(vec![v.clone()]))?)),
        None => Ok(None),
    }
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    let i = num::from_f64(f).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(i))
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "math.trunc", 1, 1)?;
    let v = args.at(0);
    if let Some(f) = as_f64(&v) {
        return float_to_int(vm, f.trunc());
    }
    match call_special(vm, &v, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(&v)))),
    }
}

fn rounding(vm: &mut Vm, args: Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let v = args.at(0);
    if let Value::Float(x) = v {
        return float_to_int(vm, f(x));
    }
    if let Some(i) = as_int(&v) {
        if matches!(v, Value::Int(_) | Value::Bool(_)) {
            return Ok(vm.new_int(i));
        }
    }
    if let Some(r) = call_special(vm, &v, dunder)? {
        return Ok(r);
    }
    let x = arg_f64(vm, &v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "math.ceil", "__ceil__", f64::ceil)
}
