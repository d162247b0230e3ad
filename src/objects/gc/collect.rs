//! The cycle collector proper: CPython's trial deletion over one generation.
//!
//! 1. Merge the younger generations into the one collected; copy each object's refcount.
//! 2. Subtract the references objects of the generation hold to each other: what stays
//!    above zero is referenced from outside (a root).
//! 3. Everything reachable from a root survives (moved one generation up); the rest is
//!    garbage. Held by counted references from here on, so nothing is freed under us.
//! 4. Weak references to garbage are cleared (callbacks run unless the weak reference is
//!    garbage too), then `__del__` finalisers run once (PEP 442).
//! 5. If Python code ran, trial deletion again over the garbage alone: what a finaliser
//!    resurrected survives. The rest is cleared (tp_clear) and falls apart by refcounting.

use std::collections::{HashMap, HashSet};
use std::ptr::NonNull;
use std::time::{Duration, Instant};

use super::registry::{self, gen_of, is_tracked, push, NGEN};
use super::traverse::{clear, for_each_child};
use super::weak;
use crate::objects::heap::{ObjRef, PyObject, FLAG_DICT_EXPOSED, FLAG_FINALIZED, FLAG_HAS_WEAKREFS};
use crate::objects::payload::{tflags, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, Vm};

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;

#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
    pub pause: Duration,
    pub max_pause: Duration,
}

/// Statistics, debug flags and the gc module's `garbage` and `callbacks` lists.
#[derive(Default)]
pub struct Extra {
    pub stats: [GenStats; NGEN],
    pub debug: u32,
    pub garbage: Option<ObjRef>,
    pub callbacks: Option<ObjRef>,
}

pub static EXTRA: registry::GilCell<Extra> = registry::GilCell(std::cell::RefCell::new(Extra {
    stats: [GenStats { collections: 0, collected: 0, uncollectable: 0, pause: Duration::ZERO, max_pause: Duration::ZERO }; NGEN],
    debug: 0,
    garbage: None,
    callbacks: None,
}));

/// The position of `c` in `young` if it is one of the objects being collected.
fn index_in(young: &[NonNull<PyObject>], c: &ObjRef, generation: usize) -> Option<usize> {
    if !is_tracked(c) || gen_of(c) != generation {
        return None;
    }
    let i = c.gc_idx.get() as usize;
    (young.get(i) == Some(&c.as_ptr())).then_some(i)
}

/// Steps 1-3: which objects of `young` are reachable from outside it. `held` counts
/// references the caller itself holds to each object (subtracted like internal ones).
fn reachable_set(young: &[NonNull<PyObject>], generation: usize, held: isize) -> Vec<bool> {
    // SAFETY (all derefs below): `young` lists live objects (registry invariant, or
    // objects the caller holds counted references to).
    let mut refs: Vec<isize> = young.iter().map(|p| unsafe { p.as_ref() }.refcount() as isize - held).collect();
    for p in young {
        for_each_child(unsafe { p.as_ref() }, |c| {
            if let Some(i) = index_in(young, c, generation) {
                refs[i] -= 1;
            }
        });
    }
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..young.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = stack.pop() {
        for_each_child(unsafe { young[i].as_ref() }, |c| {
            if let Some(j) = index_in(young, c, generation) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    reachable
}

/// A tuple of untracked things can never be part of a cycle: stop tracking it.
fn tuple_is_atomic(obj: &PyObject) -> bool {
    match &obj.payload {
        Payload::Tuple(items) if obj.dict.is_none() => {
            items.iter().all(|v| !matches!(v, Value::Obj(o) if is_tracked(o)))
        }
        _ => false,
    }
}

/// CPython 3.11 keeps an instance's attributes inline until `__dict__` is asked for, and a
/// function's dict does not exist until it gets an attribute: such dicts are not counted.
fn hidden_dict(obj: &PyObject) -> Option<&ObjRef> {
    let d = obj.dict.as_ref()?;
    if d.flags.get() & FLAG_DICT_EXPOSED != 0 {
        return None;
    }
    let hidden = match &obj.payload {
        Payload::Instance => obj.class_opt().is_some_and(|c| crate::objects::types::flags(c) & tflags::HEAPTYPE != 0),
        Payload::Function(_) => matches!(&d.payload, Payload::Dict(t) if t.try_borrow().is_ok_and(|t| t.is_empty())),
        _ => false,
    };
    hidden.then_some(d)
}

/// Run a collection of generation `generation` (0..=2); returns the number of unreachable
/// objects found, as `gc.collect()` reports it.
pub fn collect(vm: &mut Vm, generation: usize) -> usize {
    let generation = generation.min(NGEN - 1);
    let busy = registry::with(|r| std::mem::replace(&mut r.collecting, true));
    if busy {
        return 0;
    }
    invoke_callbacks(vm, "start", generation, 0);
    let start = Instant::now();
    let debug = EXTRA.0.borrow().debug;
    if debug & DEBUG_STATS != 0 {
        let sizes = registry::with(|r| r.gens.iter().map(|g| g.len()).collect::<Vec<_>>());
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!(
                "gc: collecting generation {generation}...\ngc: objects in each generation: {} {} {}\ngc: objects in permanent generation: {}\n",
                sizes[0], sizes[1], sizes[2], sizes[3]
            )
            .as_bytes(),
        );
    }

    let young = registry::with(|r| {
        for g in 0..generation {
            for p in std::mem::take(&mut r.gens[g]) {
                push(r, p, generation);
            }
        }
        if generation + 1 < NGEN {
            r.count[generation + 1] += 1;
        }
        for g in 0..=generation {
            r.count[g] = 0;
        }
        std::mem::take(&mut r.gens[generation])
    });
    let reachable = reachable_set(&young, generation, 0);
    let next = if generation + 1 < NGEN { generation + 1 } else { generation };
    let mut garbage: Vec<ObjRef> = Vec::new();
    registry::with(|r| {
        let mut survivors = 0;
        for (i, &p) in young.iter().enumerate() {
            // SAFETY: registry invariant.
            let obj = unsafe { p.as_ref() };
            if !reachable[i] {
                push(r, p, generation);
                // SAFETY: listed, hence alive.
                garbage.push(unsafe { ObjRef::from_raw_incref(p) });
            } else if tuple_is_atomic(obj) {
                obj.gc_idx.set(crate::objects::heap::UNTRACKED);
            } else {
                push(r, p, next);
                survivors += 1;
            }
        }
        match generation {
            1 => r.long_lived_pending += survivors,
            2 => {
                r.long_lived_pending = 0;
                r.long_lived_total = survivors;
            }
            _ => {}
        }
    });
    drop(young);

    let found = count_found(&garbage);
    if debug & DEBUG_COLLECTABLE != 0 {
        for g in &garbage {
            let line = format!("gc: collectable <{} {:#x}>\n", crate::objects::types::type_name(g.class()), g.id());
            let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
        }
    }
    let ran_python = finalize(vm, &garbage);
    let to_clear: Vec<ObjRef> = if ran_python { drop_resurrected(garbage) } else { garbage };
    if debug & DEBUG_SAVEALL != 0 {
        let list = EXTRA.0.borrow().garbage.clone();
        if let Some(Payload::List(l)) = list.as_ref().map(|l| &l.payload) {
            if let Ok(mut l) = l.try_borrow_mut() {
                l.extend(to_clear.iter().cloned().map(Value::Obj));
            }
        }
    } else {
        let mut out = Vec::new();
        for g in &to_clear {
            clear(g, &mut out);
        }
        drop(out);
    }
    drop(to_clear);

    let elapsed = start.elapsed();
    {
        let mut e = EXTRA.0.borrow_mut();
        let s = &mut e.stats[generation];
        s.collections += 1;
        s.collected += found;
        s.pause += elapsed;
        s.max_pause = s.max_pause.max(elapsed);
    }
    if debug & DEBUG_STATS != 0 {
        let line = format!("gc: done, {found} unreachable, 0 uncollectable, {:.4}s elapsed\n", elapsed.as_secs_f64());
        let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
    }
    registry::with(|r| r.collecting = false);
    invoke_callbacks(vm, "stop", generation, found);
    found
}

/// How many unreachable objects CPython would have counted (see `hidden_dict`).
fn count_found(garbage: &[ObjRef]) -> usize {
    let set: HashSet<usize> = garbage.iter().map(|g| g.id()).collect();
    let hidden = garbage.iter().filter(|g| hidden_dict(g).is_some_and(|d| set.contains(&d.id()))).count();
    garbage.len() - hidden
}

/// Step 4. Returns whether any Python code ran.
fn finalize(vm: &mut Vm, garbage: &[ObjRef]) -> bool {
    let ids: HashSet<usize> = garbage.iter().map(|g| g.id()).collect();
    for g in garbage {
        if g.flags.get() & FLAG_HAS_WEAKREFS != 0 {
            weak::clear_refs(g.as_ptr(), &|wr| ids.contains(&(wr.as_ptr() as usize)));
        }
    }
    let mut ran = run_weak_callbacks(vm);
    for g in garbage {
        if g.flags.get() & FLAG_FINALIZED == 0 && crate::objects::types::needs_del(g) {
            g.flags.set(g.flags.get() | FLAG_FINALIZED);
            crate::objects::types::call_del(vm, g.clone());
            ran = true;
        }
    }
    ran
}

/// Step 5: keep only the garbage that nothing outside it references any more.
fn drop_resurrected(garbage: Vec<ObjRef>) -> Vec<ObjRef> {
    let ptrs: Vec<NonNull<PyObject>> = garbage.iter().map(|g| g.as_ptr()).collect();
    let pos: HashMap<usize, usize> = ptrs.iter().enumerate().map(|(i, p)| (p.as_ptr() as usize, i)).collect();
    // SAFETY: we hold a counted reference to every object in `ptrs`.
    let mut refs: Vec<isize> = ptrs.iter().map(|p| unsafe { p.as_ref() }.refcount() as isize - 1).collect();
    for p in &ptrs {
        for_each_child(unsafe { p.as_ref() }, |c| {
            if let Some(&i) = pos.get(&c.id()) {
                refs[i] -= 1;
            }
        });
    }
    let mut alive: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..ptrs.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        for_each_child(unsafe { ptrs[i].as_ref() }, |c| {
            if let Some(&j) = pos.get(&c.id()) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    garbage.into_iter().zip(alive).filter_map(|(g, a)| (!a).then_some(g)).collect()
}

/// Run queued weakref callbacks; returns whether any ran.
pub fn run_weak_callbacks(vm: &mut Vm) -> bool {
    let mut ran = false;
    loop {
        let batch = weak::take_callbacks();
        if batch.is_empty() {
            return ran;
        }
        ran = true;
        for (wr, cb) in batch {
            let saved = std::mem::replace(&mut vm.exc_info, Value::None);
            if let Err(e) = vm.call(&cb, Args::new(vec![Value::Obj(wr)])) {
                crate::vm::traceback::print_unraisable(vm, &e, &cb);
            }
            vm.exc_info = saved;
        }
    }
}

/// `gc.callbacks`: each is called with ("start"|"stop", info dict).
fn invoke_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize) {
    let Some(list) = EXTRA.0.borrow().callbacks.clone() else { return };
    let cbs: Vec<Value> = match &list.payload {
        Payload::List(l) => l.try_borrow().map(|l| l.clone()).unwrap_or_default(),
        _ => return,
    };
    if cbs.is_empty() {
        return;
    }
    let info = vm.new_dict_obj();
    for (k, v) in [("generation", generation), ("collected", collected), ("uncollectable", 0)] {
        let _ = crate::objects::dict::set_str(vm, &info, k, Value::Int(v as i64));
    }
    let phase = vm.new_str(phase);
    for cb in cbs {
        let saved = std::mem::replace(&mut vm.exc_info, Value::None);
        if let Err(e) = vm.call(&cb, Args::new(vec![phase.clone(), Value::Obj(info.clone())])) {
            crate::vm::traceback::print_unraisable(vm, &e, &cb);
        }
        vm.exc_info = saved;
    }
}

/// An automatic collection (the threshold was passed): the oldest generation whose count
/// exceeds its threshold, skipping full collections while few long-lived objects are new.
pub fn collect_generations(vm: &mut Vm) {
    let pick = registry::with(|r| {
        (0..NGEN).rev().find(|&g| {
            r.count[g] > r.threshold[g] && !(g == NGEN - 1 && r.long_lived_pending < r.long_lived_total / 4)
        })
    });
    if let Some(g) = pick {
        collect(vm, g);
    }
}
