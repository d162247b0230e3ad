//! bytearray slice assignment and deletion.

use std::cell::RefCell;

use super::payload::Payload;
use super::subscript::{slice_indices, slice_positions};
use super::value::Value;
use crate::vm::{PyResult, Vm};

pub fn assign(vm: &mut Vm, owner: &Value, b: &RefCell<Vec<u8>>, key: &Value, value: &Value) -> PyResult<()> {
    if matches!(value.payload(), Some(Payload::Str(_))) || matches!(value, Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_)) {
        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let items = super::bytes_mut::bytes_of_iterable(vm, value)?;
    let len = b.borrow().len();
    let (start, stop, step) = slice_indices(vm, key, len as i64)?;
    if step == 1 {
        let n = b.borrow().len();
        let a = (start.max(0) as usize).min(n);
        let e = (stop.max(a as i64) as usize).min(n);
        if items.len() != e - a {
            super::buffer::check_resize(vm, owner)?;
        }
        b.borrow_mut().splice(a..e, items);
        return Ok(());
    }
    let pos = slice_positions(start, stop, step);
    let mut v = b.borrow_mut();
    if pos.len() != items.len() {
        drop(v);
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            items.len(),
            pos.len()
        )));
    }
    for (p, x) in pos.into_iter().zip(items) {
        if let Some(slot) = v.get_mut(p) {
            *slot = x;
        }
    }
    Ok(())
}

pub fn delete(vm: &mut Vm, owner: &Value, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
    let len = b.borrow().len();
    let (start, stop, step) = slice_indices(vm, key, len as i64)?;
    let mut pos = slice_positions(start, stop, step);
    if !pos.is_empty() {
        super::buffer::check_resize(vm, owner)?;
    }
    pos.sort_unstable();
    let mut v = b.borrow_mut();
    for p in pos.into_iter().rev() {
        if p < v.len() {
            v.remove(p);
        }
    }
    Ok(())
}
