//! The type attribute cache (CPython's `_PyType_Lookup` cache, simplified).
//!
//! Looking a name up along an MRO hashes it and probes one dict per class; method calls
//! and attribute reads do that several times each. A hit here replaces the walk with one
//! slot compare. Rather than version tags per type, one global epoch invalidates every
//! entry whenever any class namespace or MRO changes, or a type is created (so a new type
//! at a freed type's address never sees its entries). Entries hold no references: a hit
//! names the MRO position and the dict entry index, both stable until the next epoch.

use std::sync::atomic::{AtomicU64, Ordering};

use super::heap::ObjRef;
use crate::vm::gil::GilCell;

static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Forget every cached lookup (a class namespace or an MRO changed, or a type was made).
pub fn invalidate() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

const SLOTS: usize = 4096;
/// Longer names are not cached (they are rare and would make entries big).
const MAX_NAME: usize = 22;

/// All zeros when empty, so the table lives in .bss.
#[derive(Clone, Copy)]
struct Entry {
    epoch: u64,
    ty: usize,
    /// 1 + position in the MRO of the class holding the name; 0: not found.
    pos1: u32,
    /// The entry index in that class's namespace.
    ix: u32,
    len: u8,
    name: [u8; MAX_NAME],
}

const EMPTY: Entry = Entry { epoch: 0, ty: 0, pos1: 0, ix: 0, len: 0, name: [0; MAX_NAME] };

static CACHE: GilCell<[Entry; SLOTS]> = GilCell::new([EMPTY; SLOTS]);

#[inline]
fn slot(ty: usize, name: &str) -> usize {
    let p = name.as_ptr() as usize;
    (((ty >> 4) ^ (p >> 3) ^ (p >> 13) ^ name.len()).wrapping_mul(0x9e37_79b9) >> 7) & (SLOTS - 1)
}

/// The cached result of looking `name` up along `ty`'s MRO: Some(found) on a hit, where
/// found is (position in the MRO, entry index in that class's namespace).
#[inline]
pub fn get(ty: &ObjRef, name: &str) -> Option<Option<(u32, u32)>> {
    if name.len() > MAX_NAME {
        return None;
    }
    let tyid = ty.id();
    let epoch = EPOCH.load(Ordering::Relaxed);
    CACHE.with(|c| {
        let e = &c[slot(tyid, name)];
        let hit = e.epoch == epoch && e.ty == tyid && e.len as usize == name.len() && same_short(&e.name, name.as_bytes());
        hit.then(|| e.pos1.checked_sub(1).map(|p| (p, e.ix)))
    })
}

/// `stored[..key.len()] == key` for a key of at most MAX_NAME bytes, in a few word compares
/// (overlapping loads cover every byte) rather than a call to memcmp.
#[inline]
fn same_short(stored: &[u8; MAX_NAME], key: &[u8]) -> bool {
    let n = key.len();
    let w8 = |s: &[u8], i: usize| s.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()).map(u64::from_ne_bytes);
    let w4 = |s: &[u8], i: usize| s.get(i..i + 4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map(u32::from_ne_bytes);
    match n {
        // Byte by byte: a slice compare here would be a call to memcmp.
        0..=3 => key.iter().zip(stored.iter()).all(|(a, b)| a == b),
        4..=8 => w4(stored, 0) == w4(key, 0) && w4(stored, n - 4) == w4(key, n - 4),
        9..=16 => w8(stored, 0) == w8(key, 0) && w8(stored, n - 8) == w8(key, n - 8),
        _ => w8(stored, 0) == w8(key, 0) && w8(stored, 8) == w8(key, 8) && w8(stored, n - 8) == w8(key, n - 8),
    }
}

pub fn put(ty: &ObjRef, name: &str, found: Option<(u32, u32)>) {
    if name.len() > MAX_NAME {
        return;
    }
    let tyid = ty.id();
    let (pos1, ix) = found.map_or((0, 0), |(p, i)| (p + 1, i));
    let mut e = Entry { epoch: EPOCH.load(Ordering::Relaxed), ty: tyid, pos1, ix, len: name.len() as u8, name: [0; MAX_NAME] };
    e.name[..name.len()].copy_from_slice(name.as_bytes());
    CACHE.with(|c| c[slot(tyid, name)] = e);
}
