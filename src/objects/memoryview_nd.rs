//! Multi-dimensional memoryviews (made by `cast(format, shape)`). A cast view is always
//! C-contiguous, so it stays the flat run of items `MemView` describes and only the shape
//! bookkeeping lives here: shape checks, strides, tuple indexing, nested `tolist`.

use super::memoryview::MemView;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// CPython's limit on dimensions (PyBUF_MAX_NDIM).
const MAX_NDIM: usize = 64;

pub fn not_implemented(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&vm.interp.exc.not_implemented_error.clone(), msg)
}

/// The shape, one entry per dimension.
pub fn dims(m: &MemView) -> Vec<usize> {
    match &m.shape {
        Some(s) => s.to_vec(),
        None => vec![m.len],
    }
}

pub fn ndim(m: &MemView) -> usize {
    m.shape.as_ref().map_or(1, |s| s.len())
}

/// Byte strides: the 1-D view's own stride, else C order.
pub fn strides(m: &MemView) -> Vec<isize> {
    let Some(shape) = &m.shape else { return vec![m.stride] };
    let mut out = vec![0isize; shape.len()];
    let mut step = m.itemsize as isize;
    for (k, d) in shape.iter().enumerate().rev() {
        out[k] = step;
        step *= *d as isize;
    }
    out
}

/// The `shape` argument of `cast`: a list or tuple of positive ints whose product
/// times `size` is `nbytes`. None means one dimension.
pub fn parse_shape(vm: &mut Vm, shape: &Value, size: usize, nbytes: usize) -> PyResult<Option<Box<[usize]>>> {
    let dims = match shape.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    if dims.len() > MAX_NDIM {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let mut out = Vec::with_capacity(dims.len());
    for d in &dims {
        match super::subscript::to_index(vm, d)? {
            Some(n) if n > 0 => out.push(n as usize),
            _ => return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0")),
        }
    }
    let product = out.iter().try_fold(size, |acc, d| acc.checked_mul(*d));
    if out.is_empty() || product != Some(nbytes) {
        return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
    }
    Ok(if out.len() == 1 { None } else { Some(out.into_boxed_slice()) })
}

/// The flat item number of `m[i, j, ...]`, with CPython's errors.
pub fn flat_index(vm: &mut Vm, m: &MemView, key: &[Value]) -> PyResult<usize> {
    if key.iter().any(|k| matches!(k.payload(), Some(Payload::Slice(..)))) {
        return Err(not_implemented(vm, "multi-dimensional slicing is not implemented"));
    }
    let shape = dims(m);
    if key.len() != shape.len() {
        if key.len() < shape.len() {
            return Err(not_implemented(vm, "sub-views are not implemented"));
        }
        return Err(vm.type_error(format!("cannot index {}-dimension view with {}-element tuple", shape.len(), key.len())));
    }
    let mut flat = 0usize;
    for (d, (k, n)) in key.iter().zip(shape.iter()).enumerate() {
        let Some(i) = super::subscript::to_index(vm, k)? else {
            return Err(vm.type_error("memoryview: invalid slice key"));
        };
        let j = if i < 0 { i.saturating_add(*n as i64) } else { i };
        if j < 0 || j >= *n as i64 {
            return Err(vm.index_error(format!("index out of bounds on dimension {}", d + 1)));
        }
        flat = flat * n + j as usize;
    }
    Ok(flat)
}

/// `tolist()` of a multi-dimensional view: the flat items nested by `shape`.
pub fn nest(vm: &Vm, items: &[Value], shape: &[usize]) -> Value {
    match shape {
        [] | [_] => vm.new_list(items.to_vec()),
        [n, rest @ ..] => {
            let row: usize = rest.iter().product();
            let rows = (0..*n).map(|r| nest(vm, items.get(r * row..(r + 1) * row).unwrap_or(&[]), rest)).collect();
            vm.new_list(rows)
        }
    }
}
