//! The `gc` module: the collector's controls over `objects/gc/`.

use crate::objects::gc::collect::{self, EXTRA};
use crate::objects::gc::registry::{self, FROZEN, NGEN};
use crate::objects::gc::traverse::{traverse, Ref};
use crate::objects::heap::{ObjRef, FLAG_FINALIZED};
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "gc");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", gc_collect),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_stats", get_stats),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
    ];
    for &(name, func) in fns {
        let f = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, f)?;
    }
    let consts = [
        ("DEBUG_STATS", collect::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", collect::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", collect::DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", collect::DEBUG_SAVEALL),
        ("DEBUG_LEAK", collect::DEBUG_COLLECTABLE | collect::DEBUG_UNCOLLECTABLE | collect::DEBUG_SAVEALL),
    ];
    for (name, v) in consts {
        crate::objects::dict::set_str(vm, &d, name, Value::Int(v as i64))?;
    }
    // The lists live as long as the process (re-importing finds the same ones).
    let (garbage, callbacks) = {
        let mut e = EXTRA.0.borrow_mut();
        let g = e.garbage.get_or_insert_with(|| vm.new_list(vec![]).as_obj().cloned().unwrap_or_else(|| vm.new_dict_obj())).clone();
        let c = e.callbacks.get_or_insert_with(|| vm.new_list(vec![]).as_obj().cloned().unwrap_or_else(|| vm.new_dict_obj())).clone();
        (g, c)
    };
    crate::objects::dict::set_str(vm, &d, "garbage", Value::Obj(garbage))?;
    crate::objects::dict::set_str(vm, &d, "callbacks", Value::Obj(callbacks))?;
    Ok(m)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn gc_collect(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(g) = args.take_kw("generation") {
        args.args.push(g);
    }
    args.check(vm, "collect", 0, 1)?;
    let generation = match args.get(0) {
        None => 2,
        Some(v) => int_arg(vm, v)?,
    };
    if !(0..NGEN as i64).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    // Deaths queued before the call are part of the state the caller sees.
    vm.run_pending_finalizers();
    let n = collect::collect(vm, generation as usize);
    vm.run_pending_finalizers();
    Ok(Value::Int(n as i64))
}

fn get_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_count", 0, 0)?;
    let c = registry::with(|r| r.count);
    Ok(vm.new_tuple(c.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_threshold", 0, 0)?;
    let t = registry::with(|r| r.threshold);
    Ok(vm.new_tuple(t.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "set_threshold")?;
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(format!("set_threshold() takes from 1 to 3 positional arguments but {} were given", args.len())));
    }
    let mut vals = Vec::new();
    for v in &args.args {
        vals.push(int_arg(vm, v)?.max(0) as usize);
    }
    registry::with(|r| {
        for (i, v) in vals.into_iter().enumerate() {
            r.threshold[i] = v;
        }
    });
    Ok(Value::None)
}

fn enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "enable", 0, 0)?;
    registry::with(|r| r.enabled = true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "disable", 0, 0)?;
    registry::with(|r| r.enabled = false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "isenabled", 0, 0)?;
    Ok(Value::Bool(registry::with(|r| r.enabled)))
}

/// Every tracked object of the given generations, as counted references.
fn tracked(gens: std::ops::Range<usize>) -> Vec<ObjRef> {
    registry::with(|r| {
        let mut out = Vec::new();
        for g in gens {
            // SAFETY: registry invariant: listed objects are alive.
            out.extend(r.gens[g].iter().map(|&p| unsafe { ObjRef::from_raw_incref(p) }));
        }
        out
    })
}

fn get_objects(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(g) = args.take_kw("generation") {
        args.args.push(g);
    }
    args.check(vm, "get_objects", 0, 1)?;
    let range = match args.get(0) {
        None | Some(Value::None) => 0..NGEN,
        Some(v) => {
            let g = int_arg(vm, v)?;
            if g >= NGEN as i64 {
                return Err(vm.value_error(format!("generation parameter must be less than the number of available generations ({NGEN})")));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            g as usize..g as usize + 1
        }
    };
    let objs = tracked(range);
    Ok(vm.new_list(objs.into_iter().filter(seen_tracked).map(Value::Obj).collect()))
}

fn referents_of(obj: &ObjRef) -> Vec<Value> {
    let mut out = Vec::new();
    traverse(obj, &mut |r| match r {
        Ref::Obj(o) => out.push(Value::Obj(o.clone())),
        Ref::Val(v) => out.push(v.clone()),
    });
    out
}

fn get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referents")?;
    let mut out = Vec::new();
    for a in &args.args {
        if let Value::Obj(o) = a {
            if registry::is_tracked(o) || o.dict.is_some() {
                out.extend(referents_of(o));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referrers")?;
    let targets: Vec<usize> = args.args.iter().filter_map(|a| a.as_obj().map(|o| o.id())).collect();
    let mut out = Vec::new();
    for o in tracked(0..NGEN) {
        let mut hit = false;
        crate::objects::gc::traverse::for_each_child(&o, |c| hit |= targets.contains(&c.id()));
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "is_tracked", 1, 1)?;
    Ok(Value::Bool(match args.at(0) {
        Value::Obj(o) => seen_tracked(&o),
        _ => false,
    }))
}

/// Tracked as CPython would report it: it tracks a dict only once the dict holds a
/// container (MAINTAIN_TRACKING); we track every dict, which finds the same cycles.
fn seen_tracked(o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Dict(t) if o.dict.is_none() => {
            registry::is_tracked(o)
                && t.try_borrow().is_ok_and(|t| {
                    t.iter().any(|(k, v)| [k, v].iter().any(|x| matches!(x, Value::Obj(c) if registry::is_tracked(c))))
                })
        }
        _ => registry::is_tracked(o),
    }
}

fn is_finalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "is_finalized", 1, 1)?;
    Ok(Value::Bool(matches!(args.at(0), Value::Obj(o) if o.flags.get() & FLAG_FINALIZED != 0)))
}

fn freeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "freeze", 0, 0)?;
    registry::with(|r| {
        for g in 0..NGEN {
            for p in std::mem::take(&mut r.gens[g]) {
                registry::push(r, p, FROZEN);
            }
            r.count[g] = 0;
        }
    });
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "unfreeze", 0, 0)?;
    registry::with(|r| {
        for p in std::mem::take(&mut r.gens[FROZEN]) {
            registry::push(r, p, NGEN - 1);
        }
    });
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_freeze_count", 0, 0)?;
    Ok(Value::Int(registry::with(|r| r.gens[FROZEN].len()) as i64))
}

fn get_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_stats", 0, 0)?;
    let stats = EXTRA.0.borrow().stats;
    let mut out = Vec::new();
    for s in stats {
        let d = vm.new_dict_obj();
        for (k, v) in [("collections", s.collections), ("collected", s.collected), ("uncollectable", s.uncollectable)] {
            crate::objects::dict::set_str(vm, &d, k, Value::Int(v as i64))?;
        }
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

fn get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_debug", 0, 0)?;
    Ok(Value::Int(EXTRA.0.borrow().debug as i64))
}

fn set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "set_debug", 1, 1)?;
    let f = int_arg(vm, &args.at(0))?;
    EXTRA.0.borrow_mut().debug = f as u32;
    Ok(Value::None)
}

/// `-X gcstats`: per-generation collection counts and pause times, printed at exit.
pub fn print_gcstats() {
    let stats = EXTRA.0.borrow().stats;
    let mut text = String::from("gc stats:\n");
    for (g, s) in stats.iter().enumerate() {
        text.push_str(&format!(
            "  generation {g}: {} collections, {} collected, total pause {:.3} ms, max pause {:.3} ms\n",
            s.collections,
            s.collected,
            s.pause.as_secs_f64() * 1e3,
            s.max_pause.as_secs_f64() * 1e3
        ));
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
}
