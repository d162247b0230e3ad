//! Hash-table storage for dict and set whose key comparisons the caller performs.
//!
//! A lookup may call Python's `__eq__`, which can fail, run arbitrary code and even mutate
//! the table being searched. So no method here takes a comparison closure that could run
//! Python: a lookup is a cursor (`Probe`) that the caller drives, comparing each candidate
//! itself with no borrow of the table held across the comparison.
//!
//! The caller's loop (the VM keeps a table in a `RefCell`):
//!
//! ```ignore
//! 'restart: loop {
//!     let t = cell.borrow();
//!     let v0 = t.version();
//!     let mut p = t.probe(hash);
//!     while let Some(i) = t.next_candidate(&mut p) {
//!         let k = t.entry(i).unwrap().0.clone();     // a new reference to the stored key
//!         if k.is(&key) { return Found(i) }          // identity needs no __eq__
//!         drop(t);                                   // release the borrow around Python code
//!         let eq = py_eq(&k, &key)?;                 // may run __eq__, may mutate the dict
//!         t = cell.borrow();
//!         if t.version() != v0 { continue 'restart } // the table changed under us: start over
//!         if eq { return Found(i) }
//!     }
//!     return Missing;                                // then insert_new(hash, key, value)
//! }
//! ```
//!
//! Keys whose equality is pure (ints, exact strs) can use `find(hash, |k| ...)`, which runs
//! the same probe without leaving Rust.
//!
//! `DictTable` keeps insertion order (CPython's compact dict); `SetTable` reproduces
//! CPython's set layout exactly, so iteration order and `pop()` match CPython's — provided
//! sets are built the way CPython builds them: `set_algebra` has its algorithms for
//! `| & - ^` and their in-place forms, `copy()`/`merge_into_empty` for set(s) and
//! frozenset(s), `presize_for_merge` before adding a dict's keys.

mod dict;
mod set;
mod set_algebra;

pub use dict::*;
pub use set::*;
pub use set_algebra::*;

/// What the caller-driven lookup loop needs from a table, so that one loop (the VM's
/// `objects::dict::find_in`) serves dicts and sets alike.
pub trait CandidateTable<K> {
    type Probe;
    fn start_probe(&self, hash: i64) -> Self::Probe;
    fn table_version(&self) -> u64;
    fn next_candidate_index(&self, probe: &mut Self::Probe) -> Option<usize>;
    fn candidate_key(&self, index: usize) -> Option<&K>;
}

impl<K: Clone, V: Clone> CandidateTable<K> for DictTable<K, V> {
    type Probe = Probe;
    fn start_probe(&self, hash: i64) -> Probe {
        self.probe(hash)
    }
    fn table_version(&self) -> u64 {
        self.version()
    }
    fn next_candidate_index(&self, probe: &mut Probe) -> Option<usize> {
        self.next_candidate(probe)
    }
    fn candidate_key(&self, index: usize) -> Option<&K> {
        self.entry(index).map(|(k, _)| k)
    }
}

impl<K: Clone> CandidateTable<K> for SetTable<K> {
    type Probe = SetProbe;
    fn start_probe(&self, hash: i64) -> SetProbe {
        self.probe(hash)
    }
    fn table_version(&self) -> u64 {
        self.version()
    }
    fn next_candidate_index(&self, probe: &mut SetProbe) -> Option<usize> {
        self.next_candidate(probe)
    }
    fn candidate_key(&self, index: usize) -> Option<&K> {
        self.key(index)
    }
}
