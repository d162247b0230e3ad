//! Runtime objects: values, heap objects and the built-in types.
//!
//! * `value.rs`: `Value` (16 bytes; immediates inline, everything else an `ObjRef`).
//! * `heap.rs`: `ObjRef`/`PyObject` and the refcounting (the only `unsafe` here), the
//!   trashcan for deep structures and the hook that runs `__del__`.
//! * `payload.rs`: every built-in representation (`Payload`), `TypeData`, `Function`...
//! * `types.rs`: type objects (MRO, lookup, instantiation, class creation).
//! * One file per built-in type (`int.rs`, `str.rs`, `list.rs`, `dict.rs`, `set.rs`,
//!   `tuple.rs`, `range.rs`, `bytes.rs`, `float.rs`, `complex.rs`, `generator.rs`...).
//!
//! Adding a method to a built-in type: write
//! `fn name(vm: &mut Vm, args: Args) -> PyResult<Value>` in the type's file (`self` is
//! `args.args[0]`; `args.check_method(vm, "list.pop", min, max)` gives CPython's arity
//! messages), then add one line to that file's `register()` table:
//! `add_method(t, "name", name)` (or `add_classmethod` / `add_static` for `__new__`).
//! The method then works for `getattr`, `dir()`, subclasses and `list.name(obj, ...)`.
//! Operators of built-in types have dunder wrappers in `dunders.rs` over the fast paths
//! in `arith.rs` / `compare.rs`, which the eval loop calls directly for exact types.

// Pure kernels (no dependency on Value): numeric semantics, formatting, hash tables.
pub mod fmt;
pub mod num;
pub mod table;

pub mod alloc;
pub mod arith;
pub mod frame_object;
pub mod buffer;
pub mod bytes;
pub mod bytes_case;
pub mod bytes_dunders;
pub mod bytes_hex;
pub mod bytes_mut;
pub mod bytes_ops;
pub mod bytes_slice;
pub mod code_replace;
pub mod codecs;
pub mod compare;
pub mod code_attrs;
pub mod complex;
pub mod descr_get;
pub mod descr_repr;
pub mod dict;
pub mod dunders;
pub mod exc_oserror;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod function;
pub mod function_new;
pub mod singletons;
pub mod class_dict_attrs;
pub mod subclasses;
pub mod type_getsets;
pub mod union;
pub mod gc;
pub mod generator;
pub mod generic_alias;
pub mod getset;
pub mod heap;
pub mod int;
pub mod iter;
pub mod iter_hint;
pub mod list;
pub mod memoryview;
pub mod memoryview_nd;
pub mod module;
pub mod namespace;
pub mod payload;
pub mod percent;
pub mod range;
pub mod repr;
pub mod set;
pub mod slots;
pub mod special_attrs;
pub mod special_getsets;
pub mod str;
pub mod strdata;
pub mod str_case;
pub mod str_more;
pub mod subscript;
pub mod tuple;
pub mod types;
pub mod type_cache;
pub mod value;

/// Fill the namespaces of the built-in types (one registration table per type).
pub fn register_types(vm: &crate::vm::Vm) {
    int::register(vm);
    float::register(vm);
    complex::register(vm);
    str::register(vm);
    bytes::register(vm);
    bytes_dunders::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict::register(vm);
    set::register(vm);
    range::register(vm);
    subscript::register_slice(vm);
    iter::register(vm);
    iter_hint::register(vm);
    generator::register(vm);
    exceptions::register(vm);
    exc_oserror::register(vm);
    module::register(vm);
    namespace::register(vm);
    special_getsets::register(vm);
    special_getsets::register_exceptions(vm);
    generic_alias::register(vm);
    descr_get::register(vm);
    code_attrs::register(vm);
    function_new::register(vm);
    singletons::register(vm);
    subclasses::register_methods(vm);
    type_getsets::register(vm);
    union::register(vm);
    getset::register(vm);
    memoryview::register(vm);
    // Mutable containers say so the way CPython's do: `__hash__` is None in their own
    // namespace, so `list.__hash__ is None` and subclasses stay unhashable.
    let t = &vm.interp.types;
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray, &t.dict_keys, &t.dict_items] {
        types::set_attr_raw(ty, vm.interp.intern("__hash__"), value::Value::None);
    }
}
