//! The standard library written in Python (`stdlib/**/*.py`), compiled into the binary.
//!
//! `build.rs` generates the table of sources, so adding a module is dropping a `.py`
//! file into `stdlib/`. During development `MINIPY_STDLIB=<dir>` makes the finder read
//! that directory instead (files on disk, pyc cache beside them); an installed binary
//! needs nothing beside it.

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// The pseudo-directory embedded modules live in: `__file__` and `__path__` entries of
/// embedded modules start with it, and the finder maps it back to the table.
pub const ROOT: &str = "<minipy-stdlib>";

/// The source of `rel` (a path such as `collections/__init__.py`) in the embedded table.
pub fn source(rel: &str) -> Option<&'static str> {
    STDLIB.binary_search_by(|(path, _)| (*path).cmp(rel)).ok().map(|i| STDLIB[i].1)
}

/// True when `rel` names a directory of the embedded table (a package or namespace).
pub fn has_dir(rel: &str) -> bool {
    let prefix = format!("{rel}/");
    STDLIB.iter().any(|(path, _)| path.starts_with(&prefix))
}

/// The directory to search for the standard library when MINIPY_STDLIB overrides the table.
pub fn disk_root() -> Option<String> {
    std::env::var("MINIPY_STDLIB").ok().filter(|d| !d.is_empty())
}

/// Every embedded module path (for `minipy compile` and tests).
pub fn paths() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|(p, _)| *p)
}
