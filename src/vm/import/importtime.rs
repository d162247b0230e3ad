//! `-X importtime`: how long each import took, printed to stderr as CPython prints it
//! (self and cumulative microseconds, nested imports indented two spaces per level).

use std::cell::{Cell, RefCell};
use std::time::Instant;

thread_local! {
    static HEADER_DONE: Cell<bool> = const { Cell::new(false) };
    /// Microseconds spent in nested imports, one accumulator per import in progress.
    static CHILDREN: RefCell<Vec<u128>> = const { RefCell::new(Vec::new()) };
}

/// Run `load` (the import of `name`), reporting its time when `-X importtime` is on.
pub fn timed<T>(name: &str, load: impl FnOnce() -> T) -> T {
    if crate::config::xoption("importtime").is_none() {
        return load();
    }
    if !HEADER_DONE.with(|h| h.replace(true)) {
        crate::modules::sys::write_stderr("import time: self [us] | cumulative | imported package\n");
    }
    let level = CHILDREN.with(|c| {
        let mut c = c.borrow_mut();
        c.push(0);
        c.len() - 1
    });
    let start = Instant::now();
    let result = load();
    let cumulative = start.elapsed().as_micros();
    let children = CHILDREN.with(|c| {
        let mut c = c.borrow_mut();
        let mine = c.pop().unwrap_or(0);
        if let Some(parent) = c.last_mut() {
            *parent += cumulative;
        }
        mine
    });
    let own = cumulative.saturating_sub(children);
    crate::modules::sys::write_stderr(&format!("import time: {own:>9} | {cumulative:>10} | {:indent$}{name}\n", "", indent = level * 2));
    result
}
