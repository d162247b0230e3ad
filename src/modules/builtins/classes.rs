//! Class machinery exposed as builtins: __build_class__, object/type methods, super,
//! property, classmethod, staticmethod.

use super::add_function;
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::str::as_str_lossy;
use crate::objects::types::{self, add_method, add_static, lookup};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let metaclass = args.take_kw("metaclass");
    if args.args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.at(0);
    let name = args.at(1);
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let (bases, orig_bases) = resolve_bases(vm, &args.args[2..])?;
    let mut meta = match &metaclass {
        Some(Value::Obj(m)) => m.clone(),
        Some(_) => return Err(vm.type_error("metaclass must be a type")),
        None => bases.first().map(|b| b.class().clone()).unwrap_or_else(|| vm.interp.types.type_.clone()),
    };
    // The most derived metaclass wins.
    for b in &bases {
        let bm = b.class();
        if types::is_subtype(bm, &meta) {
            meta = bm.clone();
        } else if !types::is_subtype(&meta, bm) {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let bases_t = vm.new_tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let ns = match lookup(&meta, "__prepare__") {
        Some(p) if matches!(p.payload(), Some(Payload::Function(_)) | Some(Payload::ClassMethod(_))) => {
            let p = match p.payload() {
                Some(Payload::ClassMethod(g)) => vm.new_bound_method(g.clone(), Value::Obj(meta.clone())),
                _ => p,
            };
            let r = vm.call(&p, Args { args: vec![name.clone(), bases_t.clone()], kwargs: args.kwargs.clone() })?;
            match r {
                Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o,
                _ => return Err(vm.type_error("__prepare__() must return a mapping")),
            }
        }
        _ => vm.new_dict_obj(),
    };
    let mut frame = vm.bind_function(f, Args::default())?;
    frame.ns = Some(ns.clone());
    vm.run_frame(frame)?;
    if let Some(orig) = orig_bases {
        crate::objects::dict::set_str(vm, &ns, "__orig_bases__", orig)?;
    }
    let mut cargs = vec![name, bases_t, Value::Obj(ns)];
    let kwargs = std::mem::take(&mut args.kwargs);
    let cls = vm.call(&Value::Obj(meta), Args { args: std::mem::take(&mut cargs), kwargs })?;
    Ok(cls)
}

/// The class's bases after PEP 560: a non-type base (typing's `Generic[T]`) is replaced
/// by what its `__mro_entries__` returns; the original tuple comes back too when that
/// happened, for `__orig_bases__`.
fn resolve_bases(vm: &mut Vm, given: &[Value]) -> PyResult<(Vec<ObjRef>, Option<Value>)> {
    let mut bases = Vec::new();
    let mut changed = false;
    for b in given {
        if let Value::Obj(o) = b {
            if matches!(o.payload, Payload::Type(_)) {
                bases.push(o.clone());
                continue;
            }
        }
        let key = vm.interp.intern("__mro_entries__");
        let Some(entries) = vm.getattr_opt(b, &key, "__mro_entries__")? else {
            return Err(vm.type_error("bases must be types"));
        };
        let orig = vm.new_tuple(given.to_vec());
        let r = vm.call(&entries, Args::new(vec![orig]))?;
        for e in vm.collect_iterable(&r)? {
            match e {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o),
                _ => return Err(vm.type_error("bases must be types")),
            }
        }
        changed = true;
    }
    let orig = if changed { Some(vm.new_tuple(given.to_vec())) } else { None };
    Ok((bases, orig))
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.args.len() {
        2 => return Ok(Value::Obj(vm.interp.type_of(&args.at(1)).clone())),
        4 => {}
        _ => return Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
    let Value::Obj(meta) = args.at(0) else { return Err(vm.type_error("type.__new__(X): X is not a type object")) };
    let name = match args.at(1).payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&args.at(1))
            )));
        }
    };
    let bases: Vec<ObjRef> = match args.at(2).payload() {
        Some(Payload::Tuple(t)) => t.iter().filter_map(|b| b.as_obj().cloned()).collect(),
        _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple")),
    };
    let Value::Obj(ns) = args.at(3) else { return Err(vm.type_error("type.__new__() argument 3 must be dict")) };
    let ns2 = vm.new_dict_obj();
    crate::objects::dict::update_from(vm, &ns2, &Value::Obj(ns.clone()), false)?;
    if crate::objects::dict::get_str(&ns2, "__module__").is_none() {
        let module = vm.frames.last().and_then(|f| crate::objects::dict::get_str(&f.globals, "__name__"));
        if let Some(m) = module {
            crate::objects::dict::set_str(vm, &ns2, "__module__", m)?;
        }
    }
    let cls = types::new_class(vm, &meta, &name, bases, &ns2)?;
    if let Some(cell) = crate::objects::dict::get_str(&ns, "__classcell__") {
        if let Some(Payload::Cell(c)) = cell.payload() {
            *c.borrow_mut() = Some(Value::Obj(cls.clone()));
        }
    }
    Ok(Value::Obj(cls))
}

fn type_dunder_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = args.args.remove(0);
    match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => types::type_call(vm, &c, args),
        other => Err(vm.type_error(format!("descriptor '__call__' requires a 'type' object but received a '{}'", vm.type_name(&other)))),
    }
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(t) = args.at(0) else { return Err(vm.type_error("mro() needs a type")) };
    let mro = types::type_data(&t).map(|d| d.mro.borrow().clone()).unwrap_or_default();
    Ok(vm.new_list(mro.into_iter().map(Value::Obj).collect()))
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::objects::repr::builtin_repr(vm, &args.at(0))?;
    Ok(vm.new_str(&s))
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let ty = vm.interp.type_of(&v).clone();
    let module = match types::type_data(&ty).and_then(|d| crate::objects::dict::table_get_str(&d.ns.borrow(), "__module__")) {
        Some(m) => as_str_lossy(&m).into_owned(),
        None => "builtins".into(),
    };
    let q = types::type_qualname(&ty);
    let s = if module == "builtins" {
        format!("<{} object at {:#x}>", q, v.id())
    } else {
        format!("<{}.{} object at {:#x}>", module, q, v.id())
    };
    Ok(vm.new_str(&s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.repr(&args.at(0))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = as_str_lossy(&args.at(1)).into_owned();
    if !spec.is_empty() {
        return Err(vm.type_error(format!("unsupported format string passed to {}.__format__", vm.type_name(&args.at(0)))));
    }
    vm.to_str(&args.at(0))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.at(1);
    let s = as_str_lossy(&name).into_owned();
    vm.generic_setattr(&args.at(0), &name, &s, Some(args.at(2)))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = args.at(1);
    let s = as_str_lossy(&name).into_owned();
    vm.generic_setattr(&args.at(0), &name, &s, None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, name) = (args.at(0), args.at(1));
    if matches!(obj.payload(), Some(Payload::Type(_) | Payload::Super { .. })) {
        return vm.getattr(&obj, &name);
    }
    let sname = as_str_lossy(&name).into_owned();
    match vm.generic_getattr_opt(&obj, &name, &sname, false)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&obj, &sname)),
    }
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = args.at(0).id() as u64;
    let _ = vm;
    Ok(Value::Int(((id >> 4) | (id << 60)) as i64))
}

fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (ty, obj) = if args.args.len() <= 1 {
        let Some(f) = vm.frames.last() else { return Err(vm.runtime_error("super(): no current frame")) };
        let co = &f.code.code;
        let ncell = co.cellvars.len();
        let class_cell = co.freevars.iter().position(|n| &**n == "__class__").and_then(|i| f.cells.get(ncell + i));
        let Some(cell) = class_cell else { return Err(vm.runtime_error("super(): __class__ cell not found")) };
        let ty = match &cell.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        };
        let Some(Value::Obj(ty)) = ty else { return Err(vm.runtime_error("super(): empty __class__ cell")) };
        if co.argcount == 0 {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        let first = f.locals.first().cloned().flatten().or_else(|| {
            co.cell2arg.iter().find(|(_, a)| *a == 0).and_then(|(ci, _)| match &f.cells.get(*ci as usize)?.payload {
                Payload::Cell(c) => c.borrow().clone(),
                _ => None,
            })
        });
        let Some(obj) = first else { return Err(vm.runtime_error("super(): arg[0] deleted")) };
        (ty, obj)
    } else {
        let Value::Obj(ty) = args.at(1) else { return Err(vm.type_error("super() argument 1 must be a type")) };
        if !matches!(ty.payload, Payload::Type(_)) {
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {}", vm.type_name(&args.at(1)))));
        }
        let obj = args.at(2);
        if args.args.len() > 2 {
            let inst = types::is_subtype(vm.interp.type_of(&obj), &ty);
            let sub = matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, &ty));
            if !inst && !sub {
                return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
        }
        (ty, obj)
    };
    Ok(Value::Obj(ObjRef::new(vm.interp.types.super_.clone(), Payload::Super { ty, obj })))
}

/// Attribute lookup through `super()`: the MRO after `ty`.
pub fn super_getattr(vm: &mut Vm, ty: &ObjRef, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    // super(C, cls) with cls a subclass of C looks up on the class itself (methods stay
    // unbound); otherwise obj is an instance, even when it is a class whose metaclass
    // is C (super() inside a metaclass method binds the class).
    let class_lookup = matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, ty));
    let start = match obj {
        Value::Obj(o) if class_lookup => o.clone(),
        _ => vm.interp.type_of(obj).clone(),
    };
    let mro = types::type_data(&start).map(|d| d.mro.borrow().clone()).unwrap_or_default();
    let pos = mro.iter().position(|t| t.ptr_eq(ty)).map_or(mro.len(), |p| p + 1);
    for t in &mro[pos..] {
        let Some(td) = types::type_data(t) else { continue };
        let found = crate::objects::dict::table_get_str(&td.ns.borrow(), name);
        if let Some(a) = found {
            let is_type_obj = class_lookup;
            let v = match a.payload() {
                Some(Payload::Function(_)) if is_type_obj => a,
                Some(Payload::Builtin(b)) if b.is_method && is_type_obj => a.clone(),
                Some(Payload::ClassMethod(f)) => vm.new_bound_method(f.clone(), Value::Obj(start.clone())),
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::Builtin(b)) if !b.is_method && !b.is_classmethod => a.clone(),
                _ => vm.bind_descriptor(&a, obj, &start)?,
            };
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn property_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let fget = args.take_kw("fget").or_else(|| args.args.get(1).cloned()).unwrap_or(Value::None);
    let fset = args.take_kw("fset").or_else(|| args.args.get(2).cloned()).unwrap_or(Value::None);
    let fdel = args.take_kw("fdel").or_else(|| args.args.get(3).cloned()).unwrap_or(Value::None);
    let mut doc = args.take_kw("doc").or_else(|| args.args.get(4).cloned()).unwrap_or(Value::None);
    if doc.is_none() && !fget.is_none() {
        if let Some(Payload::Function(f)) = fget.payload() {
            doc = f.doc.borrow().clone();
        }
    }
    let cls = match args.at(0) {
        Value::Obj(c) => c,
        _ => vm.interp.types.property.clone(),
    };
    let dict = if types::flags(&cls) & crate::objects::payload::tflags::HEAPTYPE != 0 { Some(vm.new_dict_obj()) } else { None };
    Ok(Value::Obj(ObjRef::with_dict(cls, Payload::Property { fget, fset, fdel, doc: std::cell::RefCell::new(doc) }, dict)))
}

fn property_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let this = args.at(0);
    let Some(Payload::Property { fget, fset, fdel, doc }) = this.payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = args.at(1),
        1 => s = args.at(1),
        _ => d = args.at(1),
    }
    let doc = std::cell::RefCell::new(doc.borrow().clone());
    Ok(Value::Obj(ObjRef::new(vm.interp.types.property.clone(), Payload::Property { fget: g, fset: s, fdel: d, doc })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.at(0);
    let Some(Payload::Property { fget, .. }) = this.payload() else { return Err(vm.type_error("bad property")) };
    if args.at(1).is_none() {
        return Ok(args.at(0));
    }
    let f = fget.clone();
    vm.call(&f, Args::new(vec![args.at(1)]))
}

/// `type.__prepare__(name, bases, **kwds)`: the empty namespace a class body starts with.
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "classmethod", 2, 2)?;
    Ok(Value::Obj(ObjRef::new(vm.interp.types.classmethod.clone(), Payload::ClassMethod(args.at(1)))))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "staticmethod", 2, 2)?;
    Ok(Value::Obj(ObjRef::new(vm.interp.types.staticmethod.clone(), Payload::StaticMethod(args.at(1)))))
}

pub fn register(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_function(vm, d, "__build_class__", build_class)?;
    let t = vm.interp.types.type_.clone();
    add_static(&t, "__new__", type_new);
    add_method(&t, "__init__", type_init);
    add_method(&t, "mro", type_mro);
    add_method(&t, "__call__", type_dunder_call);
    add_method(&t, "__repr__", type_repr);
    types::add_classmethod(&t, "__prepare__", type_prepare);
    let o = vm.interp.types.object.clone();
    add_static(&o, "__new__", types::object_new);
    add_method(&o, "__init__", types::object_init);
    add_method(&o, "__eq__", crate::objects::dunders::object_eq);
    add_method(&o, "__ne__", crate::objects::dunders::object_ne);
    add_method(&o, "__repr__", object_repr);
    add_method(&o, "__str__", object_str);
    add_method(&o, "__format__", object_format);
    add_method(&o, "__setattr__", object_setattr);
    add_method(&o, "__delattr__", object_delattr);
    add_method(&o, "__getattribute__", object_getattribute);
    // object's own hooks are the generic paths: they must not send every class the slow way.
    if let Some(td) = types::type_data(&o) {
        td.flags.set(td.flags.get() & !(crate::objects::payload::tflags::HAS_GETATTR | crate::objects::payload::tflags::HAS_SETATTR));
    }
    add_method(&o, "__hash__", object_hash);
    types::add_classmethod(&o, "__init_subclass__", object_init_subclass);
    let s = vm.interp.types.super_.clone();
    add_static(&s, "__new__", super_new);
    let p = vm.interp.types.property.clone();
    add_static(&p, "__new__", property_new);
    add_method(&p, "getter", property_getter);
    add_method(&p, "setter", property_setter);
    add_method(&p, "deleter", property_deleter);
    add_method(&p, "__get__", property_get);
    add_static(&vm.interp.types.classmethod.clone(), "__new__", classmethod_new);
    add_static(&vm.interp.types.none_type.clone(), "__new__", none_new);
    add_static(&vm.interp.types.staticmethod.clone(), "__new__", staticmethod_new);
    Ok(())
}
