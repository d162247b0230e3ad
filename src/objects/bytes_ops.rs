//! The read-only methods shared by bytes and bytearray. Each returns the receiver's own
//! type (bytes -> bytes, bytearray -> bytearray), as CPython does.

use super::bytes::{as_bytes, new_bytearray};
use super::payload::{NativeFn, Payload};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A result of the receiver's type.
pub(super) fn ret(vm: &Vm, this: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(this) { new_bytearray(vm, b) } else { vm.new_bytes(b) }
}

pub(super) fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    as_bytes(&args.at(0)).ok_or_else(|| vm.type_error(format!("descriptor '{}' requires a 'bytes' object", name)))
}

/// A bytes-like argument (bytes or bytearray).
pub fn arg_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b);
    }
    match super::subscript::to_index(vm, v)? {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// start/end arguments clamped like a slice.
fn bounds(vm: &mut Vm, args: &Args, at: usize, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(v) => match super::subscript::to_index(vm, v)? {
                Some(i) => Ok(if i < 0 { (i + n).max(0) } else { i.min(n) }),
                None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            },
        }
    };
    let s = norm(vm, args.get(at), 0)?;
    let e = norm(vm, args.get(at + 1), n)?;
    Ok((s as usize, e as usize))
}

fn find_in(h: &[u8], n: &[u8], s: usize, e: usize, rev: bool) -> Option<usize> {
    if s > e || e - s < n.len() {
        return None;
    }
    let last = e - n.len();
    if rev {
        (s..=last).rev().find(|&i| &h[i..i + n.len()] == n)
    } else {
        (s..=last).find(|&i| &h[i..i + n.len()] == n)
    }
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    args.check_method(vm, name, 1, 3)?;
    let h = this(vm, args, name)?;
    let n = needle(vm, &args.at(1))?;
    let (s, e) = bounds(vm, args, 2, h.len())?;
    Ok(find_in(&h, &n, s, e, rev))
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?.map_or(-1, |i| i as i64)))
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?.map_or(-1, |i| i as i64)))
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, &args, "index", false)?.map(|i| Value::Int(i as i64)).ok_or_else(|| vm.value_error("subsection not found"))
}
fn b_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, &args, "rindex", true)?.map(|i| Value::Int(i as i64)).ok_or_else(|| vm.value_error("subsection not found"))
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "count", 1, 3)?;
    let h = this(vm, &args, "count")?;
    let n = needle(vm, &args.at(1))?;
    let (s, e) = bounds(vm, &args, 2, h.len())?;
    if s > e {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int((e - s + 1) as i64));
    }
    let (mut i, mut c) = (s, 0);
    while let Some(p) = find_in(&h, &n, i, e, false) {
        c += 1;
        i = p + n.len();
    }
    Ok(Value::Int(c))
}

fn affix(vm: &mut Vm, args: Args, name: &str, start: bool) -> PyResult<Value> {
    args.check_method(vm, name, 1, 3)?;
    let h = this(vm, &args, name)?;
    let pat = args.at(1);
    let pats: Vec<Vec<u8>> = match pat.payload() {
        Some(Payload::Tuple(t)) => {
            let mut v = Vec::new();
            for p in t.iter() {
                v.push(as_bytes(p).ok_or_else(|| {
                    vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(p)))
                })?);
            }
            v
        }
        _ => match as_bytes(&pat) {
            Some(b) => vec![b],
            None => {
                return Err(vm.type_error(format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    name,
                    vm.type_name(&pat)
                )))
            }
        },
    };
    let (s, e) = super::str::affix_bounds(vm, &args, 2, h.len())?;
    if s > e {
        return Ok(Value::Bool(false));
    }
    let w = &h[s as usize..e as usize];
    Ok(Value::Bool(pats.iter().any(|p| if start { w.starts_with(p) } else { w.ends_with(p) })))
}
fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "replace", 2, 3)?;
    let h = this(vm, &args, "replace")?;
    let old = arg_bytes(vm, &args.at(1))?;
    let new = arg_bytes(vm, &args.at(2))?;
    let mut count = match args.get(3) {
        Some(v) => match super::subscript::to_index(vm, v)? {
            Some(n) if n >= 0 => n as usize,
            Some(_) => usize::MAX,
            None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
        },
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        for (i, &c) in h.iter().enumerate() {
            if count > 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
            let _ = i;
        }
        if count > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(ret(vm, &args.at(0), out));
    }
    let mut i = 0;
    while i < h.len() {
        if count > 0 && h[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(h[i]);
            i += 1;
        }
    }
    Ok(ret(vm, &args.at(0), out))
}

pub(super) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split_impl(vm: &mut Vm, mut args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let sep = args.take_kw("sep").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::None);
    let maxsplit = args.take_kw("maxsplit").or_else(|| args.args.get(2).cloned()).unwrap_or(Value::Int(-1));
    args.no_kwargs(vm, name)?;
    let h = this(vm, &args, name)?;
    let maxsplit = match super::subscript::to_index(vm, &maxsplit)? {
        Some(n) if n >= 0 => n as usize,
        Some(_) => usize::MAX,
        None => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&maxsplit)))),
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if sep.is_none() {
        if right {
            let mut end = h.len();
            loop {
                while end > 0 && is_space(h[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if parts.len() == maxsplit {
                    parts.push(h[..end].to_vec());
                    break;
                }
                let mut st = end;
                while st > 0 && !is_space(h[st - 1]) {
                    st -= 1;
                }
                parts.push(h[st..end].to_vec());
                end = st;
            }
            parts.reverse();
        } else {
            let mut st = 0;
            loop {
                while st < h.len() && is_space(h[st]) {
                    st += 1;
                }
                if st == h.len() {
                    break;
                }
                if parts.len() == maxsplit {
                    parts.push(h[st..].to_vec());
                    break;
                }
                let mut end = st;
                while end < h.len() && !is_space(h[end]) {
                    end += 1;
                }
                parts.push(h[st..end].to_vec());
                st = end;
            }
        }
    } else {
        let sep = arg_bytes(vm, &sep)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            let mut end = h.len();
            while parts.len() < maxsplit {
                match find_in(&h, &sep, 0, end, true) {
                    Some(p) => {
                        parts.push(h[p + sep.len()..end].to_vec());
                        end = p;
                    }
                    None => break,
                }
            }
            parts.push(h[..end].to_vec());
            parts.reverse();
        } else {
            let mut st = 0;
            while parts.len() < maxsplit {
                match find_in(&h, &sep, st, h.len(), false) {
                    Some(p) => {
                        parts.push(h[st..p].to_vec());
                        st = p + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(h[st..].to_vec());
        }
    }
    let this_v = args.at(0);
    let items = parts.into_iter().map(|p| ret(vm, &this_v, p)).collect();
    Ok(vm.new_list(items))
}
fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}
fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    args.check_method(vm, name, 0, 1)?;
    let h = this(vm, &args, name)?;
    let chars = args.at(1);
    let set: Option<Vec<u8>> = if chars.is_none() { None } else { Some(arg_bytes(vm, &chars)?) };
    let strip = |c: u8| match &set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let (mut a, mut b) = (0, h.len());
    if left {
        while a < b && strip(h[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(h[b - 1]) {
            b -= 1;
        }
    }
    let this = args.at(0);
    // CPython hands back an exact bytes object itself when nothing was stripped.
    if a == 0 && b == h.len() && vm.interp.type_of(&this).ptr_eq(&vm.interp.types.bytes) {
        return Ok(this);
    }
    Ok(ret(vm, &this, h[a..b].to_vec()))
}
fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "join", 1, 1)?;
    let sep = this(vm, &args, "join")?;
    let items = vm.collect_iterable(&args.at(1))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(ret(vm, &args.at(0), out))
}

fn pad(vm: &mut Vm, args: Args, name: &str, align: u8) -> PyResult<Value> {
    args.check_method(vm, name, 1, 2)?;
    let h = this(vm, &args, name)?;
    let wv = args.at(1);
    let Some(width) = super::subscript::to_index(vm, &wv)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&wv))));
    };
    let fill = match args.get(2) {
        None => b' ',
        Some(f) => match as_bytes(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    vm.type_name(f)
                )))
            }
        },
    };
    let n = h.len() as i64;
    if width <= n {
        return Ok(ret(vm, &args.at(0), h));
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        b'<' => (0, total),
        b'>' => (total, 0),
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&h);
    out.extend(std::iter::repeat(fill).take(r));
    Ok(ret(vm, &args.at(0), out))
}
fn b_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust", b'<')
}
fn b_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust", b'>')
}
fn b_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center", b'^')
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "zfill", 1, 1)?;
    let h = this(vm, &args, "zfill")?;
    let wv = args.at(1);
    let Some(width) = super::subscript::to_index(vm, &wv)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&wv))));
    };
    if width <= h.len() as i64 {
        return Ok(ret(vm, &args.at(0), h));
    }
    let zeros = width as usize - h.len();
    let mut out = Vec::with_capacity(width as usize);
    let mut rest = &h[..];
    if let Some(&c @ (b'+' | b'-')) = h.first() {
        out.push(c);
        rest = &h[1..];
    }
    out.extend(std::iter::repeat(b'0').take(zeros));
    out.extend_from_slice(rest);
    Ok(ret(vm, &args.at(0), out))
}

fn partition_impl(vm: &mut Vm, args: Args, rev: bool) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    args.check_method(vm, name, 1, 1)?;
    let h = this(vm, &args, name)?;
    let sep = arg_bytes(vm, &args.at(1))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let t = args.at(0);
    let parts = match find_in(&h, &sep, 0, h.len(), rev) {
        Some(i) => [h[..i].to_vec(), sep.clone(), h[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), h],
        None => [h, Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| ret(vm, &t, p)).collect();
    Ok(vm.new_tuple(items))
}
fn b_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "removeprefix", 1, 1)?;
    let h = this(vm, &args, "removeprefix")?;
    let p = arg_bytes(vm, &args.at(1))?;
    let out = h.strip_prefix(&p[..]).map_or(h.clone(), |r| r.to_vec());
    Ok(ret(vm, &args.at(0), out))
}
fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "removesuffix", 1, 1)?;
    let h = this(vm, &args, "removesuffix")?;
    let p = arg_bytes(vm, &args.at(1))?;
    let out = h.strip_suffix(&p[..]).map_or(h.clone(), |r| r.to_vec());
    Ok(ret(vm, &args.at(0), out))
}

fn b_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ts = args.take_kw("tabsize").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::Int(8));
    let h = this(vm, &args, "expandtabs")?;
    let Some(ts) = super::subscript::to_index(vm, &ts)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&ts))));
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in &h {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat(b' ').take(n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(ret(vm, &args.at(0), out))
}

fn b_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep = args.take_kw("keepends").or_else(|| args.args.get(1).cloned()).map(|v| vm.truthy(&v)).transpose()?.unwrap_or(false);
    let h = this(vm, &args, "splitlines")?;
    let t = args.at(0);
    let mut out = Vec::new();
    let (mut st, mut i) = (0, 0);
    while i < h.len() {
        if h[i] == b'\n' || h[i] == b'\r' {
            let mut e = i + 1;
            if h[i] == b'\r' && h.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            out.push(ret(vm, &t, h[st..if keep { e } else { i }].to_vec()));
            st = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if st < h.len() {
        out.push(ret(vm, &t, h[st..].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn b_translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let delete = args.take_kw("delete").or_else(|| args.args.get(2).cloned());
    let h = this(vm, &args, "translate")?;
    let table = args.at(1);
    let table = if table.is_none() {
        None
    } else {
        let t = arg_bytes(vm, &table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let del = match delete {
        Some(d) => arg_bytes(vm, &d)?,
        None => Vec::new(),
    };
    let out = h.iter().filter(|c| !del.contains(c)).map(|&c| table.as_ref().map_or(c, |t| t[c as usize])).collect();
    Ok(ret(vm, &args.at(0), out))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Static: no receiver.
    if args.args.len() != 2 {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", args.args.len())));
    }
    let from = arg_bytes(vm, &args.at(0))?;
    let to = arg_bytes(vm, &args.at(1))?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (a, b) in from.iter().zip(to.iter()) {
        t[*a as usize] = *b;
    }
    Ok(vm.new_bytes(t))
}

fn b_decode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let enc = args.take_kw("encoding").or_else(|| args.args.get(1).cloned());
    let errors = args.take_kw("errors").or_else(|| args.args.get(2).cloned());
    let h = this(vm, &args, "decode")?;
    super::codecs::decode_values(vm, &h, enc.as_ref(), errors.as_ref())
}

fn b_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this(vm, &args, "__getnewargs__")?;
    let b = vm.new_bytes(h);
    Ok(vm.new_tuple(vec![b]))
}

pub const SHARED: &[(&str, NativeFn)] = &[
    ("find", b_find),
    ("rfind", b_rfind),
    ("index", b_index),
    ("rindex", b_rindex),
    ("count", b_count),
    ("startswith", b_startswith),
    ("endswith", b_endswith),
    ("replace", b_replace),
    ("split", b_split),
    ("rsplit", b_rsplit),
    ("strip", b_strip),
    ("lstrip", b_lstrip),
    ("rstrip", b_rstrip),
    ("join", b_join),
    ("ljust", b_ljust),
    ("rjust", b_rjust),
    ("center", b_center),
    ("zfill", b_zfill),
    ("upper", super::bytes_case::b_upper),
    ("lower", super::bytes_case::b_lower),
    ("swapcase", super::bytes_case::b_swapcase),
    ("capitalize", super::bytes_case::b_capitalize),
    ("title", super::bytes_case::b_title),
    ("isalnum", super::bytes_case::b_isalnum),
    ("isalpha", super::bytes_case::b_isalpha),
    ("isascii", super::bytes_case::b_isascii),
    ("isdigit", super::bytes_case::b_isdigit),
    ("isspace", super::bytes_case::b_isspace),
    ("islower", super::bytes_case::b_islower),
    ("isupper", super::bytes_case::b_isupper),
    ("istitle", super::bytes_case::b_istitle),
    ("partition", b_partition),
    ("rpartition", b_rpartition),
    ("removeprefix", b_removeprefix),
    ("removesuffix", b_removesuffix),
    ("expandtabs", b_expandtabs),
    ("splitlines", b_splitlines),
    ("hex", super::bytes_hex::b_hex),
    ("translate", b_translate),
    ("decode", b_decode),
];

pub fn register(t: &crate::objects::heap::ObjRef, bytes_type: bool) {
    for (name, f) in SHARED {
        super::types::add_method(t, name, *f);
    }
    super::types::add_classmethod(t, "fromhex", super::bytes_hex::b_fromhex);
    super::types::add_static(t, "maketrans", b_maketrans);
    if bytes_type {
        super::types::add_method(t, "__getnewargs__", b_getnewargs);
    }
}
