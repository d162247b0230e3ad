//! Insertion-ordered dict storage: an entries vector plus an open-addressing index.

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// Lookup cursor for `next_candidate`; it follows CPython's probe sequence.
#[derive(Clone, Debug)]
pub struct Probe {
    hash: i64,
    slot: usize,
    perturb: u64,
    started: bool,
}

#[derive(Clone, Debug)]
pub struct DictTable<K: Clone, V: Clone> {
    /// Entries in insertion order; `None` is a deleted entry (a hole, squeezed out on resize).
    entries: Vec<Option<(i64, K, V)>>,
    /// Slot -> entry index, or EMPTY / DUMMY.
    indices: Vec<u32>,
    /// Inserts left before a resize. Not given back by deletions: a deleted entry's slot
    /// stays a dummy, and the index must always keep an empty slot to end probes.
    usable_left: usize,
    used: usize,
    version: u64,
}

impl<K: Clone, V: Clone> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// Entries the index of `size` slots may hold before growing (two thirds, as CPython).
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

impl<K: Clone, V: Clone> DictTable<K, V> {
    pub fn new() -> Self {
        DictTable { entries: Vec::new(), indices: vec![EMPTY; MIN_SIZE], usable_left: usable(MIN_SIZE), used: 0, version: 0 }
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut size = MIN_SIZE;
        while usable(size) < n {
            size <<= 1;
        }
        DictTable { entries: Vec::with_capacity(n), indices: vec![EMPTY; size], usable_left: usable(size), used: 0, version: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes on every insert, removal, resize and clear (not on `set_value`).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    #[inline]
    pub fn probe(&self, hash: i64) -> Probe {
        Probe { hash, slot: hash as u64 as usize & self.mask(), perturb: hash as u64, started: false }
    }

    #[inline]
    fn advance(&self, p: &mut Probe) {
        if p.started {
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p.slot.wrapping_mul(5).wrapping_add(p.perturb as usize).wrapping_add(1)) & self.mask();
        }
        p.started = true;
    }

    /// The next entry index whose stored hash equals the probe's hash; `None` when the
    /// probe reaches an empty slot (the key is absent).
    #[inline]
    pub fn next_candidate(&self, p: &mut Probe) -> Option<usize> {
        loop {
            self.advance(p);
            let ix = *self.indices.get(p.slot)?;
            if ix == EMPTY {
                return None;
            }
            if ix == DUMMY {
                continue;
            }
            if let Some(Some((h, _, _))) = self.entries.get(ix as usize)
                && *h == p.hash {
                    return Some(ix as usize);
                }
        }
    }

    /// A lookup for keys whose equality cannot run Python code.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        // The probe sequence of `next_candidate`, unrolled: this is every attribute read's
        // instance-dict lookup, so no cursor and no second fetch of the entry.
        let mask = self.mask();
        let mut slot = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = *self.indices.get(slot)?;
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY
                && let Some(Some((h, k, _))) = self.entries.get(ix as usize)
                && *h == hash
                && eq(k)
            {
                return Some(ix as usize);
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    #[inline]
    pub fn entry(&self, index: usize) -> Option<(&K, &V)> {
        match self.entries.get(index) {
            Some(Some((_, k, v))) => Some((k, v)),
            _ => None,
        }
    }

    pub fn entry_hash(&self, index: usize) -> Option<i64> {
        match self.entries.get(index) {
            Some(Some((h, _, _))) => Some(*h),
            _ => None,
        }
    }

    pub fn value_mut(&mut self, index: usize) -> Option<&mut V> {
        match self.entries.get_mut(index) {
            Some(Some((_, _, v))) => Some(v),
            _ => None,
        }
    }

    /// Appends a key the caller has established is absent; returns its entry index.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.usable_left == 0 {
            self.resize(self.used * 3);
        }
        self.usable_left -= 1;
        let ix = self.entries.len();
        self.entries.push(Some((hash, key, value)));
        self.place(hash, ix as u32);
        self.used += 1;
        self.version += 1;
        ix
    }

    /// Puts entry `ix` in the first free (empty or dummy) slot of its probe sequence.
    fn place(&mut self, hash: i64, ix: u32) {
        let mask = self.mask();
        let mut slot = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let s = self.indices[slot];
            if s == EMPTY || s == DUMMY {
                self.indices[slot] = ix;
                return;
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Rebuilds the index with room for `min_used` entries, squeezing out holes.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size < min_used {
            size <<= 1;
        }
        self.entries.retain(|e| e.is_some());
        self.indices = vec![EMPTY; size];
        self.usable_left = usable(size) - self.entries.len();
        for ix in 0..self.entries.len() {
            if let Some((h, _, _)) = self.entries[ix] {
                self.place(h, ix as u32);
            }
        }
        self.version += 1;
    }

    /// Replaces the value of entry `index`, returning the old one.
    ///
    /// Panics if `index` is not a live entry: callers only pass indices the table just gave them.
    pub fn set_value(&mut self, index: usize, value: V) -> V {
        match self.entries.get_mut(index) {
            Some(Some((_, _, v))) => std::mem::replace(v, value),
            _ => panic!("DictTable::set_value on a dead entry {index}"),
        }
    }

    /// Slot of the index array that points at entry `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        let mut p = self.probe(hash);
        loop {
            self.advance(&mut p);
            let s = *self.indices.get(p.slot)?;
            if s == EMPTY {
                return None;
            }
            if s as usize == ix {
                return Some(p.slot);
            }
        }
    }

    /// Removes entry `index` (leaving a hole, so later positions do not shift).
    ///
    /// Panics if `index` is not a live entry.
    pub fn remove_at(&mut self, index: usize) -> (K, V) {
        let Some(Some((h, _, _))) = self.entries.get(index) else {
            panic!("DictTable::remove_at on a dead entry {index}");
        };
        let h = *h;
        if let Some(slot) = self.slot_of(h, index) {
            self.indices[slot] = DUMMY;
        }
        let (_, k, v) = self.entries[index].take().unwrap_or_else(|| unreachable!());
        self.used -= 1;
        self.version += 1;
        (k, v)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices = vec![EMPTY; MIN_SIZE];
        self.usable_left = usable(MIN_SIZE);
        self.used = 0;
        self.version += 1;
    }

    /// dict.popitem(): the last inserted entry (None when empty).
    pub fn popitem(&mut self) -> Option<(K, V)> {
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        let ix = self.entries.len().checked_sub(1)?;
        let kv = self.remove_at(ix);
        // The freed tail slot is reused by the next insert, as in CPython.
        self.entries.pop();
        Some(kv)
    }

    /// OrderedDict.move_to_end: moves entry `index` to the end (or the front); returns
    /// its new index. Panics if `index` is not a live entry.
    pub fn move_to_end(&mut self, index: usize, last: bool) -> usize {
        let h = self.entry_hash(index).unwrap_or_else(|| panic!("DictTable::move_to_end on a dead entry {index}"));
        let (k, v) = self.remove_at(index);
        if last {
            return self.insert_new(h, k, v);
        }
        self.entries.insert(0, Some((h, k, v)));
        self.used += 1;
        self.resize(self.used * 3);
        0
    }

    /// Iterates live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> + '_ {
        self.entries.iter().filter_map(|e| e.as_ref().map(|(_, k, v)| (k, v)))
    }

    /// Iterates (hash, key, value) in insertion order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K, &V)> + '_ {
        self.entries.iter().filter_map(|e| e.as_ref().map(|(h, k, v)| (*h, k, v)))
    }

    /// For iterators that survive between borrows: the first live entry at or after `pos`,
    /// as (position to resume from, key, value).
    pub fn entry_at_position(&self, pos: usize) -> Option<(usize, &K, &V)> {
        self.entries
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(off, e)| e.as_ref().map(|(_, k, v)| (pos + off + 1, k, v)))
    }

    /// Like `entry_at_position`, but also gives the entry index (for reversed() and views).
    pub fn index_at_position(&self, pos: usize) -> Option<usize> {
        self.entries.get(pos..)?.iter().position(|e| e.is_some()).map(|off| pos + off)
    }

    /// One past the last position `entry_at_position` can return (for reversed iteration).
    pub fn positions_end(&self) -> usize {
        self.entries.len()
    }

    pub fn keys(&self) -> Vec<K> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    pub fn values(&self) -> Vec<V> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    pub fn items(&self) -> Vec<(K, V)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insert(t: &mut DictTable<i64, i64>, k: i64, v: i64) {
        match t.find(k, |x| *x == k) {
            Some(i) => {
                t.set_value(i, v);
            }
            None => {
                t.insert_new(k, k, v);
            }
        }
    }

    #[test]
    fn insertion_order_survives_growth_and_deletion() {
        let mut t = DictTable::new();
        for k in (0..1000).rev() {
            insert(&mut t, k, k * 2);
        }
        for k in (0..1000).step_by(3) {
            let i = t.find(k, |x| *x == k).unwrap();
            t.remove_at(i);
        }
        insert(&mut t, 5, 0);
        insert(&mut t, 3, 1);
        let keys = t.keys();
        let expect: Vec<i64> = (0..1000).rev().filter(|k| k % 3 != 0).chain([3]).collect();
        assert_eq!(keys, expect);
        assert_eq!(t.entry(t.find(5, |x| *x == 5).unwrap()), Some((&5, &0)));
        assert_eq!(t.len(), expect.len());
        assert_eq!(t.popitem(), Some((3, 1)));
        assert_eq!(t.popitem(), Some((1, 2)));
    }

    #[test]
    fn colliding_hashes_and_move_to_end() {
        let mut t: DictTable<&str, i32> = DictTable::new();
        for (i, k) in ["a", "b", "c", "d"].iter().enumerate() {
            t.insert_new(7, k, i as i32);
        }
        let mut p = t.probe(7);
        let mut seen = vec![];
        while let Some(i) = t.next_candidate(&mut p) {
            seen.push(*t.entry(i).unwrap().0);
        }
        assert_eq!(seen, ["a", "b", "c", "d"]);
        let b = t.find(7, |k| *k == "b").unwrap();
        t.move_to_end(b, true);
        let a = t.find(7, |k| *k == "d").unwrap();
        t.move_to_end(a, false);
        assert_eq!(t.keys(), ["d", "a", "c", "b"]);
        let mut pos = 0;
        let mut walk = vec![];
        while let Some((next, k, _)) = t.entry_at_position(pos) {
            walk.push(*k);
            pos = next;
        }
        assert_eq!(walk, ["d", "a", "c", "b"]);
    }
}
