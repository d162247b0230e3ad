//! The buffer protocol inside minipy: which objects export their bytes (bytes, bytearray,
//! array.array), the item format they export, and the count of live exports that forbids
//! resizing an exporter while a memoryview is on it.
//!
//! Exporters hand out borrowed byte slices for the length of a closure, never a pointer
//! that outlives the borrow, so a view re-checks bounds on every access.
//! Export counts live in one interpreter-wide table keyed by the exporter's address rather
//! than in the payloads (bytearray stays a plain `RefCell<Vec<u8>>`); the table is empty,
//! and the resize check a single length test, unless some memoryview is alive. An address
//! cannot be reused while counted: every counted view holds a reference to its exporter.

use super::payload::Payload;
use super::value::Value;
use crate::vm::gil::GilCell;
use crate::vm::{PyResult, Vm};

/// What an exporter offers: its item format (a struct character), item size, whether
/// it can be written through, and its length in bytes.
pub struct Export {
    pub format: u8,
    pub itemsize: usize,
    pub readonly: bool,
    pub nbytes: usize,
}

/// `None` when `v` exports no buffer (memoryviews are not exporters here: a view of a
/// view is a view of the same exporter).
pub fn describe(v: &Value) -> Option<Export> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Export { format: b'B', itemsize: 1, readonly: true, nbytes: b.len() }),
        Payload::ByteArray(b) => Some(Export { format: b'B', itemsize: 1, readonly: false, nbytes: b.borrow().len() }),
        Payload::Array(a) => {
            let size = crate::modules::array::typecode::itemsize(a.code).unwrap_or(1);
            let format = crate::modules::array::typecode::buffer_format(a.code);
            Some(Export { format, itemsize: size, readonly: false, nbytes: a.data.borrow().len() })
        }
        _ => None,
    }
}

/// Run `f` over the exporter's bytes.
pub fn read<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        Payload::Array(a) => Some(f(&a.data.borrow())),
        _ => None,
    }
}

/// Run `f` over the writable exporter's bytes (the length cannot change through a slice).
pub fn write<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::ByteArray(b) => Some(f(&mut b.borrow_mut())),
        Payload::Array(a) => Some(f(&mut a.data.borrow_mut())),
        _ => None,
    }
}

/// (exporter address, live exports); a handful of entries at most in practice.
static EXPORTS: GilCell<Vec<(i64, usize)>> = GilCell::new(Vec::new());

/// A view starts using `v`'s buffer.
pub fn acquire(v: &Value) {
    let id = v.id();
    EXPORTS.with(|t| match t.iter_mut().find(|(k, _)| *k == id) {
        Some((_, n)) => *n += 1,
        None => t.push((id, 1)),
    });
}

/// A view stops using `v`'s buffer (released or freed).
pub fn release(v: &Value) {
    let id = v.id();
    EXPORTS.with(|t| {
        if let Some(p) = t.iter().position(|(k, _)| *k == id) {
            t[p].1 -= 1;
            if t[p].1 == 0 {
                t.swap_remove(p);
            }
        }
    });
}

pub fn is_exported(v: &Value) -> bool {
    let id = v.id();
    EXPORTS.with(|t| !t.is_empty() && t.iter().any(|(k, _)| *k == id))
}

/// Before a bytearray changes size: CPython's BufferError while a view is on it.
pub fn check_resize(vm: &Vm, v: &Value) -> PyResult<()> {
    if is_exported(v) {
        return Err(vm.new_error(&vm.interp.exc.buffer_error.clone(), "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

/// Before an array changes size (array has its own message).
pub fn check_array_resize(vm: &Vm, v: &Value) -> PyResult<()> {
    if is_exported(v) {
        return Err(vm.new_error(&vm.interp.exc.buffer_error.clone(), "cannot resize an array that is exporting buffers"));
    }
    Ok(())
}
