//! Character predicates: \d \w \s in their Unicode and ASCII meanings, case folding, and
//! character sets compiled to an ASCII bitmap plus the items for the rest.

use crate::objects::fmt::{is_alnum, is_decimal, is_py_space};

use super::parse::Fold;

#[derive(Clone, Copy, Debug)]
pub enum ClassItem {
    Range(u32, u32),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Debug)]
pub struct ClassSet {
    pub items: Vec<ClassItem>,
    pub negate: bool,
}

pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return (48..58).contains(&c);
    }
    char::from_u32(c).is_some_and(is_decimal)
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return c < 128 && (c as u8 == b'_' || (c as u8).is_ascii_alphanumeric());
    }
    char::from_u32(c).is_some_and(is_alnum)
}

pub fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return matches!(c, 9..=13 | 28..=32) && (!ascii || matches!(c, 9..=13 | 32));
    }
    char::from_u32(c).is_some_and(is_py_space)
}

/// The representative a character compares by under case-insensitive matching.
#[inline]
pub fn fold(c: u32, mode: Fold) -> u32 {
    match mode {
        Fold::None => c,
        Fold::Ascii => {
            if (65..91).contains(&c) {
                c + 32
            } else {
                c
            }
        }
        Fold::Unicode => {
            if c < 128 {
                return fold(c, Fold::Ascii);
            }
            let Some(ch) = char::from_u32(c) else { return c };
            let up = single(ch.to_uppercase()).unwrap_or(ch);
            single(up.to_lowercase()).map(|c| c as u32).unwrap_or(c)
        }
    }
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let a = it.next()?;
    if it.next().is_some() { None } else { Some(a) }
}

/// The case variants of `c` a set must also test (lower, upper, and the folded form).
fn variants(c: u32, mode: Fold) -> [u32; 3] {
    match mode {
        Fold::None => [c, c, c],
        Fold::Ascii => {
            let b = if (65..91).contains(&c) { c + 32 } else if (97..123).contains(&c) { c - 32 } else { c };
            [c, b, b]
        }
        Fold::Unicode => {
            let Some(ch) = char::from_u32(c) else { return [c, c, c] };
            let lo = single(ch.to_lowercase()).unwrap_or(ch) as u32;
            let up = single(ch.to_uppercase()).unwrap_or(ch) as u32;
            [lo, up, fold(c, mode)]
        }
    }
}

/// A compiled set.
#[derive(Clone, Debug)]
pub struct Class {
    ascii_map: [u64; 2],
    items: Vec<ClassItem>,
    negate: bool,
    fold: Fold,
    ascii: bool,
}

impl Class {
    pub fn new(set: &ClassSet, fold: Fold, ascii: bool) -> Class {
        let mut c = Class { ascii_map: [0; 2], items: set.items.clone(), negate: set.negate, fold, ascii };
        for b in 0..128u32 {
            if c.slow(b) {
                c.ascii_map[(b >> 6) as usize] |= 1 << (b & 63);
            }
        }
        c
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Digit(n) => is_digit(c, self.ascii) != n,
            ClassItem::Word(n) => is_word(c, self.ascii) != n,
            ClassItem::Space(n) => is_space(c, self.ascii) != n,
        })
    }

    fn slow(&self, c: u32) -> bool {
        let hit = if self.fold == Fold::None {
            self.raw(c)
        } else {
            self.raw(c) || variants(c, self.fold).iter().any(|&v| v != c && self.raw(v)) || self.folded_range_hit(c)
        };
        hit != self.negate
    }

    /// Whether a range holds a character whose fold equals c's (e.g. 'ſ' for [a-z] and 's').
    fn folded_range_hit(&self, c: u32) -> bool {
        if self.fold != Fold::Unicode {
            return false;
        }
        let f = fold(c, self.fold);
        // Only the few characters whose fold is ASCII while they are not need this.
        const SPECIAL: &[u32] = &[0x17f, 0x212a, 0x131, 0x130, 0x212b, 0x1e9e, 0x3c2, 0x3d0, 0x3d1, 0x3d5, 0x3d6, 0x3f0, 0x3f1, 0x3f5, 0x1fbe];
        SPECIAL.iter().any(|&s| s != c && fold(s, self.fold) == f && self.raw(s))
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii_map[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow(c)
    }
}
