//! Scanning and decoding of string and number literals.

use num_bigint::BigInt;

use super::lexer::{line_of, LexError};
use super::token::{StrKind, StrLit, Tok};
pub use super::str_text::StrText;

/// Scans the string literal (prefix included) starting at `start`; returns it and its end.
pub fn scan_string(full: &str, start: usize, limit: usize) -> Result<(StrLit, usize), LexError> {
    let bytes = &full.as_bytes()[..limit];
    let mut i = start;
    let (mut raw, mut is_bytes, mut is_f) = (false, false, false);
    while i < bytes.len() && bytes[i] != b'\'' && bytes[i] != b'"' {
        match bytes[i].to_ascii_lowercase() {
            b'r' => raw = true,
            b'b' => is_bytes = true,
            b'f' => is_f = true,
            _ => {}
        }
        i += 1;
    }
    let quote = bytes.get(i).copied().unwrap_or(b'"');
    let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    let open_len = if triple { 3 } else { 1 };
    let content_start = i + open_len;
    let mut j = content_start;
    let content_end;
    loop {
        let Some(&b) = bytes.get(j) else {
            let msg = if triple {
                // The last line of the file, not the empty one after its final newline.
                let last = if limit > 0 && matches!(bytes.get(limit - 1), Some(b'\n' | b'\r')) { limit - 1 } else { limit };
                format!("unterminated triple-quoted string literal (detected at line {})", line_of(full, last))
            } else {
                format!("unterminated string literal (detected at line {})", line_of(full, j))
            };
            return Err(LexError::syntax(msg, start, start + 1));
        };
        if b == b'\\' {
            j += if bytes.get(j + 1) == Some(&b'\r') && bytes.get(j + 2) == Some(&b'\n') { 3 } else { 2 };
            continue;
        }
        if !triple && (b == b'\n' || b == b'\r') {
            let msg = format!("unterminated string literal (detected at line {})", line_of(full, j));
            return Err(LexError::syntax(msg, start, start + 1));
        }
        if b == quote && (!triple || (bytes.get(j + 1) == Some(&quote) && bytes.get(j + 2) == Some(&quote))) {
            content_end = j;
            break;
        }
        j += 1;
    }
    let end = (content_end + open_len).min(limit);
    let text = full.get(content_start..content_end.min(limit)).unwrap_or("");
    let mut lit = StrLit {
        kind: if is_bytes { StrKind::Bytes } else if is_f { StrKind::FStr } else { StrKind::Str },
        text: String::new(),
        bytes: Vec::new(),
        wide: None,
        raw,
        content_start,
        triple,
    };
    match lit.kind {
        StrKind::FStr => lit.text = text.to_string(),
        StrKind::Bytes => {
            if !text.is_ascii() {
                return Err(LexError::syntax("bytes can only contain ASCII literal characters", start, end));
            }
            lit.bytes = if raw { text.as_bytes().to_vec() } else { decode_bytes(text).map_err(|m| LexError::syntax(m, end, end))? };
        }
        StrKind::Str => {
            let decoded = if raw { StrText::from(normalize_newlines(text)) } else { decode_str(text).map_err(|m| LexError::syntax(m, end, end))? };
            lit.text = decoded.text;
            lit.wide = decoded.wide;
        }
    }
    Ok((lit, end))
}

fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() }
}

fn unicode_error(msg: &str, from: usize, to: usize) -> String {
    if to > from + 1 {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", from, to - 1, msg)
    } else {
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {}: {}", from, msg)
    }
}

/// Decodes the escapes of a non-raw str literal body. Unknown escapes stay verbatim.
pub fn decode_str(text: &str) -> Result<StrText, String> {
    if !text.contains(['\\', '\r']) {
        return Ok(StrText::from(text.to_string()));
    }
    let mut out = StrText { text: String::with_capacity(text.len()), wide: None };
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push('\\');
            break;
        };
        let mut next = i + 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(next) == Some(&b'\n') {
                    next += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut k = i + 1;
                while k < b.len() && k < i + 4 && (b'0'..=b'7').contains(&b[k]) {
                    v = v * 8 + (b[k] - b'0') as u32;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                next = k;
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = text.get(i + 2..i + 2 + n).filter(|d| d.bytes().all(|c| c.is_ascii_hexdigit()));
                let Some(digits) = digits else {
                    let mut k = i + 2;
                    while k < b.len() && k < i + 2 + n && b[k].is_ascii_hexdigit() {
                        k += 1;
                    }
                    return Err(unicode_error(what, i, k));
                };
                let v = u32::from_str_radix(digits, 16).unwrap_or(0xfffd);
                if v > 0x10ffff {
                    return Err(unicode_error("illegal Unicode character", i, i + 2 + n));
                }
                out.push_code_point(v);
                next = i + 2 + n;
            }
            b'N' => {
                let close = if b.get(i + 2) == Some(&b'{') { text[i + 2..].find('}').map(|k| i + 2 + k) } else { None };
                let Some(close) = close else {
                    return Err(unicode_error("malformed \\N character escape", i, (i + 2).min(b.len())));
                };
                let name = &text[i + 3..close];
                // Full Unicode name table (case-insensitive, with aliases), as CPython's.
                match unicode_names2::character(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error("unknown Unicode character name", i, close + 1)),
                }
                next = close + 1;
            }
            _ => {
                out.push('\\');
                next = i + 1;
            }
        }
        i = next;
    }
    Ok(out)
}

/// Decodes the escapes of a non-raw bytes literal body (ASCII only, checked by the caller).
fn decode_bytes(text: &str) -> Result<Vec<u8>, String> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        let mut next = i + 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(next) == Some(&b'\n') {
                    next += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut k = i + 1;
                while k < b.len() && k < i + 4 && (b'0'..=b'7').contains(&b[k]) {
                    v = v * 8 + (b[k] - b'0') as u32;
                    k += 1;
                }
                out.push(v as u8);
                next = k;
            }
            b'x' => {
                let digits = text.get(i + 2..i + 4).filter(|d| d.bytes().all(|c| c.is_ascii_hexdigit()));
                let Some(digits) = digits else {
                    return Err(format!("(value error) invalid \\x escape at position {}", i));
                };
                out.push(u8::from_str_radix(digits, 16).unwrap_or(0));
                next = i + 4;
            }
            _ => {
                out.push(b'\\');
                next = i + 1;
            }
        }
        i = next;
    }
    Ok(out)
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Scans a number starting at `start` (a digit, or `.` then a digit).
pub fn scan_number(full: &str, start: usize, limit: usize) -> Result<(Tok, usize), LexError> {
    let b = &full.as_bytes()[..limit];
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = start;
    // Digits with single underscores between them; returns the end or an error position.
    let digits = |mut i: usize, ok: &dyn Fn(u8) -> bool| -> Result<usize, usize> {
        loop {
            while ok(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            if !ok(at(i + 1)) {
                return Err(i + 1);
            }
            i += 1;
        }
    };
    let decimal_err = |pos: usize, what: &str| LexError::syntax(format!("invalid {} literal", what), pos, pos + 1);
    if at(i) == b'0' && matches!(at(i + 1) | 0x20, b'x' | b'o' | b'b') {
        let (radix, what): (u32, &str) = match at(i + 1) | 0x20 {
            b'x' => (16, "hexadecimal"),
            b'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        let ok = move |c: u8| (c as char).is_digit(radix);
        let body_start = if at(i + 2) == b'_' { i + 3 } else { i + 2 };
        if !ok(at(body_start)) {
            let p = body_start.min(limit);
            if radix != 16 && at(p).is_ascii_digit() {
                return Err(LexError::syntax(format!("invalid digit '{}' in {} literal", at(p) as char, what), p, p + 1));
            }
            return Err(decimal_err(p.saturating_sub(1), what));
        }
        let end = digits(body_start, &ok).map_err(|p| decimal_err(p.saturating_sub(1), what))?;
        if radix != 16 && at(end).is_ascii_digit() {
            return Err(LexError::syntax(format!("invalid digit '{}' in {} literal", at(end) as char, what), end, end + 1));
        }
        check_end(full, end, limit, what)?;
        let text: String = full[body_start..end].chars().filter(|&c| c != '_').collect();
        let v = BigInt::parse_bytes(text.as_bytes(), radix).unwrap_or_default();
        return Ok((Tok::Int(v), end));
    }
    let is_digit = |c: u8| c.is_ascii_digit();
    let mut is_float = false;
    if at(i) != b'.' {
        i = digits(i, &is_digit).map_err(|p| decimal_err(p.saturating_sub(1), "decimal"))?;
    }
    if at(i) == b'.' {
        is_float = true;
        i += 1;
        if is_digit(at(i)) {
            i = digits(i, &is_digit).map_err(|p| decimal_err(p.saturating_sub(1), "decimal"))?;
        }
    }
    if at(i) | 0x20 == b'e' {
        let mut k = i + 1;
        if at(k) == b'+' || at(k) == b'-' {
            k += 1;
        }
        // Without exponent digits the `e` is not part of the number (`1else`); check_end
        // then reports `1e` itself as an invalid literal.
        if is_digit(at(k)) {
            i = digits(k, &is_digit).map_err(|p| decimal_err(p.saturating_sub(1), "decimal"))?;
            is_float = true;
        } else if k > i + 1 {
            // `1e+` with no digits: CPython stops at the sign.
            return Err(decimal_err(k - 1, "decimal"));
        }
    }
    let text: String = full[start..i].chars().filter(|&c| c != '_').collect();
    if at(i) | 0x20 == b'j' {
        i += 1;
        check_end(full, i, limit, "imaginary")?;
        return Ok((Tok::Imag(text.parse::<f64>().unwrap_or(0.0)), i));
    }
    if !is_float && text.len() > 1 && text.starts_with('0') && text.bytes().any(|c| c != b'0') {
        return Err(LexError::syntax(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            start + 1,
        ));
    }
    check_end(full, i, limit, "decimal")?;
    if is_float {
        return Ok((Tok::Float(text.parse::<f64>().unwrap_or(0.0)), i));
    }
    // CPython 3.11 refuses decimal literals longer than its int/str conversion limit.
    const MAX_STR_DIGITS: usize = 4300;
    if text.len() > MAX_STR_DIGITS {
        let mut e = LexError::syntax(
            format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                MAX_STR_DIGITS,
                text.len()
            ),
            start,
            i,
        );
        e.no_caret = true;
        return Err(e);
    }
    let v = BigInt::parse_bytes(text.as_bytes(), 10).unwrap_or_default();
    Ok((Tok::Int(v), i))
}

/// A number directly followed by a name is an error, except before the keywords CPython
/// lets through (`1if x else y`).
fn check_end(full: &str, end: usize, limit: usize, what: &str) -> Result<(), LexError> {
    let rest = full.get(end..limit).unwrap_or("");
    let Some(c) = rest.chars().next() else { return Ok(()) };
    if !is_ident_char(c) {
        return Ok(());
    }
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if rest.starts_with(kw) {
            return Ok(());
        }
    }
    let pos = end.saturating_sub(1);
    Err(LexError::syntax(format!("invalid {} literal", what), pos, pos + 1))
}
