//! Runtime objects: values, heap objects and the built-in types.

// Pure kernels (no dependency on Value): numeric semantics, formatting, hash tables.
pub mod fmt;
pub mod num;
pub mod table;

pub mod alloc;
pub mod arith;
pub mod bytes;
pub mod compare;
pub mod complex;
pub mod dict;
pub mod dunders;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod function;
pub mod generator;
pub mod heap;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod payload;
pub mod percent;
pub mod range;
pub mod repr;
pub mod set;
pub mod special_attrs;
pub mod str;
pub mod strdata;
pub mod subscript;
pub mod tuple;
pub mod types;
pub mod value;

/// Fill the namespaces of the built-in types (one registration table per type).
pub fn register_types(vm: &crate::vm::Vm) {
    int::register(vm);
    float::register(vm);
    complex::register(vm);
    str::register(vm);
    bytes::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict::register(vm);
    set::register(vm);
    range::register(vm);
    subscript::register_slice(vm);
    iter::register(vm);
    generator::register(vm);
    exceptions::register(vm);
}
