//! Unicode character classes that CPython's str methods and repr depend on.

use super::unicode_tables::{ALPHA, DIGIT, DIGIT_ZEROS, NONPRINTABLE, NUMERIC, SPACES};

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    let i = table.partition_point(|&(start, _)| start <= cp);
    i > 0 && cp <= table[i - 1].1
}

/// str.isalpha() for one character (categories Lu Ll Lt Lm Lo; not Rust's is_alphabetic).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ALPHA, c as u32)
}

/// str.isdecimal() for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// str.isdigit() for one character (decimals plus digits such as '²').
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(DIGIT, c as u32)
}

/// str.isnumeric() for one character (digits plus numerals such as '½', '三').
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(NUMERIC, c as u32)
}

/// str.isalnum() for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// str.isprintable() for one character (what repr() leaves unescaped).
pub fn is_printable(c: char) -> bool {
    is_printable_cp(c as u32)
}

/// `is_printable` for any code point, including lone surrogates (never printable).
pub fn is_printable_cp(cp: u32) -> bool {
    if (0x20..0x7f).contains(&cp) {
        return true;
    }
    if cp < 0xa0 {
        return false;
    }
    // Ranges are sorted and disjoint: find the last one starting at or before cp.
    !in_ranges(NONPRINTABLE, cp)
}

/// str.isspace() for one character (also what int()/float()/str.split() strip).
pub fn is_py_space(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return matches!(cp, 0x09..=0x0d | 0x1c..=0x20);
    }
    SPACES.binary_search(&cp).is_ok()
}

/// The value of a Unicode decimal digit (category Nd), e.g. '٣' -> 3.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    let i = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let d = cp - DIGIT_ZEROS[i - 1];
    if d < 10 { Some(d) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_printable('a') && is_printable('é') && is_printable(' '));
        assert!(!is_printable('\n') && !is_printable('\u{200b}') && !is_printable('\u{a0}'));
        assert!(!is_printable('\u{e000}') && is_printable('😀'));
        assert!(is_py_space('\u{1c}') && is_py_space('\u{3000}') && !is_py_space('x'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(decimal_value('x'), None);
        assert_eq!(decimal_value('²'), None);
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && !is_digit('½'));
        assert!(is_alpha('é') && is_alpha('日') && !is_alpha('\u{345}') && !is_alpha('1'));
        assert!(is_alnum('三') && !is_alnum('-'));
    }
}
