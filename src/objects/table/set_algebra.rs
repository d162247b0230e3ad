//! Set algebra with CPython's algorithms (setobject.c), so results iterate in CPython's
//! order: `a | b` copies a then merges b; `a & b` walks the smaller set; `a - b` walks a
//! (or copies a and discards b's keys when a is over 4x larger); `a ^ b` copies b and
//! toggles a's keys; the in-place forms likewise.
//!
//! Operands are `&SetTable` snapshots the caller owns (clone them out of their `RefCell`
//! first), and results are fresh tables, so the `eq` callback may run Python code: nothing
//! it can reach is borrowed here. `eq(stored, probe)` answers key equality (identity
//! included) and may fail with the caller's error.

use super::SetTable;

impl<K: Clone> SetTable<K> {
    /// Slot of a key equal to `key`, comparing with `eq`.
    pub fn find_with<E>(&self, hash: i64, key: &K, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let mut p = self.probe(hash);
        while let Some(i) = self.next_candidate(&mut p) {
            if let Some(k) = self.key(i)
                && eq(k, key)?
            {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// set_add_entry: adds `key` unless an equal key is present; true if added.
    pub fn add_with<E>(&mut self, hash: i64, key: K, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<bool, E> {
        if self.find_with(hash, &key, eq)?.is_some() {
            return Ok(false);
        }
        self.insert_new(hash, key);
        Ok(true)
    }

    /// set_discard_entry: true if a key was removed.
    pub fn discard_with<E>(&mut self, hash: i64, key: &K, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<bool, E> {
        match self.find_with(hash, key, eq)? {
            Some(i) => {
                self.remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// set_merge: `self |= other` for a set (or frozenset) operand.
    pub fn update_from_set<E>(&mut self, other: &SetTable<K>, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        if self.merge_into_empty(other) {
            return Ok(());
        }
        self.presize_for_merge(other.len());
        for (h, k) in other.iter_hashed() {
            self.add_with(h, k.clone(), eq)?;
        }
        Ok(())
    }

    /// set.update(dict) and |= with a dict's keys, given as (hash, key) in dict order.
    pub fn update_from_dict_keys<E>(
        &mut self,
        keys: &[(i64, K)],
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.presize_for_merge(keys.len());
        for (h, k) in keys {
            self.add_with(*h, k.clone(), eq)?;
        }
        Ok(())
    }

    /// `self -= other` (set_difference_update_internal), then CPython's dummy clean-up.
    pub fn difference_update<E>(&mut self, other: &SetTable<K>, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<(), E> {
        // A much larger operand is first cut down to the common keys.
        let cut;
        let mut other = other;
        if other.len() >> 3 > self.len() {
            cut = set_intersection(self, other, eq)?;
            other = &cut;
        }
        for (h, k) in other.iter_hashed() {
            self.discard_with(h, k, eq)?;
        }
        self.shrink_dummies();
        Ok(())
    }

    /// `self ^= other` (set_symmetric_difference_update).
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter_hashed() {
            if !self.discard_with(h, k, eq)? {
                self.insert_new(h, k.clone());
            }
        }
        Ok(())
    }
}

/// `a | b`.
pub fn set_union<K: Clone, E>(a: &SetTable<K>, b: &SetTable<K>, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<SetTable<K>, E> {
    let mut r = a.copy();
    r.update_from_set(b, eq)?;
    Ok(r)
}

/// `a & b` (also the new body of `a &= b`).
pub fn set_intersection<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    // Walk the smaller table, probe the larger.
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut r = SetTable::new();
    for (h, k) in small.iter_hashed() {
        if big.find_with(h, k, eq)?.is_some() {
            r.add_with(h, k.clone(), eq)?;
        }
    }
    Ok(r)
}

/// `a - b`.
pub fn set_difference<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    if a.len() >> 2 > b.len() {
        let mut r = a.copy();
        r.difference_update(b, eq)?;
        return Ok(r);
    }
    let mut r = SetTable::new();
    for (h, k) in a.iter_hashed() {
        if b.find_with(h, k, eq)?.is_none() {
            r.add_with(h, k.clone(), eq)?;
        }
    }
    Ok(r)
}

/// `a ^ b`: a copy of b with a's keys toggled.
pub fn set_symmetric_difference<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut r = b.copy();
    r.symmetric_difference_update(a, eq)?;
    Ok(r)
}
