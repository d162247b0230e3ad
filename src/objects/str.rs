//! str: helpers and the str type's methods.

use std::borrow::Cow;

use super::payload::Payload;
use super::strdata::PyStr;
use super::types::{add_method, add_static};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn as_str(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Str(s)) => s.as_str(),
        _ => None,
    }
}

pub fn as_str_lossy(v: &Value) -> Cow<'_, str> {
    match v.payload() {
        Some(Payload::Str(s)) => s.to_lossy(),
        _ => Cow::Borrowed(""),
    }
}

/// The str parts joined (BUILD_STRING); lone surrogates survive.
pub fn concat(vm: &Vm, parts: &[Value]) -> Value {
    if parts.iter().any(|p| as_pystr(p).is_some_and(|s| s.has_surrogates())) {
        let mut cps = Vec::new();
        for p in parts {
            if let Some(s) = as_pystr(p) {
                cps.extend(s.code_points());
            }
        }
        return vm.new_pystr(PyStr::from_code_points(&cps));
    }
    let mut s = String::new();
    for p in parts {
        s.push_str(&as_str_lossy(p));
    }
    vm.new_str(&s)
}

pub fn as_pystr(v: &Value) -> Option<&PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    }
}

/// Char index of `needle` in `hay[start..end]`.
pub fn find(hay: &PyStr, needle: &PyStr, start: usize, end: usize) -> Option<usize> {
    let (Some(h), Some(n)) = (hay.as_str(), needle.as_str()) else {
        let (h, n) = (hay.code_points(), needle.code_points());
        let end = end.min(h.len());
        if n.is_empty() {
            return if start <= end { Some(start) } else { None };
        }
        return (start..end.saturating_sub(n.len() - 1)).find(|&i| i + n.len() <= end && h[i..i + n.len()] == n[..]);
    };
    let end = end.min(hay.len());
    if start > end {
        return None;
    }
    let (bs, be) = (char_to_byte(h, hay, start), char_to_byte(h, hay, end));
    let pos = h[bs..be].find(n)?;
    Some(byte_to_char(h, hay, bs + pos))
}

fn char_to_byte(_s: &str, ps: &PyStr, i: usize) -> usize {
    ps.byte_offset(i)
}

fn byte_to_char(_s: &str, ps: &PyStr, b: usize) -> usize {
    ps.char_index_of_byte(b)
}

/// ascii(): the repr itself when it is ASCII (even a str subclass, as CPython), else a
/// new str with every non-ASCII code point escaped (lone surrogates included).
pub fn ascii_of_repr(vm: &mut Vm, r: Value) -> PyResult<Value> {
    let Some(p) = as_pystr(&r) else { return Ok(r) };
    if p.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for cp in p.code_points() {
        match char::from_u32(cp) {
            Some(c) if cp < 0x80 => out.push(c),
            _ if cp < 0x100 => out.push_str(&format!("\\x{:02x}", cp)),
            _ if cp < 0x10000 => out.push_str(&format!("\\u{:04x}", cp)),
            _ => out.push_str(&format!("\\U{:08x}", cp)),
        }
    }
    Ok(vm.new_str(&out))
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

pub fn repr_surrogates(s: &PyStr) -> String {
    super::fmt::repr_code_points(&s.code_points(), false)
}

pub(super) fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<String> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => Ok(s.to_lossy().into_owned()),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'str' object", name))),
    }
}

fn arg_str(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.to_lossy().into_owned()),
        _ => Err(vm.type_error(format!("{}must be str, not {}", what, vm.type_name(v)))),
    }
}

fn str_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let given = args.args.len().saturating_sub(1) + args.kwargs.len();
    if given > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({} given)", given)));
    }
    let cls = args.at(0);
    let obj = args.take_kw("object").or_else(|| args.args.get(1).cloned());
    let s = match obj {
        None => vm.new_str(""),
        Some(v) => {
            let enc = args.take_kw("encoding").or_else(|| args.args.get(2).cloned());
            let errors = args.take_kw("errors").or_else(|| args.args.get(3).cloned());
            if enc.is_some() || errors.is_some() {
                let b = match v.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    Some(Payload::ByteArray(b)) => b.borrow().clone(),
                    Some(Payload::MemoryView(_) | Payload::Array(_)) => super::bytes::as_bytes(&v).unwrap_or_default(),
                    Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
                    _ => return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&v)))),
                };
                super::codecs::decode_values(vm, &b, enc.as_ref(), errors.as_ref())?
            } else {
                vm.to_str(&v)?
            }
        }
    };
    if let Value::Obj(c) = &cls {
        if !c.ptr_eq(&vm.interp.types.str) {
            let data = match s.payload() {
                Some(Payload::Str(p)) => PyStr::from_code_points(&p.code_points()),
                _ => PyStr::new(""),
            };
            let dict = Some(vm.new_dict_obj());
            return Ok(Value::Obj(super::heap::ObjRef::with_dict(c.clone(), Payload::Str(data), dict)));
        }
    }
    Ok(s)
}

fn split_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let mut args = args;
    let s = this(vm, &args, "split")?;
    let sep = args.take_kw("sep").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::None);
    let maxsplit = args.take_kw("maxsplit").or_else(|| args.args.get(2).cloned()).unwrap_or(Value::Int(-1));
    let maxsplit = match maxsplit {
        Value::Int(n) if n >= 0 => n as usize,
        _ => usize::MAX,
    };
    let parts: Vec<String> = if sep.is_none() {
        let mut parts: Vec<String> = Vec::new();
        if right {
            let mut rest = s.trim_end_matches(super::fmt::is_py_space);
            while !rest.is_empty() {
                if parts.len() == maxsplit {
                    parts.push(rest.trim_end_matches(super::fmt::is_py_space).to_string());
                    break;
                }
                match rest.rfind(super::fmt::is_py_space) {
                    Some(i) => {
                        let w = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                        parts.push(rest[i + w..].to_string());
                        rest = rest[..i].trim_end_matches(super::fmt::is_py_space);
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
            parts.reverse();
        } else {
            let mut rest = s.trim_start_matches(super::fmt::is_py_space);
            while !rest.is_empty() {
                if parts.len() == maxsplit {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.find(super::fmt::is_py_space) {
                    Some(i) => {
                        parts.push(rest[..i].to_string());
                        rest = rest[i..].trim_start_matches(super::fmt::is_py_space);
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
        }
        parts
    } else {
        if as_pystr(&sep).is_none() {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&sep))));
        }
        let sep = arg_str(vm, &sep, "")?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            let mut v: Vec<String> = s.rsplitn(maxsplit.saturating_add(1), &sep).map(String::from).collect();
            v.reverse();
            v
        } else {
            s.splitn(maxsplit.saturating_add(1), &sep).map(String::from).collect()
        }
    };
    let items = parts.iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}
fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "str.join", 1, 1)?;
    let s = this(vm, &args, "join")?;
    let items = vm.collect_iterable(&args.at(1))?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&s);
        }
        match it.payload() {
            Some(Payload::Str(p)) => out.push_str(&p.to_lossy()),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(it)
                )));
            }
        }
    }
    Ok(vm.new_str(&out))
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, "strip")?;
    let chars = args.at(1);
    let r: &str = if chars.is_none() {
        match (left, right) {
            (true, true) => s.trim_matches(super::fmt::is_py_space),
            (true, false) => s.trim_start_matches(super::fmt::is_py_space),
            _ => s.trim_end_matches(super::fmt::is_py_space),
        }
    } else {
        if as_pystr(&chars).is_none() {
            return Err(vm.type_error("strip arg must be None or str"));
        }
        let cs: Vec<char> = arg_str(vm, &chars, "")?.chars().collect();
        let f = |c: char| cs.contains(&c);
        match (left, right) {
            (true, true) => s.trim_matches(f),
            (true, false) => s.trim_start_matches(f),
            _ => s.trim_end_matches(f),
        }
    };
    let v = args.at(0);
    if r.len() == s.len() && vm.interp.type_of(&v).ptr_eq(&vm.interp.types.str) {
        return Ok(v);
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "replace", 2, 3)?;
    let s = this(vm, &args, "replace")?;
    let old = arg_str(vm, &args.at(1), "replace() argument 1 ")?;
    let new = arg_str(vm, &args.at(2), "replace() argument 2 ")?;
    let r = match args.get(3) {
        Some(Value::Int(n)) if *n >= 0 => s.replacen(&old, &new, *n as usize),
        _ => s.replace(&old, &new),
    };
    Ok(vm.new_str(&r))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    args.check_method(vm, name, 1, 3)?;
    let hay_v = args.at(0);
    let Some(hay) = as_pystr(&hay_v) else {
        return Err(vm.type_error("expected str"));
    };
    let needle_v = args.at(1);
    let Some(needle) = as_pystr(&needle_v) else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&needle_v))));
    };
    let n = hay.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> i64 {
        match v {
            Some(Value::Int(i)) => {
                let i = if *i < 0 { (*i + n).max(0) } else { *i };
                i.min(n)
            }
            _ => d,
        }
    };
    let start = norm(args.get(2), 0) as usize;
    let end = norm(args.get(3), n) as usize;
    if !rev {
        return Ok(find(hay, needle, start, end));
    }
    let h = hay.code_points();
    let nd = needle.code_points();
    if end < start || end - start < nd.len() {
        return Ok(None);
    }
    Ok((start..=end - nd.len()).rev().find(|&i| h[i..i + nd.len()] == nd[..]))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?.map_or(-1, |i| i as i64)))
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?.map_or(-1, |i| i as i64)))
}
fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}
fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "count", 1, 3)?;
    let hv = args.at(0);
    let Some(hay) = as_pystr(&hv) else { return Err(vm.type_error("descriptor 'count' requires a 'str' object")) };
    let nv = args.at(1);
    let Some(needle) = as_pystr(&nv) else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&nv))));
    };
    let n = hay.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(v) => match super::subscript::to_index(vm, v)? {
                Some(i) => Ok(if i < 0 { (i + n).max(0) } else { i.min(n) }),
                None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            },
        }
    };
    let start = norm(vm, args.get(2), 0)?;
    let end = norm(vm, args.get(3), n)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if needle.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let (mut i, mut c) = (start as usize, 0);
    while let Some(p) = find(hay, needle, i, end as usize) {
        c += 1;
        i = p + needle.len();
    }
    Ok(Value::Int(c))
}

/// CPython's tailmatch bounds: negative indices count from the end (clamped at 0), `end`
/// is clamped to the length but `start` is not, so a start past the end never matches.
pub(crate) fn affix_bounds(vm: &mut Vm, args: &Args, at: usize, n: usize) -> PyResult<(i64, i64)> {
    let n = n as i64;
    let mut out = [0, n];
    for (k, slot) in out.iter_mut().enumerate() {
        match args.get(at + k) {
            None | Some(Value::None) => {}
            Some(v) => match super::subscript::to_index(vm, v)? {
                Some(i) if i < 0 => *slot = (i + n).max(0),
                Some(i) => *slot = if k == 0 { i } else { i.min(n) },
                None => return Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            },
        }
    }
    Ok((out[0], out[1]))
}

fn affix(vm: &mut Vm, args: Args, name: &str, start: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 3)?;
    let hv = args.at(0);
    let Some(hay) = as_pystr(&hv) else {
        return Err(vm.type_error(format!("descriptor '{}' requires a 'str' object", name)));
    };
    let cps = hay.code_points();
    let (a, b) = affix_bounds(vm, &args, 2, cps.len())?;
    let test = |p: &PyStr| -> bool {
        let pc = p.code_points();
        let m = pc.len() as i64;
        if b - a < m {
            return false;
        }
        let at = if start { a } else { b - m } as usize;
        cps.get(at..at + pc.len()).is_some_and(|w| w == &pc[..])
    };
    let pat = args.at(1);
    match pat.payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(test(p))),
        Some(Payload::Tuple(t)) => {
            for p in t.iter() {
                let Some(ps) = as_pystr(p) else {
                    return Err(vm.type_error(format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        vm.type_name(p)
                    )));
                };
                if test(ps) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            vm.type_name(&pat)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn pad(vm: &mut Vm, args: Args, name: &str, align: char) -> PyResult<Value> {
    args.check_method(vm, name, 1, 2)?;
    let s = this(vm, &args, name)?;
    let Value::Int(width) = args.at(1) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.at(1)))));
    };
    let fill = match args.get(2) {
        Some(v) => {
            let f = arg_str(vm, v, "")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(args.at(0));
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let f = fill.to_string();
    Ok(vm.new_str(&format!("{}{}{}", f.repeat(l), s, f.repeat(r))))
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", '<')
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", '>')
}
fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", '^')
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "zfill", 1, 1)?;
    let s = this(vm, &args, "zfill")?;
    let Value::Int(width) = args.at(1) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.at(1)))));
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(args.at(0));
    }
    let zeros = "0".repeat((width - n) as usize);
    let r = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{}{}{}", c, zeros, &s[1..]),
        _ => format!("{}{}", zeros, s),
    };
    Ok(vm.new_str(&r))
}

fn splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep = args.take_kw("keepends").or_else(|| args.args.get(1).cloned()).map(|v| vm.truthy(&v)).transpose()?.unwrap_or(false);
    let s = this(vm, &args, "splitlines")?;
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(vm.new_str(&cur));
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(vm.new_str(&cur));
    }
    Ok(vm.new_list(out))
}

fn partition_impl(vm: &mut Vm, args: Args, rev: bool) -> PyResult<Value> {
    args.check_method(vm, "partition", 1, 1)?;
    let s = this(vm, &args, "partition")?;
    let sep = arg_str(vm, &args.at(1), "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(i) => [&s[..i], &sep[..], &s[i + sep.len()..]].map(|p| vm.new_str(p)),
        None if rev => [vm.new_str(""), vm.new_str(""), vm.new_str(&s)],
        None => [vm.new_str(&s), vm.new_str(""), vm.new_str("")],
    };
    Ok(vm.new_tuple(parts.to_vec()))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn encode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let enc = args.take_kw("encoding").or_else(|| args.args.get(1).cloned());
    let errors = args.take_kw("errors").or_else(|| args.args.get(2).cloned());
    args.check_method(vm, "encode", 0, 2)?;
    let v = args.at(0);
    let Some(s) = as_pystr(&v) else { return Err(vm.type_error("descriptor 'encode' requires a 'str' object")) };
    super::codecs::encode_values(vm, s, enc.as_ref(), errors.as_ref())
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    let Args { args: pos, kwargs } = args;
    let r = super::format::str_format(vm, &s, &pos[1..], &kwargs)?;
    Ok(vm.new_str(&r))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "removeprefix", 1, 1)?;
    let s = this(vm, &args, "removeprefix")?;
    let p = arg_str(vm, &args.at(1), "removeprefix() argument ")?;
    Ok(vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}
fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "removesuffix", 1, 1)?;
    let s = this(vm, &args, "removesuffix")?;
    let p = arg_str(vm, &args.at(1), "removesuffix() argument ")?;
    Ok(vm.new_str(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

fn dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = as_str_lossy(&args.at(1)).into_owned();
    let v = args.at(0);
    if spec.is_empty() {
        return vm.to_str(&v);
    }
    let r = super::format::format_value(vm, &v, &spec)?;
    Ok(vm.new_str(&r))
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::repr::builtin_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}
fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__str__")?;
    Ok(vm.new_str(&s))
}
fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = as_pystr(&args.at(0)).map_or(0, |s| s.len());
    let _ = vm;
    Ok(Value::Int(n as i64))
}
fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(as_pystr(&args.at(0)).map_or(0, |s| s.hash())))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.str;
    add_static(t, "__new__", str_new);
    for (name, f) in [
        ("split", split as super::payload::NativeFn),
        ("rsplit", rsplit),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", super::str_case::upper),
        ("lower", super::str_case::lower),
        ("casefold", super::str_case::casefold),
        ("swapcase", super::str_case::swapcase),
        ("capitalize", super::str_case::capitalize),
        ("title", super::str_case::title),
        ("isascii", super::str_case::isascii),
        ("isupper", super::str_case::isupper),
        ("islower", super::str_case::islower),
        ("isidentifier", super::str_case::isidentifier),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("zfill", zfill),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("encode", encode),
        ("format", format),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("__format__", dunder_format),
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__len__", str_len),
        ("__hash__", str_hash),
    ] {
        add_method(t, name, f);
    }
    super::dunders::register_binops(t, &["__add__", "__mul__", "__rmul__", "__mod__", "__rmod__"]);
    super::str_more::register(t);
    super::dunders::register_compares(t);
    super::dunders::register_container(t);
}
