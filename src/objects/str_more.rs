//! The rest of str's methods: tabs, translation tables, format_map, Unicode predicates,
//! and the pickling/size dunders.

use super::payload::{NativeFn, Payload};
use super::str::as_pystr;
use super::strdata::PyStr;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a PyStr> {
    as_pystr(v).ok_or_else(|| vm.type_error(format!("descriptor '{}' requires a 'str' object", name)))
}

fn expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ts = args.take_kw("tabsize").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::Int(8));
    args.no_kwargs(vm, "expandtabs")?;
    let Some(ts) = super::subscript::to_index(vm, &ts)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&ts))));
    };
    let v = args.at(0);
    let s = this(vm, &v, "expandtabs")?;
    let mut out = Vec::new();
    let mut col = 0i64;
    for c in s.code_points() {
        match c {
            0x09 => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat(0x20).take(n as usize));
                    col += n;
                }
            }
            0x0a | 0x0d => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_pystr(PyStr::from_code_points(&out)))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "format_map", 1, 1)?;
    let v = args.at(0);
    let s = this(vm, &v, "format_map")?.to_lossy().into_owned();
    let r = super::format::str_format_map(vm, &s, &args.at(1))?;
    Ok(vm.new_str(&r))
}

macro_rules! cp_pred {
    ($name:ident, $py:literal, $empty:expr, |$c:ident| $body:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, concat!("str.", $py), 0, 0)?;
            let v = args.at(0);
            let s = this(vm, &v, $py)?;
            if s.is_empty() {
                return Ok(Value::Bool($empty));
            }
            Ok(Value::Bool(s.code_points().into_iter().all(|cp| {
                let $c = char::from_u32(cp);
                $body
            })))
        }
    };
}

use super::fmt as u;
cp_pred!(isprintable, "isprintable", true, |c| c.is_some_and(u::is_printable));
cp_pred!(isalpha, "isalpha", false, |c| c.is_some_and(u::is_alpha));
cp_pred!(isalnum, "isalnum", false, |c| c.is_some_and(u::is_alnum));
cp_pred!(isdecimal, "isdecimal", false, |c| c.is_some_and(u::is_decimal));
cp_pred!(isdigit, "isdigit", false, |c| c.is_some_and(u::is_digit));
cp_pred!(isnumeric, "isnumeric", false, |c| c.is_some_and(u::is_numeric));
cp_pred!(isspace, "isspace", false, |c| c.is_some_and(u::is_py_space));

/// str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "maketrans", 1, 3)?;
    let d = vm.new_dict_obj();
    let dv = Value::Obj(d.clone());
    let x = args.at(0);
    if args.args.len() == 1 {
        let Some(Payload::Dict(_)) = x.payload() else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        let items = vm.collect_iterable(&x)?;
        for k in items {
            let val = vm.getitem(&x, &k)?;
            let key = match (&k, k.payload()) {
                (Value::Int(_), _) => k.clone(),
                (_, Some(Payload::Str(s))) if s.len() == 1 => Value::Int(s.char_at(0) as i64),
                (_, Some(Payload::Str(_))) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            super::dict::set_item(vm, &d, key, val)?;
        }
        return Ok(dv);
    }
    let y = args.at(1);
    let (Some(a), Some(b)) = (as_pystr(&x), as_pystr(&y)) else {
        return Err(vm.type_error(format!("maketrans() argument 2 must be str, not {}", vm.type_name(&args.at(1)))));
    };
    if a.len() != b.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (p, q) in a.code_points().into_iter().zip(b.code_points()) {
        super::dict::set_item(vm, &d, Value::Int(p as i64), Value::Int(q as i64))?;
    }
    if let Some(z) = args.get(2) {
        let Some(z) = as_pystr(z) else {
            return Err(vm.type_error(format!("maketrans() argument 3 must be str, not {}", vm.type_name(z))));
        };
        for p in z.code_points() {
            super::dict::set_item(vm, &d, Value::Int(p as i64), Value::None)?;
        }
    }
    Ok(dv)
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "translate", 1, 1)?;
    let v = args.at(0);
    let s = this(vm, &v, "translate")?;
    let table = args.at(1);
    let mut out: Vec<u32> = Vec::with_capacity(s.len());
    for cp in s.code_points() {
        let key = Value::Int(cp as i64);
        let r = match vm.getitem(&table, &key) {
            Ok(r) => r,
            Err(e) if vm.err_matches(&e, &vm.interp.exc.lookup_error.clone()) => {
                out.push(cp);
                continue;
            }
            Err(e) => return Err(e),
        };
        match (&r, r.payload()) {
            (Value::None, _) => {}
            (Value::Int(n), _) => {
                if !(0..0x110000).contains(n) {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"));
                }
                out.push(*n as u32);
            }
            (_, Some(Payload::Str(t))) => out.extend(t.code_points()),
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(vm.new_pystr(PyStr::from_code_points(&out)))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let s = this(vm, &v, "__getnewargs__")?;
    let copy = vm.new_pystr(PyStr::from_code_points(&s.code_points()));
    Ok(vm.new_tuple(vec![copy]))
}

/// CPython's PEP 393 sizes: header by kind, one unit per char plus the terminator.
fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let s = this(vm, &v, "__sizeof__")?;
    let max = s.code_points().into_iter().max().unwrap_or(0);
    let n = s.len() as i64;
    let size = if max < 0x80 {
        49 + n
    } else if max < 0x100 {
        73 + n
    } else if max < 0x10000 {
        74 + 2 * n
    } else {
        76 + 4 * n
    };
    Ok(Value::Int(size))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("expandtabs", expandtabs),
    ("format_map", format_map),
    ("isprintable", isprintable),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isdecimal", isdecimal),
    ("isdigit", isdigit),
    ("isnumeric", isnumeric),
    ("isspace", isspace),
    ("istitle", super::str_case::istitle),
    ("translate", translate),
    ("__getnewargs__", getnewargs),
    ("__sizeof__", sizeof),
];

pub fn register(t: &super::heap::ObjRef) {
    for (name, f) in METHODS {
        super::types::add_method(t, name, *f);
    }
    super::types::add_static(t, "maketrans", maketrans);
}
