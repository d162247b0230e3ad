// TEMP until kernels land: the format-spec mini-language and str.format, minimal.
//! `format(value, spec)` for built-in types and `str.format`.

use super::arith::{Num, as_num};
use super::payload::Payload;
use super::str::as_str_lossy;
use super::temp_kernels::num;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(vm: &Vm, s: &str) -> PyResult<Spec> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        spec.fill = Some(cs[0]);
        spec.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        spec.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        spec.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let st = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    spec.width = cs[st..i].iter().collect::<String>().parse().unwrap_or(0);
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        spec.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let st = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if st == i {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        spec.precision = cs[st..i].iter().collect::<String>().parse().ok();
    }
    if i < cs.len() {
        spec.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err(vm.value_error("Invalid format specifier"));
    }
    Ok(spec)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { default_align });
    let len = sign.chars().count() + body.chars().count();
    if len >= spec.width {
        return format!("{}{}", sign, body);
    }
    let n = spec.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{}{}{}", sign, body, f(n)),
        '^' => format!("{}{}{}{}", f(n / 2), sign, body, f(n - n / 2)),
        '=' => format!("{}{}{}", sign, f(n), body),
        _ => format!("{}{}{}", f(n), sign, body),
    }
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn exp_format(x: f64, p: usize, upper: bool) -> String {
    let s = format!("{:.*e}", p, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper { r.to_uppercase() } else { r }
}

fn general_format(x: f64, p: usize, alternate: bool, upper: bool) -> String {
    let p = p.max(1);
    if x == 0.0 {
        return if alternate { format!("{:.*}", p - 1, 0.0) } else { "0".into() };
    }
    let s = format!("{:.*e}", p - 1, x);
    let exp: i32 = s.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    let mut r = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        exp_format(x, p - 1, upper)
    };
    if !alternate {
        if let Some(epos) = r.find(['e', 'E']) {
            let (m, e) = r.split_at(epos);
            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
            r = format!("{}{}", m, e);
        } else if r.contains('.') {
            r = r.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    r
}

fn format_float(vm: &Vm, x: f64, spec: &Spec) -> PyResult<String> {
    let neg = x.is_sign_negative() && !(x.is_nan());
    let a = x.abs();
    let ty = spec.ty;
    let body = if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        if matches!(ty, Some('E' | 'F' | 'G')) { s.to_uppercase() } else { s.to_string() }
    } else {
        match ty {
            Some('f' | 'F') => format!("{:.*}", spec.precision.unwrap_or(6), a),
            Some('e' | 'E') => exp_format(a, spec.precision.unwrap_or(6), ty == Some('E')),
            Some('g' | 'G') => general_format(a, spec.precision.unwrap_or(6), spec.alternate, ty == Some('G')),
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
            Some('n') => general_format(a, spec.precision.unwrap_or(6), spec.alternate, false),
            None => match spec.precision {
                None => num::float_repr(a),
                Some(p) => {
                    let r = general_format(a, p, spec.alternate, false);
                    if r.contains(['.', 'e', 'n', 'i']) { r } else { format!("{}.0", r) }
                }
            },
            Some(c) => {
                return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'float'", c)));
            }
        }
    };
    let body = match spec.grouping {
        Some(g) if a.is_finite() => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => body.split_at(i),
                None => (body.as_str(), ""),
            };
            format!("{}{}", group(int_part, g, 3), rest)
        }
        _ => body,
    };
    Ok(pad(spec, sign_str(neg, spec), &body, '>'))
}

fn format_int(vm: &Vm, i: &num::Int, spec: &Spec) -> PyResult<String> {
    if let Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) = spec.ty {
        let _ = t;
        let f = num::to_f64(i).map_err(|e| vm.num_error(e))?;
        return format_float(vm, f, spec);
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    let big = i.to_bigint();
    let neg = num_traits::Signed::is_negative(&big);
    let mag = num::Int::from_bigint(num_traits::Signed::abs(&big));
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => (num::to_str_radix(&mag, 10), ""),
        Some('x') => (num::to_str_radix(&mag, 16), "0x"),
        Some('X') => (num::to_str_radix(&mag, 16).to_uppercase(), "0X"),
        Some('o') => (num::to_str_radix(&mag, 8), "0o"),
        Some('b') => (num::to_str_radix(&mag, 2), "0b"),
        Some('c') => {
            let c = match i {
                num::Int::Small(n) => char::from_u32(*n as u32),
                _ => None,
            };
            return match c {
                Some(c) => Ok(pad(spec, "", &c.to_string(), '<')),
                None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
            };
        }
        Some(c) => return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'int'", c))),
    };
    let digits = match spec.grouping {
        Some(g) => group(&digits, g, if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) { 4 } else { 3 }),
        None => digits,
    };
    let sign = format!("{}{}", sign_str(neg, spec), if spec.alternate { prefix } else { "" });
    Ok(pad(spec, &sign, &digits, '>'))
}

pub fn format_value(vm: &mut Vm, v: &Value, spec_s: &str) -> PyResult<String> {
    let spec = parse_spec(vm, spec_s)?;
    if let Value::Bool(b) = v {
        if spec.ty.is_none() {
            return Ok(pad(&spec, "", if *b { "True" } else { "False" }, '<'));
        }
    }
    match as_num(v) {
        Some(Num::Int(i)) => return format_int(vm, &i, &spec),
        Some(Num::Float(f)) => return format_float(vm, f, &spec),
        _ => {}
    }
    if let Some(Payload::Str(s)) = v.payload() {
        if let Some(t) = spec.ty {
            if t != 's' {
                return Err(vm.value_error(format!("Unknown format code '{}' for object of type 'str'", t)));
            }
        }
        if spec.sign.is_some() {
            return Err(vm.value_error("Sign not allowed in string format specifier"));
        }
        let mut body = s.to_lossy().into_owned();
        if let Some(p) = spec.precision {
            body = body.chars().take(p).collect();
        }
        return Ok(pad(&spec, "", &body, '<'));
    }
    if spec_s.is_empty() {
        return vm.str_string(v);
    }
    Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(v))))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    let mut manual = false;
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
                if manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let v = args.get(auto).cloned().ok_or_else(|| {
                    vm.index_error(format!("Replacement index {} out of range for positional args tuple", auto))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                if auto > 0 {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                manual = true;
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
            let spec = if spec.contains('{') { str_format(vm, spec, args, kwargs)? } else { spec.to_string() };
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
