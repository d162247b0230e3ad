//! repr() and ascii() of str and bytes, with CPython's quote choice and escapes.

use super::unicode::is_printable_cp;
use std::fmt::Write;

/// The quote repr() uses: ' unless the text has ' and no ".
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

fn escape_into(out: &mut String, cp: u32, quote: char, ascii_only: bool) {
    match cp {
        0x5c => out.push_str("\\\\"),
        0x09 => out.push_str("\\t"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        _ if cp == quote as u32 => {
            out.push('\\');
            out.push(quote);
        }
        0x20..=0x7e => out.push(cp as u8 as char),
        _ if !ascii_only && cp >= 0x80 && is_printable_cp(cp) => {
            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        }
        _ if cp < 0x100 => {
            let _ = write!(out, "\\x{cp:02x}");
        }
        _ if cp < 0x10000 => {
            let _ = write!(out, "\\u{cp:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
}

/// repr() of a string given as code points (lone surrogates allowed).
pub fn repr_code_points(cps: &[u32], ascii_only: bool) -> String {
    let has_single = cps.contains(&0x27);
    let has_double = cps.contains(&0x22);
    let quote = pick_quote(has_single, has_double);
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for &cp in cps {
        escape_into(&mut out, cp, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// repr(str).
pub fn repr_str(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        escape_into(&mut out, c as u32, quote, false);
    }
    out.push(quote);
    out
}

/// ascii(str): like repr, with every non-ASCII character escaped.
pub fn ascii_str(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        escape_into(&mut out, c as u32, quote, true);
    }
    out.push(quote);
    out
}

/// repr(bytes) as b'...'; any other class name gives `name(b'...')` (bytearray).
pub fn repr_bytes(b: &[u8], class_name: &str) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    let is_bytes = class_name == "bytes";
    for &c in b {
        // bytearray's repr escapes ' even inside double quotes.
        if c == b'\'' && !is_bytes {
            out.push_str("\\'");
        } else {
            escape_into(&mut out, c as u32, quote, true);
        }
    }
    out.push(quote);
    if is_bytes { out } else { format!("{class_name}({out})") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_escapes() {
        assert_eq!(repr_str("x"), "'x'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("both ' and \""), "'both \\' and \"'");
        assert_eq!(repr_str("a\nb\t\\\x07\u{200b}é\u{7f}"), "'a\\nb\\t\\\\\\x07\\u200bé\\x7f'");
        assert_eq!(ascii_str("é😀"), "'\\xe9\\U0001f600'");
        assert_eq!(repr_bytes(b"a'\x00\xff", "bytes"), "b\"a'\\x00\\xff\"");
        assert_eq!(repr_bytes(b"", "bytearray"), "bytearray(b'')");
        assert_eq!(repr_code_points(&[0xd800], false), "'\\ud800'");
    }
}
