//! `repr()` of built-in objects.

use super::payload::Payload;
use super::str::as_str_lossy;
use super::{fmt, num};
use super::types;
use super::value::Value;
use crate::vm::{PyResult, Vm};

pub fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let o = match v {
        Value::None => return Ok("None".into()),
        Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(num::float_repr(*f)),
        Value::Obj(o) => o.clone(),
    };
    let addr = o.id();
    Ok(match &o.payload {
        Payload::Str(s) => match s.as_str() {
            Some(t) => fmt::repr_str(t),
            None => super::fmt::repr_code_points(&s.code_points(), false),
        },
        Payload::Bytes(b) => fmt::repr_bytes(b, "bytes"),
        Payload::ByteArray(b) => fmt::repr_bytes(&b.borrow(), "bytearray"),
        Payload::Int(i) => num::to_decimal(i, num::int_max_str_digits()).map_err(|e| vm.num_error(e))?,
        Payload::Float(f) => num::float_repr(*f),
        Payload::Complex(a, b) => super::complex::complex_repr(*a, *b),
        Payload::WeakRef(_) => return crate::modules::weakref::repr(vm, v),
        Payload::Tuple(_) | Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. } => {
            return container_repr(vm, v);
        }
        Payload::Range { start, stop, step } => {
            if *step == 1 {
                format!("range({}, {})", start, stop)
            } else {
                format!("range({}, {}, {})", start, stop, step)
            }
        }
        Payload::Slice(a, b, c) => {
            let (a, b, c) = (a.clone(), b.clone(), c.clone());
            format!("slice({}, {}, {})", vm.repr_string(&a)?, vm.repr_string(&b)?, vm.repr_string(&c)?)
        }
        Payload::Function(f) => format!("<function {} at {:#x}>", as_str_lossy(&f.qualname.borrow()), addr),
        Payload::Builtin(b) => match &b.self_ {
            None => match super::descr_repr::unbound_repr(vm, &o, b) {
                Some(r) => r,
                None => format!("<built-in function {}>", b.name),
            },
            Some(s) if o.class().ptr_eq(&vm.interp.types.method_wrapper) => {
                format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, vm.type_name(s), s.id())
            }
            Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => format!("<built-in function {}>", b.name),
            Some(s) => {
                if let Some(Payload::Type(_)) = s.payload() {
                    format!("<built-in method {} of type object at {:#x}>", b.name, s.id())
                } else {
                    format!("<built-in method {} of {} object at {:#x}>", b.name, vm.type_name(s), s.id())
                }
            }
        },
        Payload::BoundMethod { func, self_ } => {
            let (func, self_) = (func.clone(), self_.clone());
            let qual = match func.payload() {
                Some(Payload::Function(f)) => as_str_lossy(&f.qualname.borrow()).into_owned(),
                _ => "?".into(),
            };
            format!("<bound method {} of {}>", qual, vm.repr_string(&self_)?)
        }
        Payload::Cell(c) => match &*c.borrow() {
            None => format!("<cell at {:#x}: empty>", addr),
            Some(x) => format!("<cell at {:#x}: {} object at {:#x}>", addr, vm.type_name(x), x.id()),
        },
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name, addr, c.code.filename, c.code.firstlineno
        ),
        Payload::Module(name) => {
            let name = name.borrow().clone();
            if name == "sys" || name == "builtins" {
                format!("<module '{}' (built-in)>", name)
            } else {
                format!("<module '{}'>", name)
            }
        }
        Payload::Type(_) => {
            let module = match types::ns_module(&o) {
                Some(m) => as_str_lossy(&m).into_owned(),
                None => "builtins".into(),
            };
            let q = types::type_qualname(&o);
            if module == "builtins" { format!("<class '{}'>", q) } else { format!("<class '{}.{}'>", module, q) }
        }
        Payload::Exception(_) => return super::exceptions::exc_repr(vm, v),
        Payload::Generator(g) => {
            let ty = types::type_name(o.class());
            format!("<{} object {} at {:#x}>", ty, as_str_lossy(&crate::objects::generator::names(vm, g).1), addr)
        }
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Property { .. } => format!("<property object at {:#x}>", addr),
        Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", addr),
        Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", addr),
        Payload::Super { ty, obj } => {
            let obj = obj.clone();
            format!("<super: <class '{}'>, <{} object>>", types::type_name(ty), vm.type_name(&obj))
        }
        Payload::ThreadLock(_) => crate::modules::thread::lock::repr_text(&o),
        Payload::TextStream(fd) => {
            let (name, mode) = match fd {
                0 => ("<stdin>", 'r'),
                1 => ("<stdout>", 'w'),
                _ => ("<stderr>", 'w'),
            };
            format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", name, mode)
        }
        Payload::GetSet(d) => super::getset::repr(d),
        _ => {
            if let Some(f) = crate::vm::protocol::native_dunder(v, "__repr__") {
                let r = vm.call(&f, crate::vm::Args::new(vec![v.clone()]))?;
                return Ok(as_str_lossy(&r).into_owned());
            }
            let ty = o.class();
            let module = match types::ns_module(ty) {
                Some(m) => as_str_lossy(&m).into_owned(),
                None => "builtins".into(),
            };
            let q = types::type_qualname(ty);
            if module == "builtins" {
                format!("<{} object at {:#x}>", q, addr)
            } else {
                format!("<{}.{} object at {:#x}>", module, q, addr)
            }
        }
    })
}

fn container_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(o) = v else { return Ok(String::new()) };
    let id = o.id();
    let (open, close, empty) = match &o.payload {
        Payload::Tuple(_) => ("(", ")", "()"),
        Payload::List(_) => ("[", "]", "[]"),
        Payload::Dict(_) => ("{", "}", "{}"),
        Payload::Set(_) => ("{", "}", "set()"),
        Payload::FrozenSet(_) => ("frozenset({", "})", "frozenset()"),
        Payload::DictView { kind, .. } => match kind {
            0 => ("dict_keys([", "])", "dict_keys([])"),
            1 => ("dict_values([", "])", "dict_values([])"),
            _ => ("dict_items([", "])", "dict_items([])"),
        },
        _ => ("", "", ""),
    };
    if vm.repr_active.contains(&id) {
        return Ok(match &o.payload {
            Payload::List(_) => "[...]".into(),
            Payload::Dict(_) => "{...}".into(),
            Payload::Tuple(_) => "(...)".into(),
            Payload::Set(_) | Payload::FrozenSet(_) => format!("{}(...)", super::types::type_name(o.class())),
            _ => "...".into(),
        });
    }
    vm.check_native_stack()?;
    vm.repr_active.push(id);
    let r = container_repr_inner(vm, o, open, close, empty);
    vm.repr_active.retain(|x| *x != id);
    r
}

fn container_repr_inner(vm: &mut Vm, o: &super::heap::ObjRef, open: &str, close: &str, empty: &str) -> PyResult<String> {
    let mut out = String::from(open);
    let mut count = 0usize;
    match &o.payload {
        Payload::Tuple(t) => {
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr_string(x)?);
            }
            count = t.len();
            if count == 1 {
                out.push(',');
            }
        }
        Payload::List(_) => {
            let mut i = 0;
            loop {
                let x = match &o.payload {
                    Payload::List(l) => l.borrow().get(i).cloned(),
                    _ => None,
                };
                let Some(x) = x else { break };
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr_string(&x)?);
                i += 1;
            }
            count = i;
        }
        Payload::Dict(d) => {
            let entries: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr_string(k)?);
                out.push_str(": ");
                out.push_str(&vm.repr_string(v)?);
            }
            count = entries.len();
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            let items = super::set::items(o);
            for (i, k) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr_string(k)?);
            }
            count = items.len();
        }
        Payload::DictView { dict, kind } => {
            let entries: Vec<(Value, Value)> = match &dict.payload {
                Payload::Dict(d) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                _ => Vec::new(),
            };
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match kind {
                    0 => out.push_str(&vm.repr_string(k)?),
                    1 => out.push_str(&vm.repr_string(v)?),
                    _ => {
                        out.push('(');
                        out.push_str(&vm.repr_string(k)?);
                        out.push_str(", ");
                        out.push_str(&vm.repr_string(v)?);
                        out.push(')');
                    }
                }
            }
            count = entries.len();
        }
        _ => {}
    }
    if count == 0 {
        return Ok(empty.into());
    }
    out.push_str(close);
    Ok(out)
}
