//! Attribute descriptors for the attributes `special_attrs.rs` serves from payloads, so
//! that they are listed by `dir()` and found in the type's `__dict__` as in CPython
//! (`type(f).__dict__['__name__']`, `Exception.args`). Each one reads and writes through
//! `special_getattr` / `special_setattr`, so the values are the same as before.

use super::getset::add_getset;
use super::heap::ObjRef;
use super::payload::{NativeFn, Payload};
use super::types::{add_method, type_name};
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn get_special(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let obj = args.at(0);
    match vm.special_getattr(&obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(&obj), name))),
    }
}

fn set_special(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let obj = args.at(0);
    if vm.special_setattr(&obj, name, &Some(args.at(1)))? {
        return Ok(Value::None);
    }
    Err(vm.attribute_error(format!("attribute '{}' of '{}' objects is not writable", name, vm.type_name(&obj))))
}

macro_rules! getters {
    ($($f:ident $n:literal),* $(,)?) => { $( fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { get_special(vm, &args, $n) } )* };
}
macro_rules! setters {
    ($($f:ident $n:literal),* $(,)?) => { $( fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { set_special(vm, &args, $n) } )* };
}

getters!(g_real "real", g_imag "imag", g_numerator "numerator", g_denominator "denominator",
    g_start "start", g_stop "stop", g_step "step", g_fget "fget", g_fset "fset", g_fdel "fdel",
    g_func "__func__", g_self "__self__", g_annotations "__annotations__", g_closure "__closure__",
    g_code "__code__", g_defaults "__defaults__", g_dict "__dict__", g_globals "__globals__",
    g_kwdefaults "__kwdefaults__", g_name "__name__", g_qualname "__qualname__",
    g_gi_code "gi_code", g_gi_frame "gi_frame", g_gi_running "gi_running", g_gi_suspended "gi_suspended",
    g_gi_yieldfrom "gi_yieldfrom", g_cr_await "cr_await", g_cr_code "cr_code", g_cr_frame "cr_frame",
    g_cr_running "cr_running", g_co_argcount "co_argcount", g_co_cellvars "co_cellvars", g_co_code "co_code",
    g_co_consts "co_consts", g_co_filename "co_filename", g_co_firstlineno "co_firstlineno", g_co_flags "co_flags",
    g_co_freevars "co_freevars", g_co_kwonlyargcount "co_kwonlyargcount", g_co_lnotab "co_lnotab",
    g_co_name "co_name", g_co_names "co_names", g_co_nlocals "co_nlocals",
    g_co_posonlyargcount "co_posonlyargcount", g_co_qualname "co_qualname", g_co_stacksize "co_stacksize",
    g_co_varnames "co_varnames",
    g_tb_frame "tb_frame", g_tb_lasti "tb_lasti", g_tb_lineno "tb_lineno", g_tb_next "tb_next",
    g_args "args", g_cause "__cause__", g_context "__context__", g_suppress "__suppress_context__",
    g_traceback "__traceback__", g_thisclass "__thisclass__", g_self_class "__self_class__");
setters!(s_annotations "__annotations__", s_defaults "__defaults__", s_kwdefaults "__kwdefaults__",
    s_name "__name__", s_qualname "__qualname__", s_args "args", s_cause "__cause__",
    s_context "__context__", s_suppress "__suppress_context__", s_traceback "__traceback__",
    s_globals "__globals__", s_closure "__closure__", s_code "__code__");

/// `f.__call__(*args)` for the callable built-ins.
fn call_self(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let f = args.args.remove(0);
    let f = match f.payload() {
        Some(Payload::StaticMethod(inner)) => inner.clone(),
        _ => f,
    };
    vm.call(&f, args)
}

fn false_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn not_implemented_bool(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // CPython 3.11 answers True (the deprecation of bool(NotImplemented) is 3.14's).
    let _ = vm;
    Ok(Value::Bool(true))
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = vm.len(&args.at(0))?;
    Ok(Value::Bool(n > 0))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let reversed = Value::Obj(vm.interp.types.reversed.clone());
    vm.call(&reversed, Args::new(vec![args.at(0)]))
}

fn wrapped(vm: &mut Vm, args: Args) -> PyResult<Value> {
    get_special(vm, &args, "__func__")
}

/// `__isabstractmethod__` of a wrapper: whether what it wraps is abstract.
fn is_abstract(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inner = match args.at(0).payload() {
        Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) => vec![f.clone()],
        Some(Payload::Property { fget, fset, fdel, .. }) => vec![fget.clone(), fset.clone(), fdel.clone()],
        _ => Vec::new(),
    };
    let key = vm.interp.intern("__isabstractmethod__");
    for f in inner {
        if f.is_none() {
            continue;
        }
        if let Some(v) = vm.getattr_opt(&f, &key, "__isabstractmethod__")? {
            if vm.truthy(&v)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__set__", 3, 3)?;
    let prop = args.at(0);
    let Some(Payload::Property { fset, .. }) = prop.payload() else {
        return Err(vm.type_error("descriptor '__set__' requires a 'property' object"));
    };
    if fset.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    let f = fset.clone();
    vm.call(&f, Args::new(vec![args.at(1), args.at(2)]))?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "__delete__", 2, 2)?;
    let prop = args.at(0);
    let Some(Payload::Property { fdel, .. }) = prop.payload() else {
        return Err(vm.type_error("descriptor '__delete__' requires a 'property' object"));
    };
    if fdel.is_none() {
        return Err(vm.attribute_error("can't delete attribute"));
    }
    let f = fdel.clone();
    vm.call(&f, Args::new(vec![args.at(1)]))?;
    Ok(Value::None)
}

/// `tuple.__getnewargs__()`: `(tuple(self),)` for pickling.
fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = match args.at(0).payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("descriptor '__getnewargs__' requires a 'tuple' object")),
    };
    let copy = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![copy]))
}

/// `BaseException.add_note(note)` (3.11): appends to `__notes__`.
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "add_note", 2, 2)?;
    let (e, note) = (args.at(0), args.at(1));
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let key = vm.interp.intern("__notes__");
    let notes = match vm.getattr_opt(&e, &key, "__notes__")? {
        Some(n) => n,
        None => {
            let n = vm.new_list(Vec::new());
            vm.setattr(&e, &key, n.clone())?;
            n
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// super's `__get__`: an unbound super bound to `obj`.
fn super_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, obj) = (args.at(0), args.get(1).cloned().unwrap_or(Value::None));
    match s.payload() {
        Some(Payload::Super { ty, obj: inner }) if inner.is_none() && !obj.is_none() => {
            let sup = Value::Obj(vm.interp.types.super_.clone());
            vm.call(&sup, Args::new(vec![Value::Obj(ty.clone()), obj]))
        }
        _ => Ok(s),
    }
}

fn ignore(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Like `add_getset`, but typed `member_descriptor` as CPython's struct members are.
fn add_member(ty: &ObjRef, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let interp = crate::vm::gil::interp();
    let key = interp.intern(name);
    let d = ObjRef::new(
        interp.types.member_descriptor.clone(),
        Payload::GetSet(super::getset::GetSet { name: key.clone(), owner: ty.clone(), get: Some(get), set }),
    );
    super::types::set_attr_raw(ty, key, Value::Obj(d));
}

fn getters_on(ty: &ObjRef, list: &[(&'static str, NativeFn)]) {
    for (n, f) in list {
        add_getset(ty, n, *f, None);
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types;
    getters_on(&t.int, &[("real", g_real), ("imag", g_imag), ("numerator", g_numerator), ("denominator", g_denominator)]);
    getters_on(&t.float, &[("real", g_real), ("imag", g_imag)]);
    getters_on(&t.complex, &[("real", g_real), ("imag", g_imag)]);
    getters_on(&t.slice, &[("start", g_start), ("stop", g_stop), ("step", g_step)]);
    getters_on(&t.range, &[("start", g_start), ("stop", g_stop), ("step", g_step)]);
    add_method(&t.range, "__bool__", range_bool);
    add_method(&t.range, "__reversed__", range_reversed);
    getters_on(&t.property, &[("fget", g_fget), ("fset", g_fset), ("fdel", g_fdel)]);
    add_getset(&t.property, "__isabstractmethod__", is_abstract, None);
    add_method(&t.property, "__set__", property_set);
    add_method(&t.property, "__delete__", property_delete);
    add_method(&t.property, "__set_name__", ignore);
    for cm in [&t.classmethod, &t.staticmethod] {
        add_getset(cm, "__func__", g_func, None);
        add_getset(cm, "__wrapped__", wrapped, None);
        add_getset(cm, "__isabstractmethod__", is_abstract, None);
    }
    add_method(&t.staticmethod, "__call__", call_self);
    let f = &t.function;
    for (n, g, s) in [
        ("__annotations__", g_annotations as NativeFn, Some(s_annotations as NativeFn)),
        ("__code__", g_code, Some(s_code)),
        ("__defaults__", g_defaults, Some(s_defaults)),
        ("__dict__", g_dict, None),
        ("__kwdefaults__", g_kwdefaults, Some(s_kwdefaults)),
        ("__name__", g_name, Some(s_name)),
        ("__qualname__", g_qualname, Some(s_qualname)),
    ] {
        add_getset(f, n, g, s);
    }
    // Members in CPython (types.MemberDescriptorType is taken from __globals__). Not
    // __module__: a descriptor there would hide the type's own `function.__module__`.
    add_member(f, "__closure__", g_closure, Some(s_closure));
    add_member(f, "__globals__", g_globals, Some(s_globals));
    add_method(f, "__call__", call_self);
    getters_on(&t.method, &[("__func__", g_func), ("__self__", g_self)]);
    add_method(&t.method, "__call__", call_self);
    getters_on(&t.builtin_function, &[("__name__", g_name), ("__qualname__", g_qualname), ("__self__", g_self)]);
    add_method(&t.builtin_function, "__call__", call_self);
    getters_on(
        &t.generator,
        &[("__name__", g_name), ("__qualname__", g_qualname), ("gi_code", g_gi_code), ("gi_frame", g_gi_frame),
          ("gi_running", g_gi_running), ("gi_suspended", g_gi_suspended), ("gi_yieldfrom", g_gi_yieldfrom)],
    );
    getters_on(
        &t.coroutine,
        &[("__name__", g_name), ("__qualname__", g_qualname), ("cr_await", g_cr_await), ("cr_code", g_cr_code),
          ("cr_frame", g_cr_frame), ("cr_running", g_cr_running)],
    );
    getters_on(
        &t.code,
        &[("co_argcount", g_co_argcount), ("co_cellvars", g_co_cellvars), ("co_code", g_co_code),
          ("co_consts", g_co_consts), ("co_filename", g_co_filename), ("co_firstlineno", g_co_firstlineno),
          ("co_flags", g_co_flags), ("co_freevars", g_co_freevars), ("co_kwonlyargcount", g_co_kwonlyargcount),
          ("co_lnotab", g_co_lnotab), ("co_name", g_co_name), ("co_names", g_co_names), ("co_nlocals", g_co_nlocals),
          ("co_posonlyargcount", g_co_posonlyargcount), ("co_qualname", g_co_qualname),
          ("co_stacksize", g_co_stacksize), ("co_varnames", g_co_varnames)],
    );
    // The frame type's attributes are registered by `frame_object::register`.
    getters_on(&t.traceback, &[("tb_frame", g_tb_frame), ("tb_lasti", g_tb_lasti), ("tb_lineno", g_tb_lineno), ("tb_next", g_tb_next)]);
    add_getset(&t.module, "__dict__", g_dict, None);
    add_method(&t.tuple, "__getnewargs__", tuple_getnewargs);
    getters_on(&t.super_, &[("__self__", g_self), ("__self_class__", g_self_class), ("__thisclass__", g_thisclass)]);
    add_method(&t.super_, "__get__", super_get);
    add_method(&t.none_type, "__bool__", false_bool);
    add_method(&t.not_implemented_type, "__bool__", not_implemented_bool);
    let _ = type_name;
}

/// BaseException's attributes (the exception types are made after the built-in types).
pub fn register_exceptions(vm: &Vm) {
    let b = &vm.interp.exc.base_exception;
    for (n, g, s) in [
        ("__dict__", g_dict as NativeFn, None),
        ("args", g_args, Some(s_args as NativeFn)),
        ("__cause__", g_cause, Some(s_cause)),
        ("__context__", g_context, Some(s_context)),
        ("__suppress_context__", g_suppress, Some(s_suppress)),
        ("__traceback__", g_traceback, Some(s_traceback)),
    ] {
        add_getset(b, n, g, s);
    }
    add_method(b, "add_note", add_note);
}
