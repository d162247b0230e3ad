//! float: conversions and methods.

use super::heap::ObjRef;
use super::payload::Payload;
use super::num;
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// `float(x)` conversion (numbers, strings, `__float__`, `__index__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(i) = super::int::as_int(v) {
        return num::to_f64(&i).map_err(|e| vm.num_error(e));
    }
    if let Some(Payload::Str(s)) = v.payload() {
        let t = s.to_lossy();
        return num::parse_float(&t).ok_or_else(|| {
            vm.value_error(format!("could not convert string to float: {}", super::fmt::repr_str(&t)))
        });
    }
    if let Value::Obj(o) = v {
        for name in ["__float__", "__index__"] {
            if let Some(f) = super::types::lookup(o.class(), name) {
                let r = vm.call(&f, Args::new(vec![v.clone()]))?;
                if let Some(f) = as_f64(&r) {
                    return Ok(f);
                }
                if let Some(i) = super::int::as_int(&r) {
                    return num::to_f64(&i).map_err(|e| vm.num_error(e));
                }
                return Err(vm.type_error(format!("{}() returned non-float (type {})", name.trim_matches('_'), vm.type_name(&r))));
            }
        }
    }
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v))))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.at(0);
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("float expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    let f = match args.args.get(1) {
        None => 0.0,
        Some(v) => {
            let v = v.clone();
            to_f64(vm, &v)?
        }
    };
    match &cls {
        Value::Obj(c) if !c.ptr_eq(&vm.interp.types.float) => {
            let dict = Some(vm.new_dict_obj());
            Ok(Value::Obj(ObjRef::with_dict(c.clone(), Payload::Float(f), dict)))
        }
        _ => Ok(Value::Float(f)),
    }
}

fn this(vm: &Vm, args: &Args) -> PyResult<f64> {
    as_f64(&args.at(0)).ok_or_else(|| vm.type_error("descriptor requires a 'float' object"))
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let i = num::from_f64(f).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(i))
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args)?))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args)?.abs()))
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(vm.new_str(&num::float_repr(f)))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(num::hash_float(this(vm, &args)?)))
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = super::str::as_str_lossy(&args.at(1)).into_owned();
    let v = Value::Float(this(vm, &args)?);
    if spec.is_empty() {
        return vm.to_str(&v);
    }
    let s = super::format::format_value(vm, &v, &spec)?;
    Ok(vm.new_str(&s))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    if !f.is_finite() {
        return Err(if f.is_nan() {
            vm.value_error("cannot convert NaN to integer ratio")
        } else {
            vm.overflow_error("cannot convert Infinity to integer ratio")
        });
    }
    let (mut m, mut e) = (f, 0i32);
    while m.fract() != 0.0 {
        m *= 2.0;
        e += 1;
    }
    let num_ = num::from_f64(m).map_err(|x| vm.num_error(x))?;
    let mut n = num_.to_bigint();
    let mut d = num_bigint::BigInt::from(1) << e as usize;
    let g = num_integer::Integer::gcd(&n, &d);
    n /= &g;
    d /= &g;
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, &args)?))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.float;
    add_static(t, "__new__", float_new);
    add_method(t, "is_integer", is_integer);
    add_method(t, "__int__", float_int);
    add_method(t, "__trunc__", float_int);
    add_method(t, "__float__", float_float);
    add_method(t, "__abs__", float_abs);
    add_method(t, "__repr__", float_repr);
    add_method(t, "__hash__", float_hash);
    add_method(t, "__format__", float_format);
    add_method(t, "as_integer_ratio", as_integer_ratio);
    add_method(t, "conjugate", conjugate);
    super::dunders::register_number(t);
}
