//! The `unicodedata` module: Unicode 14.0.0 (CPython 3.11's version) from tables generated
//! by `gen_tables.py`, plus `ucd_3_2_0`, the one instance of the `UCD` type, whose methods
//! answer for Unicode 3.2.0. Every function is written once over a `Ver` and exposed twice:
//! as a module function and as a UCD method (whose receiver is always `ucd_3_2_0`, since UCD
//! cannot be instantiated).

mod names;
mod normalize;
pub mod props;
mod tables;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::strdata::PyStr;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};
use props::Ver;

/// (name, minimum and maximum argument count, implementation).
type Op = fn(&mut Vm, Ver, &[Value]) -> PyResult<Value>;

const OPS: &[(&str, usize, usize, Op)] = &[
    ("bidirectional", 1, 1, bidirectional),
    ("category", 1, 1, category),
    ("combining", 1, 1, combining),
    ("decimal", 1, 2, decimal),
    ("decomposition", 1, 1, decomposition),
    ("digit", 1, 2, digit),
    ("east_asian_width", 1, 1, east_asian_width),
    ("is_normalized", 2, 2, is_normalized),
    ("lookup", 1, 1, lookup),
    ("mirrored", 1, 1, mirrored),
    ("name", 1, 2, name),
    ("normalize", 2, 2, normalize),
    ("numeric", 1, 2, numeric),
];

/// Run op `i` of OPS with its arity checks (CPython's messages).
fn dispatch(vm: &mut Vm, i: usize, ver: Ver, args: &Args, skip: usize) -> PyResult<Value> {
    let Some(&(name, min, max, op)) = OPS.get(i) else { return Ok(Value::None) };
    let rest = args.args.get(skip..).unwrap_or(&[]);
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("unicodedata.{}() takes no keyword arguments", name)));
    }
    let n = rest.len();
    if n < min || n > max {
        let msg = if min == 1 && max == 1 {
            format!("unicodedata.{}() takes exactly one argument ({} given)", name, n)
        } else if min == max {
            format!("{} expected {} arguments, got {}", name, min, n)
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} arguments, got {}", name, max, n)
        };
        return Err(vm.type_error(msg));
    }
    op(vm, ver, rest)
}

macro_rules! entry_points {
    ($($i:literal => $f:ident, $m:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                dispatch(vm, $i, Ver::Current, &args, 0)
            }
            fn $m(vm: &mut Vm, args: Args) -> PyResult<Value> {
                dispatch(vm, $i, Ver::Old, &args, 1)
            }
        )*
        /// (module function, UCD method) for each entry of OPS, in order.
        const ENTRY_POINTS: &[(NativeFn, NativeFn)] = &[$(($f, $m)),*];
    };
}

entry_points! {
    0 => f0, m0; 1 => f1, m1; 2 => f2, m2; 3 => f3, m3; 4 => f4, m4; 5 => f5, m5; 6 => f6, m6;
    7 => f7, m7; 8 => f8, m8; 9 => f9, m9; 10 => f10, m10; 11 => f11, m11; 12 => f12, m12;
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "unicodedata");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let ucd = make_ucd_type(vm);
    for (&(name, ..), &(func, _)) in OPS.iter().zip(ENTRY_POINTS) {
        let f = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, f)?;
    }
    let version = vm.new_str("14.0.0");
    crate::objects::dict::set_str(vm, &d, "unidata_version", version)?;
    let old = ObjRef::new(ucd.clone(), Payload::Instance);
    crate::objects::dict::set_str(vm, &d, "ucd_3_2_0", Value::Obj(old))?;
    crate::objects::dict::set_str(vm, &d, "UCD", Value::Obj(ucd))?;
    Ok(m)
}

fn make_ucd_type(vm: &mut Vm) -> ObjRef {
    let t = &vm.interp.types;
    let ty = ObjRef::new(t.type_.clone(), crate::vm::state::type_payload("UCD", crate::objects::payload::Layout::Other, 0));
    crate::vm::state::set_bases(&ty, vec![t.object.clone()]);
    crate::objects::types::set_attr_raw(&ty, vm.interp.intern("__module__"), vm.new_str("unicodedata"));
    crate::objects::types::add_static(&ty, "__new__", ucd_new_refused);
    // CPython has a per-instance member; ucd_3_2_0 is the only instance there can be.
    crate::objects::types::set_attr_raw(&ty, vm.interp.intern("unidata_version"), vm.new_str("3.2.0"));
    for (&(name, ..), &(_, method)) in OPS.iter().zip(ENTRY_POINTS) {
        crate::objects::types::add_method(&ty, name, method);
    }
    ty
}

fn ucd_new_refused(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'unicodedata.UCD' instances"))
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// The one code point of a length-1 str, else CPython's TypeError.
fn one_char(vm: &Vm, fname: &str, v: &Value) -> PyResult<u32> {
    if let Some(s) = crate::objects::str::as_pystr(v) {
        if s.len() == 1 {
            return Ok(s.char_at(0));
        }
    }
    Err(vm.type_error(format!("{}() argument must be a unicode character, not {}", fname, vm.type_name(v))))
}

fn category(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "category", &arg(args, 0))?;
    Ok(vm.new_str(props::category(ver, cp)))
}

fn bidirectional(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "bidirectional", &arg(args, 0))?;
    Ok(vm.new_str(props::bidirectional(ver, cp)))
}

fn east_asian_width(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "east_asian_width", &arg(args, 0))?;
    Ok(vm.new_str(props::east_asian_width(ver, cp)))
}

fn combining(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "combining", &arg(args, 0))?;
    Ok(Value::Int(i64::from(props::combining(ver, cp))))
}

fn mirrored(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "mirrored", &arg(args, 0))?;
    Ok(Value::Int(i64::from(props::mirrored(ver, cp))))
}

fn decomposition(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "decomposition", &arg(args, 0))?;
    if ver == Ver::Old && !props::assigned(Ver::Old, cp) {
        return Ok(vm.new_str(""));
    }
    let Some((tag, parts)) = props::decomposition(cp) else { return Ok(vm.new_str("")) };
    let mut words: Vec<String> = Vec::with_capacity(parts.len() + 1);
    if !tag.is_empty() {
        words.push(tag.to_string());
    }
    words.extend(parts.iter().map(|p| format!("{:04X}", p)));
    Ok(vm.new_str(&words.join(" ")))
}

/// The value, or the default argument, or ValueError(`missing`).
fn number_or_default(vm: &Vm, v: Option<Value>, args: &[Value], missing: &str) -> PyResult<Value> {
    match (v, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(missing)),
    }
}

fn decimal(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "decimal", &arg(args, 0))?;
    let v = props::numeric(ver, cp).0.map(|d| Value::Int(i64::from(d)));
    number_or_default(vm, v, args, "not a decimal")
}

fn digit(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "digit", &arg(args, 0))?;
    let v = props::numeric(ver, cp).1.map(|d| Value::Int(i64::from(d)));
    number_or_default(vm, v, args, "not a digit")
}

fn numeric(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "numeric", &arg(args, 0))?;
    let v = props::numeric(ver, cp).2.map(Value::Float);
    number_or_default(vm, v, args, "not a numeric character")
}

fn name(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let cp = one_char(vm, "name", &arg(args, 0))?;
    match names::name(ver, cp) {
        Some(n) => Ok(vm.new_str(&n)),
        None => number_or_default(vm, None, args, "no such name"),
    }
}

fn lookup(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let v = arg(args, 0);
    let raw: Vec<u8> = if let Some(s) = crate::objects::str::as_pystr(&v) {
        s.to_lossy().as_bytes().to_vec()
    } else if let Some(Payload::Bytes(b)) = v.payload() {
        b.to_vec()
    } else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&v))));
    };
    match names::lookup(ver, &raw) {
        Ok(names::Found::Char(cp)) => Ok(vm.new_pystr(PyStr::from_code_points(&[cp]))),
        Ok(names::Found::Sequence(s)) => Ok(vm.new_pystr(PyStr::from_code_points(s))),
        Err(names::LookupError::TooLong) => {
            let msg = vm.new_str("name too long");
            Err(vm.key_error(msg))
        }
        Err(names::LookupError::Undefined) => {
            let msg = vm.new_str(&format!("undefined character name '{}'", String::from_utf8_lossy(&raw)));
            Err(vm.key_error(msg))
        }
    }
}

/// The form and the string's code points of normalize()/is_normalized().
fn form_and_text(vm: &Vm, fname: &str, args: &[Value]) -> PyResult<(normalize::Form, Vec<u32>)> {
    let (f, s) = (arg(args, 0), arg(args, 1));
    let Some(form) = crate::objects::str::as_pystr(&f) else {
        return Err(vm.type_error(format!("{}() argument 1 must be str, not {}", fname, vm.type_name(&f))));
    };
    let Some(text) = crate::objects::str::as_pystr(&s) else {
        return Err(vm.type_error(format!("{}() argument 2 must be str, not {}", fname, vm.type_name(&s))));
    };
    let form = form.as_str().and_then(normalize::Form::parse).ok_or_else(|| vm.value_error("invalid normalization form"))?;
    Ok((form, text.code_points()))
}

fn normalize(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "normalize", args)?;
    let out = normalize::normalize(ver, form, &text);
    if out == text {
        // CPython returns the argument itself when it is already normalised (an exact str).
        let s = arg(args, 1);
        if vm.interp.type_of(&s).ptr_eq(&vm.interp.types.str) {
            return Ok(s);
        }
    }
    Ok(vm.new_pystr(PyStr::from_code_points(&out)))
}

fn is_normalized(vm: &mut Vm, ver: Ver, args: &[Value]) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "is_normalized", args)?;
    Ok(Value::Bool(normalize::normalize(ver, form, &text) == text))
}
