//! float(str): Python's float literal syntax plus inf/nan spellings and whitespace.

/// Parses what float(str) accepts; `None` means ValueError
/// ("could not convert string to float: 'x'", built by the caller from the repr).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(crate::objects::fmt::is_py_space);
    // Without underscores or non-ASCII digits, Rust's grammar is exactly Python's
    // (digits required, optional fraction and exponent, inf/infinity/nan in any case).
    if t.is_ascii() && !t.contains('_') {
        return t.parse::<f64>().ok();
    }
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_decimal(body)?,
    };
    Some(if negative { -v } else { v })
}

/// A decimal literal without sign: digits with single underscores between digits, an
/// optional fraction and exponent. Non-ASCII decimal digits are mapped to ASCII.
fn parse_decimal(body: &str) -> Option<f64> {
    let mut clean = String::with_capacity(body.len());
    let mut prev_digit = false;
    let mut chars = body.chars().peekable();
    let mut seen_digit = false;
    while let Some(c) = chars.next() {
        if c == '_' {
            let next_digit = chars.peek().is_some_and(|n| super::unicode_digit(*n).is_some());
            if !prev_digit || !next_digit {
                return None;
            }
            prev_digit = false;
            continue;
        }
        if let Some(d) = super::unicode_digit(c) {
            clean.push((b'0' + d as u8) as char);
            prev_digit = true;
            seen_digit = true;
            continue;
        }
        match c {
            '.' | 'e' | 'E' | '+' | '-' => clean.push(c),
            _ => return None,
        }
        prev_digit = false;
    }
    if !seen_digit {
        return None;
    }
    // Rust's grammar is a superset in one respect only: it accepts "inf"/"nan", which
    // cannot reach here; it rejects nothing Python accepts.
    let (mant, exp) = match clean.find(['e', 'E']) {
        Some(i) => (&clean[..i], Some(&clean[i + 1..])),
        None => (clean.as_str(), None),
    };
    if mant.contains(['+', '-']) || !mant.bytes().any(|c| c.is_ascii_digit()) || mant.matches('.').count() > 1 {
        return None;
    }
    if let Some(e) = exp {
        let d = e.strip_prefix(['+', '-']).unwrap_or(e);
        if d.is_empty() || !d.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    clean.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_python_syntax() {
        assert_eq!(parse_float(" 1_0.5 "), Some(10.5));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float(".5e-3"), Some(0.0005));
        assert_eq!(parse_float("5."), Some(5.0));
        assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
        for bad in ["", "1__0", "_1", "1_", "1e", ".", "e5", "1.2.3", "inf5", "0x10", "1_.5", "++1"] {
            assert_eq!(parse_float(bad), None, "{bad}");
        }
    }
}
