//! str's case mapping (upper/lower/casefold/swapcase/capitalize/title, with Unicode's
//! special and titlecase mappings) and its case and identifier predicates.

use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

macro_rules! simple_map {
    ($name:ident, $pyname:literal, |$s:ident| $body:expr) => {
        pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, concat!("str.", $pyname), 0, 0)?;
            let $s = super::str::this(vm, &args, $pyname)?;
            let r: String = $body;
            Ok(vm.new_str(&r))
        }
    };
}

simple_map!(upper, "upper", |s| s.to_uppercase());
simple_map!(lower, "lower", |s| s.to_lowercase());
simple_map!(casefold, "casefold", |s| s.chars().flat_map(|c| match c {
    'ß' | 'ẞ' => vec!['s', 's'],
    'ſ' => vec!['s'],
    'ς' => vec!['σ'],
    'µ' => vec!['μ'],
    'ﬁ' => vec!['f', 'i'],
    'ﬂ' => vec!['f', 'l'],
    'ﬀ' => vec!['f', 'f'],
    'ﬆ' | 'ﬅ' => vec!['s', 't'],
    c => c.to_lowercase().collect(),
}).collect());
simple_map!(swapcase, "swapcase", |s| s
    .chars()
    .map(|c| if c.is_uppercase() {
        c.to_lowercase().collect::<String>()
    } else if c.is_lowercase() {
        c.to_uppercase().collect()
    } else {
        c.to_string()
    })
    .collect());
simple_map!(capitalize, "capitalize", |s| {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => to_title(f).chars().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
        None => String::new(),
    }
});
simple_map!(title, "title", |s| {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(&to_title(c));
        }
        prev_cased = c.is_uppercase() || c.is_lowercase() || to_title(c) == c.to_string() && c.to_lowercase().ne(std::iter::once(c));
    }
    out
});

/// Titlecase differs from uppercase for digraphs and ligatures (Unicode's SpecialCasing).
fn to_title(c: char) -> String {
    match c {
        'ß' => "Ss".into(),
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        'ﬀ' => "Ff".into(),
        'ﬁ' => "Fi".into(),
        'ﬂ' => "Fl".into(),
        'ﬃ' => "Ffi".into(),
        'ﬄ' => "Ffl".into(),
        'ﬅ' | 'ﬆ' => "St".into(),
        c => c.to_uppercase().collect(),
    }
}

macro_rules! predicate {
    ($name:ident, $pyname:literal, $empty:expr, |$c:ident| $body:expr) => {
        pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, concat!("str.", $pyname), 0, 0)?;
            let s = super::str::this(vm, &args, $pyname)?;
            if s.is_empty() {
                return Ok(Value::Bool($empty));
            }
            Ok(Value::Bool(s.chars().all(|$c| $body)))
        }
    };
}

predicate!(isascii, "isascii", true, |c| c.is_ascii());

pub(super) fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::str::this(vm, &args, "isupper")?;
    Ok(Value::Bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())))
}
pub(super) fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::str::this(vm, &args, "islower")?;
    Ok(Value::Bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())))
}
pub(super) fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::str::this(vm, &args, "isidentifier")?;
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => (super::fmt::is_alpha(c) || c == '_') && cs.all(|c| super::fmt::is_alpha(c) || super::fmt::is_decimal(c) || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)),
        None => false,
    };
    Ok(Value::Bool(ok))
}

