//! Python str storage: code points with O(1) indexing and room for lone surrogates.
//!
//! Stored as UTF-8 (WTF-8 when surrogates are present: a surrogate is encoded with the
//! generic 3-byte pattern) plus the char count, an ASCII flag and a lazily built char
//! index for non-ASCII text. `as_str()` is the fast path; only surrogate strings miss it.

use std::cell::{Cell, OnceCell};

use super::num::hash_str;

pub struct PyStr {
    bytes: Box<[u8]>,
    char_len: usize,
    ascii: bool,
    surrogates: bool,
    hash: Cell<i64>,
    /// Byte offset of every char; built on first random access to a non-ASCII string.
    index: OnceCell<Box<[u32]>>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        let ascii = s.is_ascii();
        let char_len = if ascii { s.len() } else { s.chars().count() };
        PyStr {
            bytes: s.as_bytes().into(),
            char_len,
            ascii,
            surrogates: false,
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }
    }

    /// From code points, any of which may be a lone surrogate.
    pub fn from_code_points(cps: &[u32]) -> PyStr {
        let mut bytes = Vec::with_capacity(cps.len());
        let mut surrogates = false;
        for &cp in cps {
            match char::from_u32(cp) {
                Some(c) => {
                    let mut buf = [0u8; 4];
                    bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                None => {
                    surrogates = true;
                    let cp = cp & 0xffff;
                    bytes.push(0xe0 | (cp >> 12) as u8);
                    bytes.push(0x80 | ((cp >> 6) & 0x3f) as u8);
                    bytes.push(0x80 | (cp & 0x3f) as u8);
                }
            }
        }
        PyStr {
            ascii: bytes.len() == cps.len(),
            bytes: bytes.into(),
            char_len: cps.len(),
            surrogates,
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        if self.surrogates {
            None
        } else {
            // SAFETY: without surrogates the bytes came from a `&str` or from
            // `char::encode_utf8`, so they are valid UTF-8.
            Some(unsafe { std::str::from_utf8_unchecked(&self.bytes) })
        }
    }

    /// The text with each lone surrogate replaced by U+FFFD (for printing and messages).
    pub fn to_lossy(&self) -> std::borrow::Cow<'_, str> {
        match self.as_str() {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => {
                let s: String = self.code_points().iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
                std::borrow::Cow::Owned(s)
            }
        }
    }

    pub fn len(&self) -> usize {
        self.char_len
    }
    pub fn is_empty(&self) -> bool {
        self.char_len == 0
    }
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
    pub fn has_surrogates(&self) -> bool {
        self.surrogates
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        self.hash_uncached()
    }

    fn hash_uncached(&self) -> i64 {
        let h = match self.as_str() {
            Some(s) => hash_str(s),
            None => hash_str(&String::from_utf8_lossy(&self.bytes)),
        };
        self.hash.set(h);
        h
    }

    fn decode_at(&self, off: usize) -> u32 {
        let b = &self.bytes;
        let b0 = b[off] as u32;
        if b0 < 0x80 {
            b0
        } else if b0 < 0xe0 {
            ((b0 & 0x1f) << 6) | (b[off + 1] as u32 & 0x3f)
        } else if b0 < 0xf0 {
            ((b0 & 0x0f) << 12) | ((b[off + 1] as u32 & 0x3f) << 6) | (b[off + 2] as u32 & 0x3f)
        } else {
            ((b0 & 0x07) << 18) | ((b[off + 1] as u32 & 0x3f) << 12) | ((b[off + 2] as u32 & 0x3f) << 6) | (b[off + 3] as u32 & 0x3f)
        }
    }

    fn offsets(&self) -> &[u32] {
        self.index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.char_len + 1);
            let mut i = 0;
            while i < self.bytes.len() {
                v.push(i as u32);
                let b0 = self.bytes[i];
                i += if b0 < 0x80 { 1 } else if b0 < 0xe0 { 2 } else if b0 < 0xf0 { 3 } else { 4 };
            }
            v.push(self.bytes.len() as u32);
            v.into()
        })
    }

    /// Byte offset of char `char_index` (O(1) after the index is built).
    pub fn byte_offset(&self, char_index: usize) -> usize {
        if self.ascii {
            char_index
        } else {
            self.offsets().get(char_index).map_or(self.bytes.len(), |&o| o as usize)
        }
    }

    /// Char index of the char starting at byte `b` (binary search in the index).
    pub fn char_index_of_byte(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let offs = self.offsets();
        match offs.binary_search(&(b as u32)) {
            Ok(i) | Err(i) => i,
        }
    }

    /// The code point at `i` (caller checks bounds).
    pub fn char_at(&self, i: usize) -> u32 {
        if self.ascii {
            self.bytes[i] as u32
        } else {
            self.decode_at(self.byte_offset(i))
        }
    }

    /// Chars `start..end` (caller clamps).
    pub fn substring(&self, start: usize, end: usize) -> PyStr {
        if start >= end {
            return PyStr::new("");
        }
        let (a, b) = (self.byte_offset(start), self.byte_offset(end));
        match self.as_str() {
            Some(s) => PyStr::new(&s[a..b]),
            None => PyStr::from_code_points(&self.code_points()[start..end]),
        }
    }

    pub fn code_points(&self) -> Vec<u32> {
        let mut v = Vec::with_capacity(self.char_len);
        let mut i = 0;
        while i < self.bytes.len() {
            let b0 = self.bytes[i];
            v.push(self.decode_at(i));
            i += if b0 < 0x80 { 1 } else if b0 < 0xe0 { 2 } else if b0 < 0xf0 { 3 } else { 4 };
        }
        v
    }

    pub fn raw_bytes(&self) -> &[u8] {
        &self.bytes
    }
}
