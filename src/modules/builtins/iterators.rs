//! enumerate, zip, map, filter, reversed.

use crate::objects::heap::ObjRef;
use crate::objects::payload::{IterState, Payload};
use crate::objects::types::{add_static, lookup};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn cls_of(args: &Args, default: &ObjRef) -> ObjRef {
    match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => default.clone(),
    }
}

fn enumerate_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &vm.interp.types.enumerate);
    let start = args.take_kw("start").or_else(|| args.args.get(2).cloned()).unwrap_or(Value::Int(0));
    let it = args.take_kw("iterable").or_else(|| args.args.get(1).cloned());
    let Some(it) = it else { return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")) };
    if crate::objects::int::as_int(&start).is_none() {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&start))));
    }
    let it = vm.iter(&it)?;
    Ok(vm.new_iter(&cls, IterState::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &vm.interp.types.zip);
    let strict = match args.take_kw("strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, a) in args.args[1..].iter().enumerate() {
        match vm.iter(a) {
            Ok(it) => its.push(it),
            Err(e) if vm.err_matches(&e, &vm.interp.exc.type_error.clone()) => {
                let _ = i;
                return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(a))));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_iter(&cls, IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &vm.interp.types.map);
    if args.args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.at(1);
    let mut its = Vec::new();
    for a in &args.args[2..] {
        its.push(vm.iter(a)?);
    }
    Ok(vm.new_iter(&cls, IterState::Map { func, its }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(&args, &vm.interp.types.filter);
    if args.args.len() != 3 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", args.args.len().saturating_sub(1))));
    }
    let it = vm.iter(&args.at(2))?;
    Ok(vm.new_iter(&cls, IterState::Filter { func: args.at(1), it }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", args.args.len().saturating_sub(1))));
    }
    let seq = args.at(1);
    if let Some(Payload::Range { start, stop, step }) = seq.payload() {
        let n = crate::objects::range::range_len(&seq) as i64;
        let last = start + (n - 1) * step;
        let st = IterState::Range { next: last, stop: start - step, step: -step };
        let _ = stop;
        if n == 0 {
            return Ok(vm.new_iter(&vm.interp.types.range_iterator.clone(), IterState::Exhausted));
        }
        return Ok(vm.new_iter(&vm.interp.types.range_iterator.clone(), st));
    }
    if crate::vm::protocol::is_heap(vm, &seq) {
        let ty = vm.interp.type_of(&seq).clone();
        if let Some(f) = lookup(&ty, "__reversed__") {
            return vm.call(&f, Args::new(vec![seq]));
        }
    }
    // Dicts and their views are reversible in insertion order (they also have __len__ and
    // __getitem__, so this comes before the sequence test).
    if matches!(seq.payload(), Some(Payload::Dict(_) | Payload::DictView { .. })) {
        let mut items = vm.collect_iterable(&seq)?;
        items.reverse();
        let l = vm.new_list(items);
        return vm.iter(&l);
    }
    let ty = vm.interp.type_of(&seq).clone();
    let seq_like = matches!(seq.payload(), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_)))
        || (lookup(&ty, "__len__").is_some() && lookup(&ty, "__getitem__").is_some());
    if !seq_like {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let n = vm.len(&seq)? as isize;
    Ok(vm.new_iter(&vm.interp.types.reversed.clone(), IterState::Reversed { seq, index: n - 1 }))
}

pub fn register(vm: &mut Vm, _d: &ObjRef) -> PyResult<()> {
    let t = &vm.interp.types;
    add_static(&t.enumerate, "__new__", enumerate_new);
    add_static(&t.zip, "__new__", zip_new);
    add_static(&t.map, "__new__", map_new);
    add_static(&t.filter, "__new__", filter_new);
    add_static(&t.reversed, "__new__", reversed_new);
    Ok(())
}
