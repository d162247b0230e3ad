//! `__length_hint__` of the built-in iterators: how many items are left, as CPython reports it
//! (0 once exhausted; a changed dict or set reports 0 rather than a stale count).

use super::heap::ObjRef;
use super::payload::{IterState, Payload};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn remaining_range(next: i64, stop: i64, step: i64) -> i64 {
    let (next, stop, step) = (next as i128, stop as i128, step as i128);
    let n = if step > 0 && next < stop {
        (stop - next + step - 1) / step
    } else if step < 0 && next > stop {
        (next - stop - step - 1) / -step
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

fn table_remaining(obj: &ObjRef, pos: usize, len: usize) -> usize {
    let count = |mut pos: usize, step: &dyn Fn(usize) -> Option<usize>| {
        let mut n = 0;
        while let Some(next) = step(pos) {
            n += 1;
            pos = next;
        }
        n
    };
    match &obj.payload {
        Payload::Dict(d) => {
            let d = d.borrow();
            if d.len() != len {
                return 0;
            }
            count(pos, &|p| d.entry_at_position(p).map(|(n, _, _)| n))
        }
        Payload::Set(s) => {
            let s = s.borrow();
            if s.len() != len {
                return 0;
            }
            count(pos, &|p| s.entry_at_position(p).map(|(n, _)| n))
        }
        Payload::FrozenSet(s) => count(pos, &|p| s.entry_at_position(p).map(|(n, _)| n)),
        _ => 0,
    }
}

fn seq_len(seq: &Value) -> Option<usize> {
    match seq.payload() {
        Some(Payload::List(l)) => Some(l.borrow().len()),
        Some(Payload::Tuple(t)) => Some(t.len()),
        Some(Payload::Str(s)) => Some(s.len()),
        Some(Payload::Bytes(b)) => Some(b.len()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().len()),
        _ => None,
    }
}

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.at(0);
    let Some(Payload::Iter(cell)) = it.payload() else {
        return Err(vm.type_error("descriptor '__length_hint__' requires an iterator".to_string()));
    };
    // Copy what is needed first: len() of a user sequence runs Python code.
    let getitem_obj = {
        let st = cell.borrow();
        let n = match &*st {
            IterState::Seq { seq, index } => seq_len(seq).map_or(0, |l| l.saturating_sub(*index)),
            IterState::Range { next, stop, step } => remaining_range(*next, *stop, *step) as usize,
            IterState::Table { obj, pos, len, .. } => table_remaining(obj, *pos, *len),
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    0
                } else {
                    match seq_len(seq) {
                        Some(l) if (*index as usize) >= l => 0,
                        _ => *index as usize + 1,
                    }
                }
            }
            IterState::GetItem { obj, index } => {
                let (obj, index) = (obj.clone(), *index);
                drop(st);
                return seq_iter_hint(vm, obj, index);
            }
            _ => 0,
        };
        n
    };
    Ok(Value::Int(getitem_obj as i64))
}

/// The old-protocol iterator asks its sequence for len(); CPython gives NotImplemented
/// when the sequence has no length.
fn seq_iter_hint(vm: &mut Vm, obj: Value, index: i64) -> PyResult<Value> {
    // Only a sequence without __len__ gives NotImplemented; len()'s own errors propagate.
    if super::types::lookup(vm.interp.type_of(&obj), "__len__").is_none() {
        return Ok(vm.interp.not_implemented.clone());
    }
    let n = vm.len(&obj)?;
    Ok(Value::Int((n as i64 - index).max(0)))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types;
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.reversed,
        &t.seq_iterator,
    ] {
        super::types::add_method(ty, "__length_hint__", length_hint);
    }
}
