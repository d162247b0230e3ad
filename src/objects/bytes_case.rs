//! bytes/bytearray case mapping and predicates (ASCII only, as CPython).

use super::bytes_ops::{is_space, ret, this};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

macro_rules! map_bytes {
    ($name:ident, $py:literal, |$h:ident| $body:expr) => {
        pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, $py, 0, 0)?;
            let $h = this(vm, &args, $py)?;
            let out: Vec<u8> = $body;
            Ok(ret(vm, &args.at(0), out))
        }
    };
}

map_bytes!(b_upper, "upper", |h| h.to_ascii_uppercase());
map_bytes!(b_lower, "lower", |h| h.to_ascii_lowercase());
map_bytes!(b_swapcase, "swapcase", |h| h
    .iter()
    .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
    .collect());
map_bytes!(b_capitalize, "capitalize", |h| h
    .iter()
    .enumerate()
    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
    .collect());
map_bytes!(b_title, "title", |h| {
    let mut prev = false;
    h.iter()
        .map(|&c| {
            let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! pred {
    ($name:ident, $py:literal, |$h:ident| $body:expr) => {
        pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            args.check_method(vm, $py, 0, 0)?;
            let $h = this(vm, &args, $py)?;
            Ok(Value::Bool($body))
        }
    };
}

pred!(b_isalnum, "isalnum", |h| !h.is_empty() && h.iter().all(|c| c.is_ascii_alphanumeric()));
pred!(b_isalpha, "isalpha", |h| !h.is_empty() && h.iter().all(|c| c.is_ascii_alphabetic()));
pred!(b_isascii, "isascii", |h| h.is_ascii());
pred!(b_isdigit, "isdigit", |h| !h.is_empty() && h.iter().all(|c| c.is_ascii_digit()));
pred!(b_isspace, "isspace", |h| !h.is_empty() && h.iter().all(|&c| is_space(c)));
pred!(b_islower, "islower", |h| h.iter().any(|c| c.is_ascii_lowercase()) && !h.iter().any(|c| c.is_ascii_uppercase()));
pred!(b_isupper, "isupper", |h| h.iter().any(|c| c.is_ascii_uppercase()) && !h.iter().any(|c| c.is_ascii_lowercase()));
pred!(b_istitle, "istitle", |h| {
    let (mut prev, mut any, mut ok) = (false, false, true);
    for &c in h.iter() {
        if c.is_ascii_uppercase() {
            ok &= !prev;
            prev = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            ok &= prev;
            prev = true;
            any = true;
        } else {
            prev = false;
        }
    }
    ok && any
});

