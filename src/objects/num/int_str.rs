//! int <-> text: int(str, base) and decimal/radix printing, with CPython's digit limit.

use super::{Int, NumError, value_err};
use crate::objects::fmt::{is_py_space, repr_str};
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The value of a Unicode decimal digit (category Nd), as int() and float() accept them.
pub fn unicode_digit(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    crate::objects::fmt::decimal_value(c)
}

/// int(s, base) with the current `int_max_str_digits()` limit.
pub fn parse_int(s: &str, base: u32) -> Result<Int, NumError> {
    parse_int_limited(s, base, int_max_str_digits())
}

/// int(s, base) with an explicit digit limit (0 = unlimited), for sys.set_int_max_str_digits.
pub fn parse_int_limited(s: &str, base: u32, max_digits: usize) -> Result<Int, NumError> {
    if base == 1 || base > 36 {
        return Err(value_err("int() base must be >= 2 and <= 36, or 0"));
    }
    // Fast path: short plain decimal text.
    if base == 10 && s.len() <= 18 {
        let b = s.as_bytes();
        let digits = b.strip_prefix(b"-").or_else(|| b.strip_prefix(b"+")).unwrap_or(b);
        if !digits.is_empty()
            && digits.iter().all(u8::is_ascii_digit)
            && let Ok(v) = s.parse::<i64>()
        {
            return Ok(Int::Small(v));
        }
    }
    let invalid = || {
        let mut r = repr_str(s);
        if r.chars().count() > 200 {
            r = r.chars().take(200).collect();
        }
        NumError::Value(format!("invalid literal for int() with base {base}: {r}"))
    };
    // Unicode digits become ASCII, Unicode spaces are stripped like ASCII ones.
    let t = s.trim_matches(is_py_space);
    let mut chars: Vec<char> = t.chars().collect();
    for c in chars.iter_mut() {
        if !c.is_ascii()
            && let Some(d) = unicode_digit(*c) {
                *c = char::from_digit(d, 10).unwrap_or(*c);
            }
    }
    let mut pos = 0;
    let negative = match chars.first() {
        Some('-') => {
            pos = 1;
            true
        }
        Some('+') => {
            pos = 1;
            false
        }
        _ => false,
    };
    let mut base = base;
    let lower_at = |i: usize| chars.get(i).map(|c| c.to_ascii_lowercase());
    let prefix_base = match (lower_at(pos), lower_at(pos + 1)) {
        (Some('0'), Some('x')) => 16,
        (Some('0'), Some('o')) => 8,
        (Some('0'), Some('b')) => 2,
        _ => 0,
    };
    let mut after_prefix = false;
    if base == 0 {
        if prefix_base != 0 {
            base = prefix_base;
            pos += 2;
            after_prefix = true;
        } else {
            base = 10;
            // Base 0 forbids leading zeros ("010") except in a value that is all zeros.
            if lower_at(pos) == Some('0') && !chars[pos..].iter().all(|&c| c == '0' || c == '_') {
                return Err(invalid_base0(s));
            }
        }
    } else if prefix_base == base {
        pos += 2;
        after_prefix = true;
    }
    // Digits with single underscores between them (one may follow the prefix).
    let mut digits = String::with_capacity(chars.len());
    let mut prev_underscore = !after_prefix;
    let body = &chars[pos..];
    if body.is_empty() {
        return Err(invalid());
    }
    for (i, &c) in body.iter().enumerate() {
        if c == '_' {
            if prev_underscore || i + 1 == body.len() {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        match c.to_digit(base) {
            Some(_) if c.is_ascii() => digits.push(c),
            _ => return Err(invalid()),
        }
        prev_underscore = false;
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    if !base.is_power_of_two() && max_digits > 0 && digits.len() > max_digits {
        return Err(NumError::Value(format!(
            "Exceeds the limit ({max_digits} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if (digits.len() <= 12 || (base == 10 && digits.len() <= 18))
        && let Ok(v) = i64::from_str_radix(&digits, base) {
            return Ok(Int::Small(if negative { -v } else { v }));
        }
    let b = BigInt::parse_bytes(digits.as_bytes(), base).ok_or_else(invalid)?;
    Ok(Int::from_bigint(if negative { -b } else { b }))
}

fn invalid_base0(s: &str) -> NumError {
    let mut r = repr_str(s);
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    NumError::Value(format!("invalid literal for int() with base 0: {r}"))
}

/// Digits of `a` in `radix` (2..=36), lower case, with a leading '-' for negatives and no
/// prefix (bin/oct/hex add "0b"/"0o"/"0x" after the sign).
pub fn to_str_radix(a: &Int, radix: u32) -> String {
    match a {
        Int::Small(x) if radix == 10 => x.to_string(),
        Int::Small(x) => {
            let mag = radix_digits(x.unsigned_abs(), radix);
            if *x < 0 { format!("-{mag}") } else { mag }
        }
        Int::Big(b) => b.to_str_radix(radix),
    }
}

fn radix_digits(mut v: u64, radix: u32) -> String {
    if v == 0 {
        return "0".into();
    }
    let mut buf = Vec::with_capacity(64);
    while v > 0 {
        let d = (v % radix as u64) as u32;
        buf.push(char::from_digit(d, radix).unwrap_or('?') as u8);
        v /= radix as u64;
    }
    buf.reverse();
    String::from_utf8(buf).unwrap_or_default()
}

/// str(int) with CPython's digit limit (0 = unlimited).
pub fn to_decimal(a: &Int, max_digits: usize) -> Result<String, NumError> {
    let limit_err = || {
        NumError::Value(format!(
            "Exceeds the limit ({max_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    match a {
        Int::Small(x) => Ok(x.to_string()),
        Int::Big(b) => {
            // log10(2) < 0.30103: refuse early what is certainly too long to print.
            if max_digits > 0 && (b.bits() as f64 - 1.0) * std::f64::consts::LOG10_2 > max_digits as f64 + 1.0 {
                return Err(limit_err());
            }
            let s = b.to_string();
            let n = s.len() - usize::from(s.starts_with('-'));
            if max_digits > 0 && n > max_digits {
                return Err(limit_err());
            }
            Ok(s)
        }
    }
}

static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// sys.get_int_max_str_digits(): the limit parse_int and format() apply (0 = none).
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// sys.set_int_max_str_digits(n) (the caller validates n: 0 or >= 640).
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, b: u32) -> Result<String, NumError> {
        parse_int(s, b).map(|i| i.to_string())
    }

    #[test]
    fn parse_rules() {
        assert_eq!(p("1_0", 0).unwrap(), "10");
        assert_eq!(p(" 0x_1f ", 16).unwrap(), "31");
        assert_eq!(p("-0b101", 0).unwrap(), "-5");
        assert_eq!(p("00", 0).unwrap(), "0");
        assert_eq!(p("z", 36).unwrap(), "35");
        assert_eq!(p("١٢", 10).unwrap(), "12");
        assert_eq!(
            p("010", 0).unwrap_err(),
            NumError::Value("invalid literal for int() with base 0: '010'".into())
        );
        assert_eq!(
            p("x", 10).unwrap_err(),
            NumError::Value("invalid literal for int() with base 10: 'x'".into())
        );
        assert!(p("1__0", 10).is_err());
        assert!(p("_1", 10).is_err());
        assert!(p("1_", 10).is_err());
        assert!(p("0x", 16).is_err());
        assert!(p("1", 37).is_err());
        assert_eq!(p("99999999999999999999", 10).unwrap(), "99999999999999999999");
        let long = "1".repeat(5000);
        assert_eq!(
            p(&long, 10).unwrap_err().message(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
    }

    #[test]
    fn printing() {
        assert_eq!(to_str_radix(&Int::Small(-255), 16), "-ff");
        assert_eq!(to_str_radix(&Int::Small(0), 2), "0");
        let big = parse_int_limited(&"9".repeat(5000), 10, 0).unwrap();
        assert!(to_decimal(&big, 4300).is_err());
        assert_eq!(to_decimal(&big, 0).unwrap().len(), 5000);
    }
}
