//! int and bool: conversions and methods.

use super::heap::ObjRef;
use super::payload::Payload;
use super::num::{self, Int};
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The int value of an int, bool or int-subclass instance.
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(i) => Some(i.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `int(x)`: numbers, strings, `__int__` / `__index__` / `__trunc__`.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    match v {
        Value::Float(f) => return num::from_f64(*f).map_err(|e| vm.num_error(e)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => return num::from_f64(*f).map_err(|e| vm.num_error(e)),
            Payload::Str(s) => {
                return num::parse_int(&s.to_lossy(), 10).map_err(|e| vm.num_error(e));
            }
            Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) | Payload::Array(_) => {
                // Any bytes-like object, read as bytes (messages show it as bytes, as CPython's).
                let b = super::bytes::as_bytes(v).unwrap_or_default();
                return parse_bytes(vm, &b, 10);
            }
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(f) = super::types::lookup(o.class(), name) {
                        let r = vm.call(&f, Args::new(vec![v.clone()]))?;
                        return match as_int(&r) {
                            Some(i) => Ok(i),
                            None => Err(vm.type_error(format!("{} returned non-int (type {})", name, vm.type_name(&r)))),
                        };
                    }
                }
            }
        },
        _ => {}
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(v)
    )))
}

/// `int(b, base)` for a bytes-like literal: a bad literal shows in the message as bytes
/// (`b'zz'`), whatever the object was, as CPython's does.
fn parse_bytes(vm: &Vm, raw: &[u8], base: u32) -> PyResult<Int> {
    num::parse_int(&String::from_utf8_lossy(raw), base).map_err(|e| match e {
        num::NumError::Value(m) if m.starts_with("invalid literal") => vm.value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            super::fmt::repr_bytes(raw, "bytes")
        )),
        e => vm.num_error(e),
    })
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.at(0);
    let base = args.take_kw("base").or_else(|| args.args.get(2).cloned());
    let x = args.take_kw("x").or_else(|| args.args.get(1).cloned());
    if args.args.len() > 3 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", args.args.len() - 1)));
    }
    let value = match (x, base) {
        (None, None) => Int::Small(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, &x)?,
        (Some(x), Some(b)) => {
            let Some(Int::Small(base)) = as_int(&b) else {
                return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
            };
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match x.payload() {
                Some(Payload::Str(s)) => num::parse_int(&s.to_lossy(), base as u32).map_err(|e| vm.num_error(e))?,
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    let raw = super::bytes::as_bytes(&x).unwrap_or_default();
                    parse_bytes(vm, &raw, base as u32)?
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    match &cls {
        Value::Obj(c) if !c.ptr_eq(&vm.interp.types.int) => {
            let dict = Some(vm.new_dict_obj());
            Ok(Value::Obj(ObjRef::with_dict(c.clone(), Payload::Int(value), dict)))
        }
        _ => Ok(vm.new_int(value)),
    }
}

fn this(vm: &Vm, args: &Args) -> PyResult<Int> {
    as_int(&args.at(0)).ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(Value::Int(num::bit_length(&i) as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    let n = match &i {
        Int::Small(v) => v.unsigned_abs().count_ones() as i64,
        Int::Big(b) => b.magnitude().count_ones() as i64,
    };
    Ok(Value::Int(n))
}

fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(vm.new_int(i))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    num::to_f64(&i).map(Value::Float).map_err(|e| vm.num_error(e))
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(vm.new_int(num::abs(&i)))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    if let Value::Bool(b) = args.at(0) {
        return Ok(vm.new_str(if b { "True" } else { "False" }));
    }
    let s = num::to_decimal(&i, num::int_max_str_digits()).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_str(&s))
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(Value::Int(num::hash_int(&i)))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = super::str::as_str_lossy(&args.at(1)).into_owned();
    let i = this(vm, &args)?;
    let v = vm.new_int(i);
    if spec.is_empty() {
        return vm.to_str(&v);
    }
    let s = super::format::format_value(vm, &v, &spec)?;
    Ok(vm.new_str(&s))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(vm.new_int(i))
}

fn to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    let a = args.bind_method(vm, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match &a[0] {
        None => 1,
        Some(v) => match super::subscript::to_index(vm, v)? {
            Some(n) if n == i64::MAX || n == i64::MIN => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
            }
            Some(n) if n < 0 => return Err(vm.value_error("length argument must be non-negative")),
            Some(n) => n as usize,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
    };
    let big = byteorder_is_big(vm, "to_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let b = i.to_bigint();
    let negative = num_traits::Signed::is_negative(&b);
    if !signed && negative {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if num_traits::Zero::is_zero(&b) {
        Vec::new()
    } else if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(vm.memory_error(""));
    }
    bytes.resize(length, if negative { 0xff } else { 0 });
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for "big" (the default).
fn byteorder_is_big(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match super::str::as_str(v) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!("{}() argument 'byteorder' must be str, not {}", fname, vm.type_name(v)))),
    }
}

fn from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let a = args.bind_method(vm, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(data) = a[0].clone() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big = byteorder_is_big(vm, "from_bytes", a[1].as_ref())?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut bytes = match super::bytes::as_bytes(&data) {
        Some(b) => b,
        None if matches!(data.payload(), Some(Payload::Str(_))) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"))
        }
        None => {
            // bytes(iterable) rules: every item an int in range(256).
            let f = vm.interp.types.bytes.clone();
            let b = vm.call(&Value::Obj(f), Args::new(vec![data]))?;
            super::bytes::as_bytes(&b).unwrap_or_default()
        }
    };
    if big {
        bytes.reverse();
    }
    let v = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&bytes)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    let result = vm.new_bigint(v);
    match args.args.first() {
        Some(Value::Obj(c)) if !c.ptr_eq(&vm.interp.types.int) => vm.call(&Value::Obj(c.clone()), Args::new(vec![result])),
        _ => Ok(result),
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    match args.args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => {
            let v = v.clone();
            Ok(Value::Bool(vm.truthy(&v)?))
        }
    }
}

fn index_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_int(vm, args)
}

/// builtins.round on a plain number (the int/float `__round__` methods share its rules).
pub fn builtin_round(vm: &mut Vm, x: Value, ndigits: Option<Value>) -> PyResult<Value> {
    let b = vm.interp.builtins.clone();
    let d = if let Payload::Dict(_) = &b.payload { Some(b.clone()) } else { b.dict.clone() };
    let Some(f) = d.and_then(|d| super::dict::get_str(&d, "round")) else {
        return Err(vm.runtime_error("lost builtins.round"));
    };
    let mut a = vec![x];
    a.extend(ndigits);
    vm.call(&f, Args::new(a))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__round__", 0, 1)?;
    let i = this(vm, &args)?;
    let v = vm.new_int(i);
    builtin_round(vm, v, args.get(1).cloned())
}

/// int.__divmod__ / __rdivmod__: NotImplemented unless the other operand is an int.
fn divmod_impl(vm: &mut Vm, args: Args, reflected: bool) -> PyResult<Value> {
    args.check_method(vm, "__divmod__", 1, 1)?;
    let a = this(vm, &args)?;
    let Some(b) = as_int(&args.at(1)) else { return Ok(vm.interp.not_implemented.clone()) };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let (q, r) = num::divmod(&x, &y).map_err(|e| vm.num_error(e))?;
    Ok(vm.new_tuple(vec![vm.new_int(q), vm.new_int(r)]))
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, false)
}

fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, args, true)
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_int(i), Value::Int(1)]))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = this(vm, &args)?;
    Ok(vm.new_tuple(vec![vm.new_int(i)]))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.int;
    // The integral rounding methods of an int are int(self).
    add_method(t, "__trunc__", int_int);
    add_method(t, "__floor__", int_int);
    add_method(t, "__ceil__", int_int);
    add_method(t, "__round__", int_round);
    add_method(t, "__divmod__", int_divmod);
    add_method(t, "__rdivmod__", int_rdivmod);
    add_method(t, "as_integer_ratio", as_integer_ratio);
    add_method(t, "__getnewargs__", getnewargs);
    add_static(t, "__new__", int_new);
    add_method(t, "bit_length", bit_length);
    add_method(t, "bit_count", bit_count);
    add_method(t, "__int__", int_int);
    add_method(t, "__index__", index_self);
    add_method(t, "__float__", int_float);
    add_method(t, "__abs__", int_abs);
    add_method(t, "__repr__", int_repr);
    add_method(t, "__hash__", int_hash);
    add_method(t, "__format__", int_format);
    add_method(t, "conjugate", conjugate);
    add_method(t, "to_bytes", to_bytes);
    super::types::add_classmethod(t, "from_bytes", from_bytes);
    super::dunders::register_number(t);
    let b = &vm.interp.types.bool_;
    add_static(b, "__new__", bool_new);
    add_method(b, "__repr__", int_repr);
    let _ = ObjRef::id;
}
