//! str's case mapping (upper/lower/casefold/swapcase/capitalize/title) and its case and
//! identifier predicates, with CPython's algorithms over the Unicode 14.0.0 case data of
//! `modules::unicodedata::props` (Rust's char methods follow a newer Unicode version).

use super::payload::Payload;
use super::strdata::PyStr;
use super::value::Value;
use crate::modules::unicodedata::props::{self as p, Case};
use crate::vm::{Args, PyResult, Vm};

/// The receiver's code points (lone surrogates kept: they have no case).
fn code_points(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u32>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => Ok(s.code_points()),
        _ => Err(vm.type_error(format!("descriptor '{}' requires a 'str' object", name))),
    }
}

/// Map each character; surrogates are copied.
fn map_chars(cps: &[u32], mut f: impl FnMut(usize, char, &mut String)) -> Vec<u32> {
    let mut out = Vec::with_capacity(cps.len());
    let mut buf = String::new();
    for (i, &cp) in cps.iter().enumerate() {
        match char::from_u32(cp) {
            Some(c) => {
                buf.clear();
                f(i, c, &mut buf);
                out.extend(buf.chars().map(|c| c as u32));
            }
            None => out.push(cp),
        }
    }
    out
}

fn is_cased(c: char) -> bool {
    p::is_upper(c) || p::is_lower(c) || p::is_title(c)
}

/// Final_Sigma: a cased letter before (skipping case-ignorables) and none after.
fn final_sigma(cps: &[u32], i: usize) -> bool {
    let not_ignorable = |&cp: &u32| char::from_u32(cp).is_none_or(|c| !p::is_case_ignorable(c));
    let cased = |cp: u32| char::from_u32(cp).is_some_and(is_cased);
    let before = cps.get(..i).and_then(|b| b.iter().rev().find(|cp| not_ignorable(cp)).copied());
    if !before.is_some_and(cased) {
        return false;
    }
    let after = cps.get(i + 1..).and_then(|a| a.iter().find(|cp| not_ignorable(cp)).copied());
    !after.is_some_and(cased)
}

/// CPython's lower_ucs4: the full lowercase, with the context-dependent capital sigma.
fn push_lower(cps: &[u32], i: usize, c: char, out: &mut String) {
    if c == '\u{3a3}' {
        out.push(if final_sigma(cps, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        p::push_case(c, Case::Lower, out);
    }
}

fn result(vm: &Vm, cps: Vec<u32>) -> Value {
    vm.new_pystr(PyStr::from_code_points(&cps))
}

macro_rules! case_method {
    ($name:ident, $pyname:literal, |$cps:ident| $body:expr) => {
        pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, concat!("str.", $pyname), 0, 0)?;
            let $cps = code_points(vm, &args, $pyname)?;
            let mapped: Vec<u32> = $body;
            Ok(result(vm, mapped))
        }
    };
}

/// upper/lower/casefold of an ASCII string: no tables needed.
fn ascii_map(vm: &Vm, args: &Args, f: fn(&str) -> String) -> Option<Value> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) if s.is_ascii() => s.as_str().map(|a| vm.new_str(&f(a))),
        _ => None,
    }
}

macro_rules! simple_case {
    ($name:ident, $pyname:literal, $ascii:expr, |$cps:ident, $i:ident, $c:ident, $o:ident| $body:expr) => {
        pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, concat!("str.", $pyname), 0, 0)?;
            if let Some(v) = ascii_map(vm, &args, $ascii) {
                return Ok(v);
            }
            let $cps = code_points(vm, &args, $pyname)?;
            let mapped = map_chars(&$cps, |$i, $c, $o| $body);
            Ok(result(vm, mapped))
        }
    };
}

simple_case!(upper, "upper", str::to_ascii_uppercase, |cps, _i, c, o| p::push_case(c, Case::Upper, o));
simple_case!(lower, "lower", str::to_ascii_lowercase, |cps, i, c, o| push_lower(&cps, i, c, o));
simple_case!(casefold, "casefold", str::to_ascii_lowercase, |cps, _i, c, o| p::push_case(c, Case::Fold, o));
case_method!(swapcase, "swapcase", |cps| map_chars(&cps, |i, c, o| {
    if p::is_upper(c) {
        push_lower(&cps, i, c, o);
    } else if p::is_lower(c) {
        p::push_case(c, Case::Upper, o);
    } else {
        o.push(c);
    }
}));
case_method!(capitalize, "capitalize", |cps| map_chars(&cps, |i, c, o| {
    if i == 0 {
        p::push_case(c, Case::Title, o);
    } else {
        push_lower(&cps, i, c, o);
    }
}));
case_method!(title, "title", |cps| {
    let mut prev_cased = false;
    map_chars(&cps, |i, c, o| {
        if prev_cased {
            push_lower(&cps, i, c, o);
        } else {
            p::push_case(c, Case::Title, o);
        }
        prev_cased = is_cased(c);
    })
});

fn chars(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<char>> {
    // Surrogates have no properties: U+FFFD has none of the ones asked here either.
    Ok(code_points(vm, args, name)?.into_iter().map(|cp| char::from_u32(cp).unwrap_or('\u{fffd}')).collect())
}

pub(super) fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "str.isascii", 0, 0)?;
    Ok(Value::Bool(code_points(vm, &args, "isascii")?.iter().all(|&c| c < 0x80)))
}

/// isupper/islower: some cased character, and none of the other case or titlecase.
fn one_case(vm: &Vm, args: &Args, name: &str, want: fn(char) -> bool, other: fn(char) -> bool) -> PyResult<Value> {
    args.check_method(vm, name, 0, 0)?;
    let cs = chars(vm, args, name)?;
    let mut cased = false;
    for c in cs {
        if other(c) || p::is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= want(c);
    }
    Ok(Value::Bool(cased))
}

pub(super) fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_case(vm, &args, "isupper", p::is_upper, p::is_lower)
}

pub(super) fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_case(vm, &args, "islower", p::is_lower, p::is_upper)
}

/// Uppercase/titlecase only after uncased characters, lowercase only after cased ones.
pub(super) fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "str.istitle", 0, 0)?;
    let (mut prev_cased, mut cased) = (false, false);
    for c in chars(vm, &args, "istitle")? {
        if p::is_upper(c) || p::is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if p::is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

pub(super) fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "str.isidentifier", 0, 0)?;
    let cs = chars(vm, &args, "isidentifier")?;
    let ok = match cs.split_first() {
        Some((&first, rest)) => (first == '_' || p::is_xid_start(first)) && rest.iter().all(|&c| p::is_xid_continue(c)),
        None => false,
    };
    Ok(Value::Bool(ok))
}
