//! Memory management beyond plain refcounting: the generational cycle collector
//! (`registry.rs` tracks containers, `traverse.rs` knows each payload's references,
//! `collect.rs` is the algorithm) and weak references (`weak.rs`).

pub mod collect;
pub mod registry;
pub mod traverse;
pub mod weak;

pub use traverse::is_container;

use crate::vm::Vm;

/// Called by the eval loop when the heap asked for service: weakref callbacks queued by
/// deaths, then a collection if allocations passed the threshold.
pub fn service(vm: &mut Vm) {
    collect::run_weak_callbacks(vm);
    let due = registry::with(|r| std::mem::replace(&mut r.due, false));
    if due && registry::with(|r| r.enabled) {
        collect::collect_generations(vm);
    }
}
