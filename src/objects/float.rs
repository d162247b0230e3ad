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
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) | Payload::Array(_)) = v.payload() {
        // Any bytes-like object; the message shows the object itself, as CPython's does.
        let b = super::bytes::as_bytes(v).unwrap_or_default();
        let t = String::from_utf8_lossy(&b).into_owned();
        return match num::parse_float(&t) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr(v)?;
                Err(vm.value_error(format!("could not convert string to float: {}", super::str::as_str_lossy(&r))))
            }
        };
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
                // __float__ must return a float; __index__ an int.
                if let (Some(i), "__index__") = (super::int::as_int(&r), name) {
                    return num::to_f64(&i).map_err(|e| vm.num_error(e));
                }
                let msg = if name == "__index__" {
                    format!("__index__ returned non-int (type {})", vm.type_name(&r))
                } else {
                    format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r))
                };
                return Err(vm.type_error(msg));
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

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = num::from_f64(this(vm, &args)?.floor()).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(i))
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = num::from_f64(this(vm, &args)?.ceil()).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_int(i))
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__round__", 0, 1)?;
    let f = Value::Float(this(vm, &args)?);
    super::int::builtin_round(vm, f, args.get(1).cloned())
}

/// float.__divmod__ / __rdivmod__: NotImplemented unless the other operand is a real number.
fn divmod_impl(vm: &mut Vm, args: Args, reflected: bool) -> PyResult<Value> {
    args.check_method(vm, "__divmod__", 1, 1)?;
    let a = this(vm, &args)?;
    let other = args.at(1);
    let b = match (as_f64(&other), super::int::as_int(&other)) {
        (Some(b), _) => b,
        (None, Some(i)) => num::to_f64(&i).map_err(|e| vm.num_error(e))?,
        _ => return Ok(vm.interp.not_implemented.clone()),
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (q, r) = num::float_divmod(x, y).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn float_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, false)
}

fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, true)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "hex", 0, 0)?;
    let f = this(vm, &args)?;
    Ok(vm.new_str(&num::float_hex(f)))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromhex", 1, 1)?;
    let s = match args.at(1).payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned(),
        _ => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let f = Value::Float(num::float_fromhex(&s).map_err(|e| vm.num_error(e))?);
    // A subclass gets cls(result), as in CPython.
    match args.at(0) {
        Value::Obj(c) if !c.ptr_eq(&vm.interp.types.float) => vm.call(&Value::Obj(c), Args::new(vec![f])),
        _ => Ok(f),
    }
}

fn getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getformat__", 1, 1)?;
    match args.at(1).payload() {
        Some(Payload::Str(s)) if matches!(&*s.to_lossy(), "double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(Payload::Str(_)) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        _ => Err(vm.type_error(format!("__getformat__() argument must be str, not {}", vm.type_name(&args.at(1))))),
    }
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(vm.new_tuple(vec![Value::Float(f)]))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.float;
    add_method(t, "__floor__", float_floor);
    add_method(t, "__ceil__", float_ceil);
    add_method(t, "__round__", float_round);
    add_method(t, "__divmod__", float_divmod);
    add_method(t, "__rdivmod__", float_rdivmod);
    add_method(t, "hex", hex);
    add_method(t, "__getnewargs__", getnewargs);
    super::types::add_classmethod(t, "fromhex", fromhex);
    super::types::add_classmethod(t, "__getformat__", getformat);
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
    super::dunders::register_float_number(t);
}
