//! name() and lookup(). Names come from the `unicode_names2` crate (a newer Unicode
//! version), so both directions are limited to the code points python3.11's name() knows;
//! aliases and named sequences come from our own 14.0.0 tables, and lookup matches names
//! exactly, ignoring only ASCII case (CPython's rule, not the crate's loose matching).

use super::props::{self, Ver};

/// Longest name lookup() accepts (CPython's NAME_MAXLEN).
const NAME_MAXLEN: usize = 256;

pub fn name(ver: Ver, cp: u32) -> Option<String> {
    if !props::has_name(cp) || (ver == Ver::Old && !props::assigned(Ver::Old, cp)) {
        return None;
    }
    unicode_names2::name(char::from_u32(cp)?).map(|n| n.to_string())
}

pub enum Found {
    Char(u32),
    Sequence(&'static [u32]),
}

pub enum LookupError {
    TooLong,
    Undefined,
}

pub fn lookup(ver: Ver, raw: &[u8]) -> Result<Found, LookupError> {
    if raw.len() > NAME_MAXLEN {
        return Err(LookupError::TooLong);
    }
    let upper: Vec<u8> = raw.iter().map(u8::to_ascii_uppercase).collect();
    let Ok(upper) = std::str::from_utf8(&upper) else { return Err(LookupError::Undefined) };
    if ver == Ver::Current {
        let aliases = props::aliases();
        if let Ok(i) = aliases.binary_search_by(|(n, _)| (*n).cmp(upper)) {
            if let Some(&(_, cp)) = aliases.get(i) {
                return Ok(Found::Char(cp));
            }
        }
        let seqs = props::named_sequences();
        if let Ok(i) = seqs.binary_search_by(|(n, _)| (*n).cmp(upper)) {
            if let Some(&(_, s)) = seqs.get(i) {
                return Ok(Found::Sequence(s));
            }
        }
    }
    // The crate indexes bytes[i - 1] for a leading hyphen; no name starts with one anyway.
    if upper.is_empty() || !upper.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-') || upper.starts_with('-') {
        return Err(LookupError::Undefined);
    }
    let c = unicode_names2::character(upper).ok_or(LookupError::Undefined)?;
    match name(ver, c as u32) {
        Some(n) if n == upper => Ok(Found::Char(c as u32)),
        _ => Err(LookupError::Undefined),
    }
}
