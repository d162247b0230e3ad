//! Interpreter-wide state: type objects, builtins, interned strings, sys.modules.

use std::cell::{Cell, RefCell};
use hashbrown::HashMap;

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Layout, Payload, TypeData, tflags};
use crate::objects::strdata::PyStr;
use crate::objects::table::DictTable;
use crate::objects::value::Value;

macro_rules! types {
    ($ty:ident, $obj:ident; $( $field:ident : $name:literal, $base:ident, $layout:ident, $flags:expr; )*) => {
        /// Every built-in type object.
        pub struct Types { pub $ty: ObjRef, pub $obj: ObjRef, $( pub $field: ObjRef, )* }

        impl Types {
            fn create() -> Types {
                let $ty = ObjRef::new_self_typed(type_payload("type", Layout::Type, tflags::BASETYPE), None);
                let $obj = ObjRef::new($ty.clone(), type_payload("object", Layout::Object, tflags::BASETYPE));
                // object's MRO first: type's MRO is built from it.
                set_bases(&$obj, vec![]);
                set_bases(&$ty, vec![$obj.clone()]);
                $( let $field = {
                    let t = ObjRef::new($ty.clone(), type_payload($name, Layout::$layout, $flags));
                    set_bases(&t, vec![$base.clone()]);
                    t
                }; )*
                Types { $ty, $obj, $( $field, )* }
            }

            pub fn all(&self) -> Vec<ObjRef> {
                vec![self.$ty.clone(), self.$obj.clone(), $( self.$field.clone(), )*]
            }
        }
    };
}

const B: u32 = tflags::BASETYPE;
/// Types only the interpreter creates: calling them is CPython's "cannot create" TypeError.
const X: u32 = tflags::NO_NEW;

types! {
    type_, object;
    int: "int", object, Int, B;
    bool_: "bool", int, Int, 0;
    float: "float", object, Float, B;
    complex: "complex", object, Complex, B;
    str: "str", object, Str, B;
    bytes: "bytes", object, Bytes, B;
    bytearray: "bytearray", object, ByteArray, B;
    list: "list", object, List, B;
    tuple: "tuple", object, Tuple, B;
    dict: "dict", object, Dict, B;
    set: "set", object, Set, B;
    frozenset: "frozenset", object, FrozenSet, B;
    range: "range", object, Other, 0;
    slice: "slice", object, Other, tflags::NATIVE_PROTO;
    function: "function", object, Other, 0;
    builtin_function: "builtin_function_or_method", object, Other, X;
    method: "method", object, Other, 0;
    cell: "cell", object, Other, 0;
    code: "code", object, Other, tflags::NATIVE_PROTO;
    module: "module", object, Object, B;
    none_type: "NoneType", object, Other, 0;
    not_implemented_type: "NotImplementedType", object, Other, 0;
    ellipsis_type: "ellipsis", object, Other, 0;
    generator: "generator", object, Other, X;
    coroutine: "coroutine", object, Other, X;
    async_generator: "async_generator", object, Other, X;
    async_generator_asend: "async_generator_asend", object, Other, X;
    async_generator_athrow: "async_generator_athrow", object, Other, X;
    async_generator_wrapped_value: "async_generator_wrapped_value", object, Other, X;
    anext_awaitable: "anext_awaitable", object, Other, X;
    property: "property", object, Other, B;
    classmethod: "classmethod", object, Other, B;
    staticmethod: "staticmethod", object, Other, B;
    super_: "super", object, Other, B;
    traceback: "traceback", object, Other, 0;
    frame: "frame", object, Other, X | tflags::NATIVE_PROTO;
    dict_keys: "dict_keys", object, Other, X;
    dict_values: "dict_values", object, Other, X;
    dict_items: "dict_items", object, Other, X;
    list_iterator: "list_iterator", object, Other, X;
    tuple_iterator: "tuple_iterator", object, Other, X;
    str_iterator: "str_ascii_iterator", object, Other, X;
    bytes_iterator: "bytes_iterator", object, Other, X;
    range_iterator: "range_iterator", object, Other, X;
    dict_keyiterator: "dict_keyiterator", object, Other, X;
    dict_valueiterator: "dict_valueiterator", object, Other, X;
    dict_itemiterator: "dict_itemiterator", object, Other, X;
    set_iterator: "set_iterator", object, Other, X;
    enumerate: "enumerate", object, Other, B;
    zip: "zip", object, Other, B;
    map: "map", object, Other, B;
    filter: "filter", object, Other, B;
    reversed: "reversed", object, Other, B;
    seq_iterator: "iterator", object, Other, X;
    array_iterator: "arrayiterator", object, Other, X;
    callable_iterator: "callable_iterator", object, Other, X;
    text_io: "TextIOWrapper", object, Other, 0;
    simple_namespace: "SimpleNamespace", object, Object, B | tflags::NATIVE_PROTO;
    generic_alias: "GenericAlias", object, Object, B | tflags::NATIVE_PROTO;
    memoryview: "memoryview", object, Other, tflags::NATIVE_PROTO;
    method_descriptor: "method_descriptor", object, Other, X;
    wrapper_descriptor: "wrapper_descriptor", object, Other, X;
    method_wrapper: "method-wrapper", object, Other, X;
    classmethod_descriptor: "classmethod_descriptor", object, Other, X;
    getset_descriptor: "getset_descriptor", object, Other, tflags::NATIVE_PROTO | X;
    member_descriptor: "member_descriptor", object, Other, tflags::NATIVE_PROTO | X;
}

pub fn type_payload(name: &str, layout: Layout, flags: u32) -> Payload {
    Payload::Type(Box::new(TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        flags: Cell::new(flags),
        layout,
        ns: RefCell::new(DictTable::new()),
    }))
}

pub fn set_bases(t: &ObjRef, bases: Vec<ObjRef>) {
    if let Payload::Type(td) = &t.payload {
        let mut mro = vec![t.clone()];
        if let Some(b) = bases.first() {
            if let Payload::Type(bd) = &b.payload {
                mro.extend(bd.mro.borrow().iter().cloned());
            }
        }
        *td.mro.borrow_mut() = mro;
        *td.bases.borrow_mut() = bases;
        crate::objects::type_cache::invalidate();
    }
}

pub struct Interp {
    pub types: Types,
    /// Exception classes by name, and the common ones as fields.
    pub exc: crate::modules::exceptions::ExcTypes,
    pub builtins: ObjRef,
    pub sys: ObjRef,
    pub modules: ObjRef,
    interned: RefCell<HashMap<Box<str>, ObjRef>>,
    pub recursion_limit: Cell<usize>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub stdout: RefCell<crate::modules::sys::OutBuf>,
    /// When set, stderr text is collected here instead of written (tests, embedding).
    pub stderr_capture: RefCell<Option<String>>,
    /// Source text of files named in tracebacks.
    pub source_cache: RefCell<HashMap<String, Option<Vec<String>>>>,
    pub import: crate::vm::import::ImportState,
    /// Python-level signal handlers by number (`signal.signal`); None: never set.
    pub signal_handlers: RefCell<Vec<Option<Value>>>,
}

impl Interp {
    pub fn new(argv: Vec<String>) -> Box<Interp> {
        let types = Types::create();
        let exc = crate::modules::exceptions::ExcTypes::create(&types);
        let mk = |payload, class: &ObjRef| Value::Obj(ObjRef::new(class.clone(), payload));
        let not_implemented = mk(Payload::NotImplemented, &types.not_implemented_type);
        let ellipsis = mk(Payload::Ellipsis, &types.ellipsis_type);
        let empty_tuple = mk(Payload::Tuple(Box::new([])), &types.tuple);
        let builtins = crate::objects::module::new_module_raw(&types, "builtins");
        let sys = crate::objects::module::new_module_raw(&types, "sys");
        let modules = ObjRef::new(types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())));
        let interp = Box::new(Interp {
            types,
            exc,
            builtins,
            sys,
            modules,
            interned: RefCell::new(HashMap::new()),
            recursion_limit: Cell::new(1000),
            not_implemented,
            ellipsis,
            empty_tuple,
            stdout: RefCell::new(crate::modules::sys::OutBuf::new(argv.is_empty())),
            stderr_capture: RefCell::new(None),
            source_cache: RefCell::new(HashMap::new()),
            import: Default::default(),
            signal_handlers: RefCell::new(Vec::new()),
        });
        let _ = argv;
        interp
    }

    /// The interned str object for an identifier.
    pub fn intern(&self, s: &str) -> Value {
        if let Some(o) = self.interned.borrow().get(s) {
            return Value::Obj(o.clone());
        }
        let o = ObjRef::new(self.types.str.clone(), Payload::Str(PyStr::new(s)));
        self.interned.borrow_mut().insert(s.into(), o.clone());
        Value::Obj(o)
    }

    /// The type object of any value.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        match v {
            Value::None => &self.types.none_type,
            Value::Bool(_) => &self.types.bool_,
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Obj(o) => o.class(),
        }
    }
}
