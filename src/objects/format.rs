//! `format(value, spec)` for built-in types and `str.format`.

use super::arith::{Num, as_num};
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

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let (mut auto, mut manual) = (0usize, false);
    format_fields(vm, fmt, args, kwargs, &mut auto, &mut manual)
}

/// The numbering state is shared with nested fields in format specs (`{:{}}`).
fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < cs.len() {
                if cs[j] == '{' {
                    depth += 1;
                } else if cs[j] == '}' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= cs.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let field: String = cs[i + 1..j].iter().collect();
            i = j + 1;
            let (head, spec) = match field.find(':') {
                Some(p) => (&field[..p], &field[p + 1..]),
                None => (&field[..], ""),
            };
            let (name, conv) = match head.find('!') {
                Some(p) => (&head[..p], Some(&head[p + 1..])),
                None => (head, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let (first, rest) = name.split_at(first_end);
            let mut v = if first.is_empty() {
                if *manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let n = *auto;
                let v = args.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!("Replacement index {} out of range for positional args tuple", n))
                })?;
                *auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                if *auto > 0 {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                *manual = true;
                args.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!("Replacement index {} out of range for positional args tuple", n))
                })?
            } else {
                match kwargs.iter().find(|(k, _)| as_str_lossy(k) == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(first))),
                }
            };
            let mut r = rest;
            while !r.is_empty() {
                if let Some(stripped) = r.strip_prefix('.') {
                    let end = stripped.find(['.', '[']).unwrap_or(stripped.len());
                    v = vm.getattr_str(&v, &stripped[..end])?;
                    r = &stripped[end..];
                } else if let Some(stripped) = r.strip_prefix('[') {
                    let end = stripped.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                    let key = &stripped[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => vm.new_str(key),
                    };
                    v = vm.getitem(&v, &k)?;
                    r = &stripped[end + 1..];
                } else {
                    break;
                }
            }
            let v = match conv {
                Some("r") => vm.repr(&v)?,
                Some("s") => vm.to_str(&v)?,
                Some("a") => {
                    let r = vm.repr_string(&v)?;
                    vm.new_str(&super::str::ascii_escape(&r))
                }
                Some(_) => return Err(vm.value_error("Unknown conversion specifier")),
                None => v,
            };
            let spec = if spec.contains('{') { format_fields(vm, spec, args, kwargs, auto, manual)? } else { spec.to_string() };
            let sv = vm.new_str(&spec);
            let r = vm.format(&v, Some(&sv))?;
            out.push_str(&as_str_lossy(&r));
        } else if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// builtins.format
pub fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "format", 1, 2)?;
    let spec = args.get(1).cloned();
    vm.format(&args.at(0), spec.as_ref())
}
