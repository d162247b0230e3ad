//! Attributes of built-in objects that live in their payload rather than a dict
//! (`f.__name__`, `e.args`, `slice.start`, ...).

use super::payload::Payload;
use super::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn special_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.interp.type_of(obj).clone())));
        }
        let Some(p) = obj.payload() else {
            return Ok(match (obj, name) {
                (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    v => v.clone(),
                }),
                (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
                (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
                (Value::Float(f), "real") => Some(Value::Float(*f)),
                (Value::Float(_), "imag") => Some(Value::Float(0.0)),
                _ => None,
            });
        };
        let v = match (p, name) {
            (_, "__dict__")
                if obj.as_obj().is_some_and(|o| {
                    o.dict.is_some() && super::types::flags(o.class()) & super::payload::tflags::NO_DICT == 0
                }) =>
            {
                let d = obj.as_obj().and_then(|o| o.dict.clone());
                // The collector counts a dict once Python code has seen it (CPython 3.11
                // materialises instance dicts only then).
                if let Some(d) = &d {
                    d.flags.set(d.flags.get() | crate::objects::heap::FLAG_DICT_EXPOSED);
                    crate::objects::gc::registry::track_existing(d);
                }
                d.map(Value::Obj)
            }
            (Payload::Function(f), _) => match name {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__defaults__" => Some(f.defaults.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__closure__" => Some(f.closure.clone().map(Value::Obj).unwrap_or(Value::None)),
                "__code__" => Some(Value::Obj(crate::objects::heap::ObjRef::new(
                    self.interp.types.code.clone(),
                    Payload::Code(f.code()),
                ))),
                "__annotations__" => {
                    if f.annotations.borrow().is_none() {
                        *f.annotations.borrow_mut() = self.new_dict();
                    }
                    Some(f.annotations.borrow().clone())
                }
                _ => None,
            },
            (Payload::Builtin(b), _) => match name {
                "__name__" => Some(self.new_str(b.name)),
                "__qualname__" => {
                    let q = super::descr_repr::qualname(self, obj, b).unwrap_or_else(|| b.name.to_string());
                    Some(self.new_str(&q))
                }
                "__objclass__" if b.self_.is_none() => obj
                    .as_obj()
                    .and_then(|o| super::descr_repr::owner_of(self, o, b.name))
                    .map(Value::Obj),
                "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
                "__doc__" => Some(crate::modules::builtins::docs::builtin_doc(self, obj, b)),
                "__text_signature__" => Some(crate::modules::builtins::docs::builtin_signature(self, obj, b)),
                "__module__" => Some(crate::modules::builtins::docs::builtin_module(self, obj, b)),
                _ => None,
            },
            (Payload::BoundMethod { func, self_ }, _) => match name {
                "__func__" => Some(func.clone()),
                "__self__" => Some(self_.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = func.clone();
                    return self.getattr_str(&f, name).map(Some);
                }
                _ => None,
            },
            (Payload::Exception(d), _) => match name {
                "args" => Some(d.args.borrow().clone()),
                "__traceback__" => Some(d.traceback.borrow().clone()),
                "__cause__" => Some(d.cause.borrow().clone()),
                "__context__" => Some(d.context.borrow().clone()),
                "__suppress_context__" => Some(Value::Bool(d.suppress_context.get())),
                "value" if self.is_instance_of(obj, &self.interp.exc.stop_iteration.clone()) => {
                    Some(super::exceptions::args_of(obj).into_iter().next().unwrap_or(Value::None))
                }
                "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                    if self.is_instance_of(obj, &self.interp.exc.syntax_error.clone())
                        && !obj.as_obj().and_then(|o| o.dict.as_ref()).is_some_and(|d| super::dict::get_str(d, name).is_some()) =>
                {
                    Some(super::exceptions::syntax_field(obj, name))
                }
                "code" if self.is_instance_of(obj, &self.interp.exc.system_exit.clone()) => {
                    let a = super::exceptions::args_of(obj);
                    Some(match a.len() {
                        0 => Value::None,
                        1 => a[0].clone(),
                        _ => self.new_tuple(a),
                    })
                }
                _ => None,
            },
            (Payload::Module(m), "__name__") => Some(self.new_str(&m.borrow())),
            (Payload::Generator(g), _) => match obj {
                Value::Obj(o) => crate::objects::generator::attrs::attr(self, o, g, name),
                _ => None,
            },
            (Payload::Property { fget, fset, fdel, doc }, _) => match name {
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__doc__" => Some(doc.borrow().clone()),
                _ => None,
            },
            (Payload::ClassMethod(f) | Payload::StaticMethod(f), "__func__") => Some(f.clone()),
            (Payload::Slice(a, b, c), _) => match name {
                "start" => Some(a.clone()),
                "stop" => Some(b.clone()),
                "step" => Some(c.clone()),
                _ => None,
            },
            (Payload::Range { start, stop, step }, _) => match name {
                "start" => Some(Value::Int(*start)),
                "stop" => Some(Value::Int(*stop)),
                "step" => Some(Value::Int(*step)),
                _ => None,
            },
            (Payload::Complex(re, im), _) => match name {
                "real" => Some(Value::Float(*re)),
                "imag" => Some(Value::Float(*im)),
                _ => None,
            },
            (Payload::Int(i), _) => match name {
                "real" | "numerator" => Some(self.new_int(i.clone())),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            (Payload::Float(f), _) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            (Payload::Cell(c), "cell_contents") => match &*c.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(self.value_error("Cell is empty")),
            },
            (Payload::Frame(f), _) => super::frame_object::frame_attr(self, f, name),
            (Payload::Traceback { lineno, next, lasti, code, globals }, _) => match name {
                "tb_lineno" => Some(Value::Int(*lineno as i64)),
                "tb_lasti" => Some(Value::Int(*lasti as i64 * 2)),
                "tb_next" => Some(next.borrow().clone()),
                "tb_frame" => Some(super::frame_object::traceback_frame(self, code, globals, *lasti, *lineno)),
                _ => None,
            },
            (Payload::Code(c), _) => match name {
                "co_name" => Some(self.new_str(&c.code.name)),
                "co_qualname" => Some(self.new_str(&c.code.qualname)),
                "co_filename" => Some(self.new_str(&c.code.filename)),
                "co_firstlineno" => Some(Value::Int(c.code.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
                "co_varnames" => Some(self.new_tuple(c.varnames.clone())),
                "co_flags" => Some(Value::Int(c.code.flags as i64)),
                "co_consts" => Some(self.new_tuple(c.consts.clone())),
                "co_names" => Some(self.new_tuple(c.names.clone())),
                "co_stacksize" => Some(Value::Int(c.code.stacksize as i64)),
                "co_nlocals" => Some(Value::Int(c.code.varnames.len() as i64)),
                "co_cellvars" | "co_freevars" => {
                    let names = if name == "co_cellvars" { &c.code.cellvars } else { &c.code.freevars };
                    let items = names.iter().map(|n| self.new_str(n)).collect();
                    Some(self.new_tuple(items))
                }
                _ => super::code_attrs::code_attr(self, c, name),
            },
            (Payload::Super { ty, obj }, _) => match name {
                "__thisclass__" => Some(Value::Obj(ty.clone())),
                "__self__" => Some(obj.clone()),
                "__self_class__" => Some(match obj {
                    Value::None => Value::None,
                    Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => obj.clone(),
                    _ => Value::Obj(self.interp.type_of(obj).clone()),
                }),
                _ => None,
            },
            _ => None,
        };
        Ok(v)
    }

    /// The error CPython's setter gives for a deletion (a NULL value) it refuses; the other
    /// attributes treat deletion as storing None.
    fn refused_delete(&self, p: &Payload, name: &str) -> Option<crate::vm::PyErr> {
        let msg = match (p, name) {
            (Payload::Exception(_), "args" | "__cause__" | "__context__" | "__traceback__") => format!("{name} may not be deleted"),
            (Payload::Exception(_), "__suppress_context__") => "can't delete numeric/char attribute".to_string(),
            (Payload::Function(_), "__name__" | "__qualname__") => format!("{name} must be set to a string object"),
            _ => return None,
        };
        Some(self.type_error(msg))
    }

    /// Returns true when the attribute was handled (`value` None: deleted).
    pub fn special_setattr(&mut self, obj: &Value, name: &str, value: &Option<Value>) -> PyResult<bool> {
        let Some(p) = obj.payload() else { return Ok(false) };
        if value.is_none() {
            if let Some(e) = self.refused_delete(p, name) {
                return Err(e);
            }
        }
        let v = value.clone().unwrap_or(Value::None);
        match (p, name) {
            (Payload::Exception(d), "__cause__") => {
                *d.cause.borrow_mut() = v;
                d.suppress_context.set(true);
            }
            (Payload::Exception(d), "__context__") => *d.context.borrow_mut() = v,
            (Payload::Exception(d), "__traceback__") => *d.traceback.borrow_mut() = v,
            (Payload::Exception(d), "__suppress_context__") => d.suppress_context.set(self.truthy(&v)?),
            (Payload::Exception(d), "args") => {
                let items = self.collect_iterable(&v)?;
                *d.args.borrow_mut() = self.new_tuple(items);
            }
            (Payload::Function(f), "__name__") => *f.name.borrow_mut() = v,
            (Payload::Function(f), "__qualname__") => *f.qualname.borrow_mut() = v,
            (Payload::Function(f), "__doc__") => *f.doc.borrow_mut() = v,
            (Payload::Function(f), "__module__") => *f.module.borrow_mut() = v,
            (Payload::Function(f), "__defaults__") => *f.defaults.borrow_mut() = v.as_obj().cloned(),
            (Payload::Function(f), "__kwdefaults__") => *f.kwdefaults.borrow_mut() = v.as_obj().cloned(),
            (Payload::Function(f), "__annotations__") => *f.annotations.borrow_mut() = v,
            (Payload::Property { doc, .. }, "__doc__") => *doc.borrow_mut() = v,
            (Payload::Function(f), "__code__") => super::code_replace::set_function_code(self, f, value)?,
            (Payload::Function(_), "__globals__" | "__closure__" | "__builtins__") => {
                return Err(self.new_error(&self.interp.exc.attribute_error.clone(), "readonly attribute"));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
