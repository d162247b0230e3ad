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
        let hit = e.epoch == epoch && e.ty == tyid && e.name.get(..e.len as usize) == Some(name.as_bytes());
        hit.then(|| e.pos1.checked_sub(1).map(|p| (p, e.ix)))
    })
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
