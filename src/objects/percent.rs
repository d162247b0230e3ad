// TEMP until kernels land: printf-style `str % args`, minimal.
//! `str % args`.

use super::arith::{Num, as_num};
use super::payload::Payload;
use super::value::Value;
use crate::vm::{PyResult, Vm};

pub fn str_percent(vm: &mut Vm, fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let fmt = super::str::as_str_lossy(fmt_v).into_owned();
    let is_mapping = matches!(args.payload(), Some(Payload::Dict(_)));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key = None;
        if cs.get(i) == Some(&'(') {
            let end = cs[i..].iter().position(|c| *c == ')').map(|p| p + i).ok_or_else(|| vm.value_error("incomplete format key"))?;
            key = Some(cs[i + 1..end].iter().collect::<String>());
            i = end + 1;
        }
        let mut flags = String::new();
        while i < cs.len() && "-+ #0".contains(cs[i]) {
            flags.push(cs[i]);
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(k) = &key {
                let kv = vm.new_str(k);
                return vm.getitem(args, &kv);
            }
            let v = items.get(next).cloned().ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
            next += 1;
            Ok(v)
        };
        let mut width = String::new();
        if cs.get(i) == Some(&'*') {
            let w = take_arg(vm)?;
            width = match w { Value::Int(n) => n.to_string(), _ => return Err(vm.type_error("* wants int")) };
            i += 1;
        }
        while i < cs.len() && cs[i].is_ascii_digit() {
            width.push(cs[i]);
            i += 1;
        }
        let mut precision = None;
        if cs.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            if cs.get(i) == Some(&'*') {
                let w = take_arg(vm)?;
                p = match w { Value::Int(n) => n.to_string(), _ => return Err(vm.type_error("* wants int")) };
                i += 1;
            }
            while i < cs.len() && cs[i].is_ascii_digit() {
                p.push(cs[i]);
                i += 1;
            }
            precision = Some(p.parse::<usize>().unwrap_or(0));
        }
        let Some(&conv) = cs.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = take_arg(vm)?;
        let mut spec = String::new();
        let left = flags.contains('-');
        let body = match conv {
            's' => {
                let s = vm.str_string(&v)?;
                match precision { Some(p) => s.chars().take(p).collect(), None => s }
            }
            'r' | 'a' => {
                let s = vm.repr_string(&v)?;
                let s = if conv == 'a' { super::str::ascii_escape(&s) } else { s };
                match precision { Some(p) => s.chars().take(p).collect(), None => s }
            }
            'c' => match &v {
                Value::Int(n) => char::from_u32(*n as u32).map(String::from).unwrap_or_default(),
                _ => super::str::as_str_lossy(&v).into_owned(),
            },
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let n = match as_num(&v) {
                    Some(n @ (Num::Int(_) | Num::Float(_))) => n,
                    _ => {
                        let what = if matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') && conv != 'd' && conv != 'i' && conv != 'u' {
                            format!("%{} format: an integer is required, not {}", conv, vm.type_name(&v))
                        } else {
                            format!("%{} format: a real number is required, not {}", conv, vm.type_name(&v))
                        };
                        return Err(vm.type_error(what));
                    }
                };
                if flags.contains('+') {
                    spec.push('+');
                } else if flags.contains(' ') {
                    spec.push(' ');
                }
                if flags.contains('#') {
                    spec.push('#');
                }
                if flags.contains('0') && !left {
                    spec.push('0');
                }
                spec.push_str(&width);
                if let Some(p) = precision {
                    if !matches!(conv, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') {
                        spec.push_str(&format!(".{}", p));
                    }
                }
                let ty = match conv { 'i' | 'u' => 'd', c => c };
                let val = match (n, ty) {
                    (Num::Float(f), 'd' | 'x' | 'X' | 'o') => {
                        let i = super::temp_kernels::num::from_f64(f).map_err(|e| vm.num_error(e))?;
                        vm.new_int(i)
                    }
                    (Num::Int(i), _) => vm.new_int(i),
                    (Num::Float(f), _) => Value::Float(f),
                    _ => Value::None,
                };
                spec.push(ty);
                let s = super::format::format_value(vm, &val, &spec)?;
                out.push_str(&if left { format!("{:<w$}", s, w = width.parse().unwrap_or(0)) } else { s });
                continue;
            }
            c => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' ({:#x}) at index {}",
                    c,
                    c as u32,
                    i - 1
                )));
            }
        };
        let w: usize = width.parse().unwrap_or(0);
        let n = body.chars().count();
        if n < w {
            if left {
                out.push_str(&body);
                out.push_str(&" ".repeat(w - n));
            } else {
                out.push_str(&" ".repeat(w - n));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if !is_mapping && next < items.len() && !matches!(args.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(&out))
}
