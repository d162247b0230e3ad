//! Set storage laid out exactly as CPython's setobject.c, so that iteration order and
//! `set.pop()` order match CPython: linear probing in runs of 9 slots, then perturbed
//! jumps; dummies on deletion (reused by later adds); growth when fill*5 >= mask*3 to used*4 (used*2 past 50000).

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// Lookup cursor for `SetTable::next_candidate`.
#[derive(Clone, Debug)]
pub struct SetProbe {
    hash: i64,
    /// Start of the current run of linear probes.
    base: usize,
    /// Offset within the run of the next slot to look at.
    offset: usize,
    perturb: u64,
}

#[derive(Clone, Debug)]
pub struct SetTable<K: Clone> {
    table: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where set.pop() resumes scanning.
    finger: usize,
    version: u64,
}

impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Clone> SetTable<K> {
    pub fn new() -> Self {
        SetTable { table: Self::empty_table(MIN_SIZE), fill: 0, used: 0, finger: 0, version: 0 }
    }

    fn empty_table(n: usize) -> Vec<Slot<K>> {
        (0..n).map(|_| Slot::Empty).collect()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes on every insert, removal, resize and clear.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Run length after `base`: 9 more slots unless the run would wrap past the end.
    #[inline]
    fn run_len(&self, base: usize) -> usize {
        if base + LINEAR_PROBES <= self.mask() { LINEAR_PROBES } else { 0 }
    }

    #[inline]
    pub fn probe(&self, hash: i64) -> SetProbe {
        SetProbe { hash, base: hash as u64 as usize & self.mask(), offset: 0, perturb: hash as u64 }
    }

    /// The next slot index holding a key with the probe's hash; `None` at an empty slot.
    #[inline]
    pub fn next_candidate(&self, p: &mut SetProbe) -> Option<usize> {
        let mask = self.mask();
        loop {
            if p.offset > self.run_len(p.base) {
                p.perturb >>= PERTURB_SHIFT;
                p.base = (p.base.wrapping_mul(5).wrapping_add(1).wrapping_add(p.perturb as usize)) & mask;
                p.offset = 0;
            }
            let i = (p.base + p.offset) & mask;
            p.offset += 1;
            match self.table.get(i)? {
                Slot::Empty => return None,
                Slot::Active(h, _) if *h == p.hash => return Some(i),
                _ => {}
            }
        }
    }

    /// A lookup for keys whose equality cannot run Python code.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        let mut p = self.probe(hash);
        while let Some(i) = self.next_candidate(&mut p) {
            if let Some(k) = self.key(i)
                && eq(k) {
                    return Some(i);
                }
        }
        None
    }

    #[inline]
    pub fn key(&self, index: usize) -> Option<&K> {
        match self.table.get(index) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    pub fn key_hash(&self, index: usize) -> Option<i64> {
        match self.table.get(index) {
            Some(Slot::Active(h, _)) => Some(*h),
            _ => None,
        }
    }

    /// Adds a key the caller has established is absent (set_add_entry): the last dummy on
    /// the probe path is reused; otherwise the empty slot that ends the path is filled.
    pub fn insert_new(&mut self, hash: i64, key: K) {
        let (i, reuses_dummy) = self.add_slot(hash);
        self.table[i] = Slot::Active(hash, key);
        self.used += 1;
        self.version += 1;
        if reuses_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// Where set_add_entry puts a new key: (slot, whether it is a reused dummy).
    fn add_slot(&self, hash: i64) -> (usize, bool) {
        let mask = self.mask();
        let mut base = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        let mut dummy = None;
        loop {
            for off in 0..=self.run_len(base) {
                let i = (base + off) & mask;
                match self.table[i] {
                    Slot::Empty => return dummy.map_or((i, false), |d| (d, true)),
                    // CPython 3.11 keeps the last dummy seen, not the first.
                    Slot::Dummy => dummy = Some(i),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            base = (base.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// The first empty slot on hash's probe sequence, in a table without dummies
    /// (set_insert_clean, used when rebuilding).
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut base = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            for off in 0..=self.run_len(base) {
                let i = (base + off) & mask;
                if let Slot::Empty = self.table[i] {
                    return i;
                }
            }
            perturb >>= PERTURB_SHIFT;
            base = (base.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// set_table_resize: a table of the smallest power of two above `min_used`, keys
    /// re-inserted in slot order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, Self::empty_table(size));
        for slot in old {
            if let Slot::Active(h, k) = slot {
                let i = self.free_slot(h);
                self.table[i] = Slot::Active(h, k);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Removes the key in slot `index`, leaving a dummy. Panics if the slot is not active:
    /// callers only pass indices the table just gave them.
    pub fn remove_at(&mut self, index: usize) -> K {
        match std::mem::replace(&mut self.table[index], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                self.version += 1;
                k
            }
            other => {
                self.table[index] = other;
                panic!("SetTable::remove_at on an inactive slot {index}");
            }
        }
    }

    /// set.pop(): CPython's order (scan from the finger); None when empty.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_at(i))
    }

    /// After mass deletion (difference_update): rebuild when over a quarter are dummies.
    pub(super) fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    pub fn clear(&mut self) {
        self.table = Self::empty_table(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
        self.version += 1;
    }

    /// Before adding `incoming` keys from a set or dict (set.update, set(iterable) of a
    /// set/dict, |=): CPython's one big resize up front, which shapes the final layout.
    pub fn presize_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Adds all of `other`'s keys to this set when this set is empty (set_merge's fast
    /// paths: no comparisons are needed). Returns false, doing nothing, if this set is not
    /// empty; the caller then inserts key by key after `presize_for_merge`.
    pub fn merge_into_empty(&mut self, other: &SetTable<K>) -> bool {
        if self.fill != 0 {
            return false;
        }
        if other.used == 0 {
            return true;
        }
        self.presize_for_merge(other.used);
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
        } else {
            for slot in &other.table {
                if let Slot::Active(h, k) = slot {
                    let i = self.free_slot(*h);
                    self.table[i] = Slot::Active(*h, k.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version += 1;
        true
    }

    /// A copy laid out as CPython's set.copy() / set(s) lays it out.
    pub fn copy(&self) -> SetTable<K> {
        let mut t = SetTable::new();
        t.merge_into_empty(self);
        t
    }

    /// A table built by adding this one's keys in its iteration order. CPython's compiler
    /// does this to a constant frozenset (merge_consts_recursive), so a set display of
    /// three or more constants iterates as `build(items).rebuilt().copy()`, and a
    /// constant frozenset (`for x in {3, 1, 2}`) as `build(items).rebuilt()`.
    pub fn rebuilt(&self) -> SetTable<K> {
        let mut t = SetTable::new();
        for (h, k) in self.iter_hashed() {
            t.insert_new(h, k.clone());
        }
        t
    }

    /// Keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    /// (hash, key) in table order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// For iterators that survive between borrows: the first key at or after slot `pos`,
    /// as (position to resume from, key).
    pub fn entry_at_position(&self, pos: usize) -> Option<(usize, &K)> {
        self.table.get(pos..)?.iter().enumerate().find_map(|(off, s)| match s {
            Slot::Active(_, k) => Some((pos + off + 1, k)),
            _ => None,
        })
    }

    pub fn keys(&self) -> Vec<K> {
        self.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut SetTable<i64>, k: i64) {
        let h = crate::objects::num::hash_int(&crate::objects::num::Int::Small(k));
        if t.find(h, |x| *x == k).is_none() {
            t.insert_new(h, k);
        }
    }

    #[test]
    fn constant_display_order() {
        // {100, 5, 37, 13, 21, 29} prints {29, 100, 5, 37, 21, 13} in CPython 3.11.
        let mut t = SetTable::new();
        for k in [100, 5, 37, 13, 21, 29] {
            add(&mut t, k);
        }
        assert_eq!(t.rebuilt().copy().keys(), [29, 100, 5, 37, 21, 13]);
        let mut t = SetTable::new();
        for k in [100, 5, 37] {
            add(&mut t, k);
        }
        assert_eq!(t.rebuilt().copy().keys(), [5, 100, 37]);
    }

    #[test]
    fn small_int_order() {
        let mut t = SetTable::new();
        for k in [3, 1, 2] {
            add(&mut t, k);
        }
        assert_eq!(t.keys(), [1, 2, 3]);
        let mut t = SetTable::new();
        for k in [100, 5, 37] {
            add(&mut t, k);
        }
        assert_eq!(t.keys(), [37, 100, 5]);
    }
}
