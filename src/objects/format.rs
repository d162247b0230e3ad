//! `format(value, spec)` for built-in types and `str.format`.

use super::arith::{Num, as_num};
use super::fmt::{AutoNumber, FieldAccess, FieldArg, FormatPiece, FormatStringIter, check_conversion};
use super::payload::Payload;
use super::str::as_str_lossy;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn format_value(vm: &mut Vm, v: &Value, spec_s: &str) -> PyResult<String> {
    let spec = super::fmt::FormatSpec::parse(spec_s).map_err(|e| vm.num_error(e))?;
    let r = match v {
        _ => match as_num(v) {
            Some(Num::Int(i)) => super::fmt::format_int(&i, &spec),
            Some(Num::Float(f)) => super::fmt::format_float(f, &spec),
            Some(Num::Complex(re, im)) => super::fmt::format_complex(re, im, &spec),
            None => match v.payload() {
                Some(Payload::Str(s)) => super::fmt::format_str(&s.to_lossy(), &spec),
                _ => {
                    if spec_s.is_empty() {
                        return vm.str_string(v);
                    }
                    return Err(vm.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        vm.type_name(v)
                    )));
                }
            },
        },
    };
    r.map_err(|e| vm.num_error(e))
}

/// `str.format_map(mapping)`: names are looked up in the mapping itself.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut auto = AutoNumber::default();
    let mut it = FormatStringIter::new(fmt, &mut auto).map_err(|e| vm.num_error(e))?;
    let mut out = String::new();
    render(vm, &mut it, &[], Source::Map(mapping), &mut out)?;
    Ok(out)
}

#[derive(Clone, Copy)]
enum Source<'a> {
    Kwargs(&'a [(Value, Value)]),
    Map(&'a Value),
}

/// `str.format(*args, **kwargs)`, driven by the template kernel so errors come in CPython's order.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let mut auto = AutoNumber::default();
    let mut it = FormatStringIter::new(fmt, &mut auto).map_err(|e| vm.num_error(e))?;
    let mut out = String::new();
    render(vm, &mut it, args, Source::Kwargs(kwargs), &mut out)?;
    Ok(out)
}

fn render(vm: &mut Vm, it: &mut FormatStringIter<'_>, args: &[Value], kwargs: Source<'_>, out: &mut String) -> PyResult<()> {
    while let Some(piece) = it.next() {
        let field = match piece.map_err(|e| vm.num_error(e))? {
            FormatPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            FormatPiece::Field(f) => f,
        };
        let mut v = match &field.arg {
            FieldArg::Index(_) if matches!(kwargs, Source::Map(_)) => {
                return Err(vm.value_error("Format string contains positional fields"));
            }
            FieldArg::Index(n) => args.get(*n).cloned().ok_or_else(|| {
                vm.index_error(format!("Replacement index {} out of range for positional args tuple", n))
            })?,
            FieldArg::Name(name) => match kwargs {
                Source::Kwargs(kw) => match kw.iter().find(|(k, _)| as_str_lossy(k) == name.as_str()) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(name))),
                },
                Source::Map(m) => {
                    let k = vm.new_str(name);
                    vm.getitem(m, &k)?
                }
            },
        };
        for acc in &field.accesses {
            v = match acc {
                FieldAccess::Attr(a) => vm.getattr_str(&v, a)?,
                FieldAccess::Index(n) => vm.getitem(&v, &Value::Int(*n as i64))?,
                FieldAccess::Key(k) => {
                    let k = vm.new_str(k);
                    vm.getitem(&v, &k)?
                }
            };
        }
        if let Some(e) = field.access_error.clone() {
            return Err(vm.num_error(e));
        }
        let v = match field.conversion {
            Some(c) => {
                check_conversion(c).map_err(|e| vm.num_error(e))?;
                match c {
                    'r' => vm.repr(&v)?,
                    's' => vm.to_str(&v)?,
                    _ => {
                        let r = vm.repr_string(&v)?;
                        vm.new_str(&super::str::ascii_escape(&r))
                    }
                }
            }
            None => v,
        };
        let spec = if field.spec_has_fields {
            let mut nested = it.nested(&field.spec).map_err(|e| vm.num_error(e))?;
            let mut s = String::new();
            render(vm, &mut nested, args, kwargs, &mut s)?;
            s
        } else {
            field.spec.clone()
        };
        let sv = vm.new_str(&spec);
        let r = vm.format(&v, Some(&sv))?;
        out.push_str(&as_str_lossy(&r));
    }
    Ok(())
}

/// builtins.format
pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "format", 1, 2)?;
    let spec = args.get(1).cloned();
    if let Some(sv) = &spec {
        if super::str::as_pystr(sv).is_none() {
            return Err(vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(sv))));
        }
    }
    vm.format(&args.at(0), spec.as_ref())
}
