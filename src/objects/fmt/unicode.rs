//! Unicode character classes that CPython's str methods and repr depend on.

use super::unicode_tables::{DIGIT_ZEROS, NONPRINTABLE, SPACES};

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
    let i = NONPRINTABLE.partition_point(|&(start, _)| start <= cp);
    !(i > 0 && cp <= NONPRINTABLE[i - 1].1)
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
    }
}
