//! Raised exceptions and the helpers that build them with CPython's messages.

use std::cell::{Cell, RefCell};

use super::Vm;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{ExcData, Payload};
use crate::objects::value::Value;

/// A raised exception: always an instance of BaseException (or a subclass).
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
    pub fn data(&self) -> Option<&ExcData> {
        match &self.0.payload {
            Payload::Exception(d) => Some(d),
            _ => None,
        }
    }
}

pub fn new_exc_data(args: Value) -> ExcData {
    ExcData {
        args: RefCell::new(args),
        traceback: RefCell::new(Value::None),
        cause: RefCell::new(Value::None),
        context: RefCell::new(Value::None),
        suppress_context: Cell::new(false),
        extra: RefCell::new(Vec::new()),
    }
}

macro_rules! error_helpers {
    ($( $fn:ident => $field:ident, )*) => {
        impl Vm {
            $( pub fn $fn(&self, msg: impl AsRef<str>) -> PyErr {
                let ty = self.interp.exc.$field.clone();
                self.new_error(&ty, msg.as_ref())
            } )*
        }
    };
}

error_helpers! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    stop_iteration_msg => stop_iteration,
    unbound_local_error => unbound_local_error,
    not_implemented_error => not_implemented_error,
    assertion_error => assertion_error,
    memory_error => memory_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    os_error => os_error,
    eof_error => eof_error,
    unicode_error => unicode_encode_error,
    lookup_error => lookup_error,
}

impl Vm {
    /// An exception of built-in type `ty` with one str argument (no args when `msg` is empty
    /// and `ty` is one that CPython raises bare).
    pub fn new_error(&self, ty: &ObjRef, msg: &str) -> PyErr {
        let args = self.new_tuple(vec![self.new_str(msg)]);
        self.new_exception(ty, args)
    }

    pub fn new_exception(&self, ty: &ObjRef, args: Value) -> PyErr {
        let dict = self.new_dict_obj();
        PyErr(ObjRef::with_dict(ty.clone(), Payload::Exception(Box::new(new_exc_data(args))), Some(dict)))
    }

    pub fn new_exception_noargs(&self, ty: &ObjRef) -> PyErr {
        let args = self.interp.empty_tuple.clone();
        self.new_exception(ty, args)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let args = self.new_tuple(vec![key]);
        self.new_exception(&self.interp.exc.key_error, args)
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { self.interp.empty_tuple.clone() } else { self.new_tuple(vec![value]) };
        self.new_exception(&self.interp.exc.stop_iteration, args)
    }

    /// Map a kernel error to its exception.
    pub fn num_error(&self, e: crate::objects::num::NumError) -> PyErr {
        use crate::objects::num::NumError;
        match e {
            NumError::ZeroDivision(m) => self.zero_division_error(m),
            NumError::Overflow(m) => self.overflow_error(m),
            NumError::Value(m) => self.value_error(m),
            NumError::Type(m) => self.type_error(m),
            NumError::Memory(_) => self.new_exception_noargs(&self.interp.exc.memory_error.clone()),
        }
    }

    /// `'X' object ...` messages need the type name of a value.
    pub fn type_name(&self, v: &Value) -> String {
        crate::objects::types::tp_name(self.interp.type_of(v))
    }

    pub fn err_matches(&self, e: &PyErr, ty: &ObjRef) -> bool {
        crate::objects::types::is_subtype(e.0.class(), ty)
    }
}
