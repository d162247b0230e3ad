//! Runtime objects: values, heap objects and the built-in types.

// Pure kernels (no dependency on Value): numeric semantics, formatting, hash tables.
pub mod fmt;
pub mod num;
pub mod table;
