//! Built-in functions.

use super::add_function;
use crate::objects::heap::ObjRef;
use crate::objects::int::as_int;
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::str::as_str_lossy;
use crate::objects::num::{self, Int};
use crate::objects::types;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").unwrap_or(Value::None);
    let end = args.take_kw("end").unwrap_or(Value::None);
    let file = args.take_kw("file").unwrap_or(Value::None);
    let flush = args.take_kw("flush").unwrap_or(Value::Bool(false));
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for print()", as_str_lossy(k))));
    }
    let text_arg = |vm: &Vm, v: &Value, what: &str, default: &str| -> PyResult<String> {
        match v {
            Value::None => Ok(default.to_string()),
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(as_str_lossy(v).into_owned()),
            _ => Err(vm.type_error(format!("{} must be None or a string, not {}", what, vm.type_name(v)))),
        }
    };
    let sep = text_arg(vm, &sep, "sep", " ")?;
    let end = text_arg(vm, &end, "end", "\n")?;
    // A file object gets one write() per piece, as CPython's print does.
    let mut pieces = Vec::with_capacity(args.args.len() * 2 + 1);
    for (i, a) in args.args.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(vm.str_string(a)?);
    }
    pieces.push(end);
    let out = pieces.concat();
    // file=None means whatever sys.stdout is now (contextlib.redirect_stdout replaces it).
    let file = match file {
        Value::None => match current_sys_stdout(vm) {
            Some(f) => f,
            // sys.stdout = None: print() does nothing, as in CPython.
            None => return Ok(Value::None),
        },
        f => f,
    };
    let fd = match (&file, file.payload()) {
        (Value::None, _) => 1,
        (_, Some(Payload::TextStream(fd))) => *fd,
        _ => 0,
    };
    match fd {
        1 => {
            crate::modules::sys::write_stdout(vm, &out)?;
            if vm.truthy(&flush)? {
                crate::modules::sys::flush_stdout_checked(vm)?;
            }
        }
        2 => crate::modules::sys::write_stderr(&out),
        _ => {
            for p in &pieces {
                let s = vm.new_str(p);
                vm.call_method(&file, "write", vec![s])?;
            }
            if vm.truthy(&flush)? {
                vm.call_method(&file, "flush", vec![])?;
            }
        }
    }
    Ok(Value::None)
}

/// The current sys.stdout; None when it is set to None. Without a sys module (or
/// attribute) the process's stdout is used.
fn current_sys_stdout(vm: &mut Vm) -> Option<Value> {
    let modules = vm.interp.modules.clone();
    let stdout = crate::objects::dict::get_str(&modules, "sys").and_then(|sys| vm.getattr_str(&sys, "stdout").ok());
    match stdout {
        Some(Value::None) => None,
        Some(f) => Some(f),
        None => Some(Value::None),
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "len", 1, 1)?;
    Ok(Value::Int(vm.len(&args.at(0))? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "repr", 1, 1)?;
    vm.repr(&args.at(0))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ascii", 1, 1)?;
    let r = vm.repr(&args.at(0))?;
    crate::objects::str::ascii_of_repr(vm, r)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&args.at(0))?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "id", 1, 1)?;
    Ok(Value::Int(args.at(0).id()))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "abs", 1, 1)?;
    let v = args.at(0);
    match &v {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(a) => Value::Int(a),
                None => vm.new_int(num::abs(&Int::Small(*i))),
            });
        }
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    let ty = vm.interp.type_of(&v).clone();
    match types::lookup(&ty, "__abs__") {
        Some(f) => vm.call(&f, Args::new(vec![v])),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(&v)))),
    }
}

fn min_max(vm: &mut Vm, mut args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = args.take_kw("key").unwrap_or(Value::None);
    let default = args.take_kw("default");
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", as_str_lossy(k), name)));
    }
    let items = match args.args.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => {
            let it = args.at(0);
            vm.collect_iterable(&it)?
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.args
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = if key.is_none() { it.clone() } else { vm.call(&key, Args::new(vec![it.clone()]))? };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let better = if is_max { vm.less_than(&bk, &k)? } else { vm.less_than(&k, &bk)? };
                if better { Some((k, it)) } else { Some((bk, bv)) }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}
fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::Int(0));
    if args.args.is_empty() || args.args.len() > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({} given)", args.args.len())));
    }
    if let Some(Payload::Str(_)) = start.payload() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(Payload::Bytes(_)) = start.payload() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&args.at(0))?;
    let mut acc = start;
    while let Some(x) = vm.next_fast(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &x, 0)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.args.len())));
    }
    let items = vm.collect_iterable(&args.at(0))?;
    let l = vm.new_list(items);
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = match args.take_kw("reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Value::Obj(lo) = &l {
        crate::objects::list::sort_list(vm, lo, key, reverse)?;
    }
    Ok(l)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "iter", 1, 2)?;
    if args.len() == 2 {
        let st = crate::objects::payload::IterState::Callable { func: args.at(0), sentinel: args.at(1) };
        return Ok(vm.new_iter(&vm.interp.types.callable_iterator.clone(), st));
    }
    vm.iter(&args.at(0))
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "next", 1, 2)?;
    let it = args.at(0);
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_)))
        || matches!(it.payload(), Some(Payload::Generator(g)) if g.kind == crate::objects::generator::Kind::Gen)
        || types::lookup(vm.interp.type_of(&it), "__next__").is_some();
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(&it))));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            if args.len() == 2 { Ok(args.at(1)) } else { Err(vm.stop_iteration(v)) }
        }
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Str(_)) => Ok(v.clone()),
        _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v)))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &args.at(1))?;
    match vm.getattr(&args.at(0), &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_matches(&e, &vm.interp.exc.attribute_error.clone()) => Ok(args.at(2)),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.at(1))?;
    vm.setattr(&args.at(0), &name, args.at(2))?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.at(1))?;
    match vm.getattr(&args.at(0), &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, &vm.interp.exc.attribute_error.clone()) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.at(1))?;
    vm.delattr(&args.at(0), &name)?;
    Ok(Value::None)
}

/// `breakpoint(*args, **kws)`: hands its arguments to `sys.breakpointhook`.
fn breakpoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hook = vm.interp.sys.dict.as_ref().and_then(|d| crate::objects::dict::get_str(d, "breakpointhook"));
    match hook {
        Some(hook) => vm.call(&hook, args),
        None => Err(vm.runtime_error("lost sys.breakpointhook")),
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "callable", 1, 1)?;
    let v = args.at(0);
    let r = match v.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        _ => types::lookup(vm.interp.type_of(&v), "__call__").is_some(),
    };
    Ok(Value::Bool(r))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "chr", 1, 1)?;
    let v = args.at(0);
    let Some(i) = as_int(&v) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))));
    };
    match i {
        Int::Small(n) if (0..0x110000).contains(&n) => {
            let cp = n as u32;
            Ok(match char::from_u32(cp) {
                Some(c) => vm.new_str(c.encode_utf8(&mut [0u8; 4])),
                None => vm.new_pystr(crate::objects::strdata::PyStr::from_code_points(&[cp])),
            })
        }
        Int::Small(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        Int::Big(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "ord", 1, 1)?;
    let v = args.at(0);
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.len() == 1 {
                Ok(Value::Int(s.char_at(0) as i64))
            } else {
                Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.len())))
            }
        }
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::Bytes(b)) => {
            Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())))
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            if b.len() == 1 {
                Ok(Value::Int(b[0] as i64))
            } else {
                Err(vm.type_error(format!("ord() expected a character, but string of length {} found", b.len())))
            }
        }
        _ => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(&v)))),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, r: u32, prefix: &str) -> PyResult<Value> {
    args.check(vm, name, 1, 1)?;
    let v = args.at(0);
    let i = match crate::objects::subscript::to_index(vm, &v)? {
        Some(_) => as_int(&v).map_or_else(|| Ok::<Int, crate::vm::PyErr>(Int::Small(0)), Ok)?,
        None => {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))));
        }
    };
    let i = match as_int(&v) {
        Some(x) => x,
        None => i,
    };
    let s = num::to_str_radix(&i, r);
    let r = match s.strip_prefix('-') {
        Some(body) => format!("-{}{}", prefix, body),
        None => format!("{}{}", prefix, s),
    };
    Ok(vm.new_str(&r))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "divmod", 2, 2)?;
    let (a, b) = (args.at(0), args.at(1));
    if let (Some(x), Some(y)) = (as_int(&a), as_int(&b)) {
        let (q, r) = num::divmod(&x, &y).map_err(|e| vm.num_error(e))?;
        return Ok(vm.new_tuple(vec![vm.new_int(q), vm.new_int(r)]));
    }
    let ta = vm.interp.type_of(&a).clone();
    if crate::vm::protocol::is_heap(vm, &a) {
        if let Some(f) = types::lookup(&ta, "__divmod__") {
            let r = vm.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let (Some(_), Some(_)) = (crate::objects::arith::as_num(&a), crate::objects::arith::as_num(&b)) {
        let fx = crate::objects::float::to_f64(vm, &a)?;
        let fy = crate::objects::float::to_f64(vm, &b)?;
        if fy == 0.0 {
            return Err(vm.zero_division_error("float divmod()"));
        }
        let q = num::float_floordiv(fx, fy).map_err(|e| vm.num_error(e))?;
        let r = num::float_mod(fx, fy).map_err(|e| vm.num_error(e))?;
        return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(&a),
        vm.type_name(&b)
    )))
}

fn pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let m = args.take_kw("mod").or_else(|| args.args.get(2).cloned()).unwrap_or(Value::None);
    let exp = args.take_kw("exp").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::None);
    let base = args.take_kw("base").or_else(|| args.args.first().cloned()).unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(&base, &exp, 8);
    }
    match (as_int(&base), as_int(&exp), as_int(&m)) {
        (Some(a), Some(b), Some(c)) => {
            let r = num::pow_mod(&a, &b, &c).map_err(|e| vm.num_error(e))?;
            Ok(vm.new_int(r))
        }
        _ => Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
    }
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("round() takes at most 2 arguments ({} given)", args.args.len())));
    }
    if args.args.is_empty() && !args.kwargs.iter().any(|(k, _)| as_str_lossy(k) == "number") {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    let nd = args.take_kw("ndigits").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::None);
    let x = args.take_kw("number").or_else(|| args.args.first().cloned()).unwrap_or(Value::None);
    if let Some(f) = crate::objects::float::as_f64(&x) {
        if nd.is_none() {
            return match num::round_float(f, None).map_err(|e| vm.num_error(e))? {
                num::RoundResult::Float(r) => Ok(Value::Float(r)),
                num::RoundResult::Int(i) => Ok(vm.new_int(i)),
            };
        }
        let Some(Int::Small(n)) = as_int(&nd) else { return Err(vm.type_error("ndigits must be an integer")) };
        if !f.is_finite() {
            return Ok(Value::Float(f));
        }
        return match num::round_float(f, Some(n)).map_err(|e| vm.num_error(e))? {
            num::RoundResult::Float(r) => Ok(Value::Float(r)),
            num::RoundResult::Int(i) => Ok(vm.new_int(i)),
        };
    }
    if let Some(i) = as_int(&x) {
        if nd.is_none() {
            return Ok(vm.new_int(i));
        }
        let Some(Int::Small(n)) = as_int(&nd) else { return Err(vm.type_error("ndigits must be an integer")) };
        if n >= 0 {
            return Ok(vm.new_int(i));
        }
        let p = num::Int::from_bigint(num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (-n) as u32));
        let half = num::floordiv(&p, &Int::Small(2)).map_err(|e| vm.num_error(e))?;
        let q = num::floordiv(&num::add(&i, &half), &p).map_err(|e| vm.num_error(e))?;
        let r = num::modulo(&num::add(&i, &half), &p).map_err(|e| vm.num_error(e))?;
        // Half-even: exact halves round to the even multiple.
        let q = if r == Int::Small(0) && num::modulo(&q, &Int::Small(2)).ok() == Some(Int::Small(1)) {
            num::sub(&q, &Int::Small(1))
        } else {
            q
        };
        return Ok(vm.new_int(num::mul(&q, &p)));
    }
    let ty = vm.interp.type_of(&x).clone();
    match types::lookup(&ty, "__round__") {
        Some(f) => {
            let mut a = vec![x];
            if !nd.is_none() {
                a.push(nd);
            }
            vm.call(&f, Args::new(a))
        }
        None => Err(vm.type_error(format!("type {} doesn't define __round__ method", vm.type_name(&x)))),
    }
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "any", 1, 1)?;
    let it = vm.iter(&args.at(0))?;
    while let Some(x) = vm.next_fast(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "all", 1, 1)?;
    let it = vm.iter(&args.at(0))?;
    while let Some(x) = vm.next_fast(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `isinstance(v, cls)` with `__instancecheck__` and tuples, as the builtin does.
pub fn isinstance_full(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    class_check(vm, v, cls, false, "isinstance")
}

fn class_check(vm: &mut Vm, v: &Value, cls: &Value, sub: bool, name: &str) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Tuple(items)) => {
            for c in items.clone().iter() {
                if class_check(vm, v, c, sub, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Type(_)) => {
            let Value::Obj(c) = cls else { return Ok(false) };
            // CPython answers an exact type match before asking __instancecheck__.
            if !sub && vm.interp.type_of(v).ptr_eq(c) {
                return Ok(true);
            }
            if let Some(hook) = types::lookup(c.class(), if sub { "__subclasscheck__" } else { "__instancecheck__" }) {
                if matches!(hook.payload(), Some(Payload::Function(_))) {
                    let r = vm.call(&hook, Args::new(vec![cls.clone(), v.clone()]))?;
                    return vm.truthy(&r);
                }
            }
            if sub {
                match v {
                    Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => Ok(types::is_subtype(t, c)),
                    _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
                }
            } else {
                Ok(types::is_subtype(vm.interp.type_of(v), c))
            }
        }
        _ => {
            let hook_name = if sub { "__subclasscheck__" } else { "__instancecheck__" };
            if let Some(hook) = types::lookup(vm.interp.type_of(cls), hook_name) {
                let r = vm.call(&hook, Args::new(vec![cls.clone(), v.clone()]))?;
                return vm.truthy(&r);
            }
            Err(vm.type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", name)))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isinstance", 2, 2)?;
    Ok(Value::Bool(class_check(vm, &args.at(0), &args.at(1), false, "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "issubclass", 2, 2)?;
    Ok(Value::Bool(class_check(vm, &args.at(0), &args.at(1), true, "issubclass")?))
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(vm.new_dict()),
    }
}

pub(super) fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else { return Ok(vm.new_dict()) };
    if let Some(ns) = f.ns() {
        return Ok(Value::Obj(ns.clone()));
    }
    let pairs: Vec<(String, Value)> = f
        .code
        .code
        .varnames
        .iter()
        .zip(f.locals().iter())
        .filter_map(|(n, v)| v.clone().map(|v| (n.to_string(), v)))
        .collect();
    let cells: Vec<(String, ObjRef)> = f
        .code
        .code
        .cellvars
        .iter()
        .chain(f.code.code.freevars.iter())
        .zip(f.cells())
        .map(|(n, c)| (n.to_string(), c.clone()))
        .collect();
    let d = vm.new_dict_obj();
    for (n, v) in pairs {
        crate::objects::dict::set_str(vm, &d, &n, v)?;
    }
    for (n, c) in cells {
        if let Payload::Cell(cell) = &c.payload {
            let v = cell.borrow().clone();
            if let Some(v) = v {
                crate::objects::dict::set_str(vm, &d, &n, v)?;
            }
        }
    }
    Ok(Value::Obj(d))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "vars", 0, 1)?;
    if args.is_empty() {
        return locals(vm, args);
    }
    let v = args.at(0);
    match vm.getattr_str(&v, "__dict__") {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if args.is_empty() {
        let l = locals(vm, Args::default())?;
        if !l.as_obj().is_some_and(|d| d.class().ptr_eq(&vm.interp.types.dict)) {
            // Any mapping as locals (eval/exec): its keys(), sorted, whatever they are.
            let keys = vm.call_method(&l, "keys", Vec::new())?;
            let items = vm.collect_iterable(&keys)?;
            let list = vm.new_list(items);
            vm.call_method(&list, "sort", Vec::new())?;
            return Ok(list);
        }
        if let Value::Obj(d) = l {
            names = crate::objects::dict::entries(&d).iter().map(|(k, _)| as_str_lossy(k).into_owned()).collect();
        }
    } else {
        let v = args.at(0);
        // dir(x) is type(x).__dir__(x); object.__dir__ and type.__dir__ are the listing
        // below, so only a class-defined one (for a class, its metaclass's, as enum's) is called.
        let own_dir = types::lookup_with_owner(vm.interp.type_of(&v), "__dir__").filter(|(_, owner)| {
            !owner.ptr_eq(&vm.interp.types.object) && !owner.ptr_eq(&vm.interp.types.type_)
        });
        // A module's own `__dir__` function (PEP 562) replaces the namespace listing.
        let module_dir = match v.as_obj() {
            Some(o) if matches!(o.payload, Payload::Module(_)) => o.dict.as_ref().and_then(|d| crate::objects::dict::get_str(d, "__dir__")),
            _ => None,
        };
        if let Some(f) = module_dir {
            let r = vm.call(&f, Args::new(Vec::new()))?;
            let items = vm.collect_iterable(&r)?;
            let list = vm.new_list(items);
            vm.call_method(&list, "sort", Vec::new())?;
            return Ok(list);
        }
        if let Some((f, _)) = own_dir {
            let r = vm.call(&f, Args::new(vec![v.clone()]))?;
            let items = vm.collect_iterable(&r)?;
            let list = vm.new_list(items);
            vm.call_method(&list, "sort", Vec::new())?;
            return Ok(list);
        }
        return default_dir(vm, &v);
    }
    names.sort();
    names.dedup();
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// object.__dir__ (and type's): the instance dict, then every class along the MRO, sorted.
pub fn default_dir(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    {
        let v = v.clone();
        if let Some(d) = v.as_obj().and_then(|o| o.dict.clone()) {
            names.extend(crate::objects::dict::entries(&d).iter().map(|(k, _)| as_str_lossy(k).into_owned()));
        }
        let ty = match &v {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
            _ => vm.interp.type_of(&v).clone(),
        };
        // A module's dir() is its namespace only (module.__dir__), not its type's methods.
        let is_module = matches!(v.payload(), Some(Payload::Module(_)));
        if let Some(td) = types::type_data(&ty).filter(|_| !is_module) {
            for t in td.mro.borrow().iter() {
                if let Some(d) = types::type_data(t) {
                    names.extend(d.ns.borrow().iter().map(|(k, _)| as_str_lossy(k).into_owned()));
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "input", 0, 1)?;
    if !args.is_empty() {
        let p = vm.str_string(&args.at(0))?;
        crate::modules::sys::write_stdout(vm, &p)?;
    }
    crate::modules::sys::flush_stdout_checked(vm)?;
    // Other threads run while this one waits for a line; a signal ends the wait, runs its
    // handler (Ctrl-C: KeyboardInterrupt) and the read goes on if it returned (PEP 475).
    let mut line = String::new();
    let read = loop {
        let (read, got) = crate::vm::gil::allow_threads(move || {
            let mut got = line;
            (crate::vm::interrupt::read_stdin_line(&mut got), got)
        });
        line = got;
        match read {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            other => break other,
        }
    };
    match read {
        Ok(0) if line.is_empty() => Err(vm.eof_error("EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(&line))
        }
        Err(e) => Err(crate::modules::sys::io_error(vm, e)),
    }
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.at(0);
    let fromlist = args.get(3).cloned().unwrap_or(Value::None);
    crate::modules::import_module(vm, &name, &fromlist, &Value::Int(0))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = if args.is_empty() { vec![] } else { vec![args.at(0)] };
    let t = vm.new_tuple(a);
    Err(vm.new_exception(&vm.interp.exc.system_exit.clone(), t))
}

pub fn register(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("hash", hash),
        ("id", id),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("iter", iter),
        ("next", next),
        ("aiter", crate::objects::generator::asyncgen::builtin_aiter),
        ("anext", crate::objects::generator::asyncgen::builtin_anext),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("breakpoint", breakpoint),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("any", any),
        ("all", all),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("format", crate::objects::format::builtin_format),
        ("__import__", import),
        ("exit", exit),
        ("quit", exit),
    ];
    for (name, f) in fns {
        add_function(vm, d, name, *f)?;
    }
    Ok(())
}
