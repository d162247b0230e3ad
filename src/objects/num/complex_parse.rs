//! complex(str): "1+2j", "-j", "(3e5-infJ)", with float syntax for each part.

use super::{NumError, parse_float};
use crate::objects::fmt::is_py_space;

fn malformed() -> NumError {
    NumError::Value("complex() arg is a malformed string".into())
}

/// One part: a float literal (no inner whitespace) or, for the imaginary part, a bare sign.
fn part(s: &str, imaginary: bool) -> Result<f64, NumError> {
    if imaginary {
        match s {
            "" | "+" => return Ok(1.0),
            "-" => return Ok(-1.0),
            _ => {}
        }
    }
    if s.is_empty() || s.chars().any(is_py_space) {
        return Err(malformed());
    }
    parse_float(s).ok_or_else(malformed)
}

/// Parses what complex(str) accepts into (real, imag).
pub fn parse_complex(s: &str) -> Result<(f64, f64), NumError> {
    // Underscores are checked (only between digits) and removed before parsing, with
    // their own error, as CPython's _Py_string_to_number_with_underscores.
    let without_underscores;
    let mut t = s;
    if s.contains('_') {
        let chars: Vec<char> = s.chars().collect();
        let digit = |i: usize| chars.get(i).is_some_and(|c| super::unicode_digit(*c).is_some());
        let ok = chars.iter().enumerate().all(|(i, &c)| c != '_' || (i > 0 && digit(i - 1) && digit(i + 1)));
        if !ok {
            return Err(NumError::Value(format!(
                "could not convert string to complex: {}",
                crate::objects::fmt::repr_str(s)
            )));
        }
        without_underscores = s.replace('_', "");
        t = &without_underscores;
    }
    let mut t = t.trim_matches(is_py_space);
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')').ok_or_else(malformed)?.trim_matches(is_py_space);
    }
    let bytes = t.as_bytes();
    // The imaginary part starts at a sign that is neither leading nor an exponent's.
    let split = (1..bytes.len()).find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match t.strip_suffix(['j', 'J']) {
        Some(body) => match split {
            Some(i) if i < body.len() => Ok((part(&body[..i], false)?, part(&body[i..], true)?)),
            _ => Ok((0.0, part(body, true)?)),
        },
        None if split.is_none() => Ok((part(t, false)?, 0.0)),
        None => Err(malformed()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_cpython_forms() {
        assert_eq!(parse_complex("1+2j").unwrap(), (1.0, 2.0));
        assert_eq!(parse_complex("-j").unwrap(), (0.0, -1.0));
        assert_eq!(parse_complex("1-j").unwrap(), (1.0, -1.0));
        assert_eq!(parse_complex("( 1+2j )").unwrap(), (1.0, 2.0));
        assert_eq!(parse_complex("1e+5+2e-3J").unwrap(), (1e5, 0.002));
        assert_eq!(parse_complex("  3  ").unwrap(), (3.0, 0.0));
        assert_eq!(parse_complex("(j)").unwrap(), (0.0, 1.0));
        assert_eq!(parse_complex("1_0+2_0j").unwrap(), (10.0, 20.0));
        assert_eq!(parse_complex("infj").unwrap(), (0.0, f64::INFINITY));
        for bad in ["(1+2j", "1 + 2j", "", "1+2", "2j+1", "--1", "jj", "1+2jj", "()", "( )", "0x1", "1+ 2j"] {
            assert!(parse_complex(bad).is_err(), "{bad}");
        }
    }
}
