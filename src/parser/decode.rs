//! Bytes to text as CPython reads a source file: UTF-8 by default, a UTF-8 BOM skipped, a
//! PEP 263 declaration on line 1 or 2 may choose latin-1.

use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

pub fn decode_source(src: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let src = src.strip_prefix(b"\xef\xbb\xbf").unwrap_or(src);
    let error = |msg: String, lineno: u32, text: Option<String>| SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno,
        offset: if text.is_some() { 1 } else { 0 },
        end_lineno: lineno,
        end_offset: if text.is_some() { 1 } else { 0 },
        text,
    };
    if let Some(pos) = src.iter().position(|&b| b == 0) {
        let lineno = src[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let line_start = src[..pos].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let text = String::from_utf8_lossy(&src[line_start..pos]).into_owned();
        let mut e = error("source code cannot contain null bytes".into(), lineno, Some(text));
        e.offset = 0;
        e.end_offset = 0;
        return Err(e);
    }
    match declared_encoding(src) {
        Some(enc) => {
            let norm = enc.to_ascii_lowercase().replace('_', "-");
            if matches!(norm.as_str(), "latin-1" | "iso-8859-1" | "iso8859-1" | "latin1" | "iso-latin-1" | "l1") {
                return Ok(src.iter().map(|&b| b as char).collect());
            }
            if !(norm == "utf-8" || norm == "utf8" || norm.starts_with("utf-8-")) {
                return Err(error(format!("encoding problem: {}", enc), 0, None));
            }
        }
        None => {}
    }
    match std::str::from_utf8(src) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = src.get(at).copied().unwrap_or(0);
            let line_start = src[..at].iter().rposition(|&b| b == b'\n').map(|i| i + 1).unwrap_or(0);
            let lineno = src[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let msg = format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                byte,
                at - line_start,
                reason
            );
            let line_end = src[at..].iter().position(|&b| b == b'\n').map(|i| at + i + 1).unwrap_or(src.len());
            let text = String::from_utf8_lossy(&src[line_start..line_end]).into_owned();
            Err(error(msg, lineno, Some(text)))
        }
    }
}

/// The encoding named by a `coding[:=]` comment on line 1 or 2 (line 2 only if line 1 is a
/// comment or blank, as PEP 263 says).
fn declared_encoding(src: &[u8]) -> Option<String> {
    let mut lines = src.split(|&b| b == b'\n');
    for (n, line) in lines.by_ref().take(2).enumerate() {
        let text = String::from_utf8_lossy(line);
        let t = text.trim_start_matches([' ', '\t', '\x0c']);
        if !t.starts_with('#') {
            if n == 0 && t.trim().is_empty() {
                continue;
            }
            return None;
        }
        if let Some(k) = t.find("coding") {
            let rest = &t[k + 6..];
            if let Some(rest) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('=')) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}
