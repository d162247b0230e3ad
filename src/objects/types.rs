//! Type objects: MRO (C3), attribute lookup along it, instantiation, class creation.

use std::cell::{Cell, RefCell};

use super::dict;
use super::heap::{ObjRef, PyObject};
use super::payload::{Builtin, Layout, NativeFn, Payload, TypeData, tflags};
use super::str::as_str_lossy;
use super::table::DictTable;
use super::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn type_data(t: &ObjRef) -> Option<&TypeData> {
    match &t.payload {
        Payload::Type(td) => Some(td),
        _ => None,
    }
}

pub fn type_name(t: &ObjRef) -> String {
    type_data(t).map(|d| d.name.borrow().clone()).unwrap_or_default()
}

/// CPython's `tp_name`, which error messages use: a native type that a module other than
/// builtins defines is `module.name` (`array.array`, `_thread.lock`).
pub fn tp_name(t: &ObjRef) -> String {
    let name = type_name(t);
    if flags(t) & tflags::HEAPTYPE != 0 {
        return name;
    }
    match type_data(t).and_then(|d| dict::table_get_str(&d.ns.borrow(), "__module__")) {
        Some(m) if matches!(m.payload(), Some(Payload::Str(_))) && as_str_lossy(&m) != "builtins" => {
            format!("{}.{}", as_str_lossy(&m), name)
        }
        _ => name,
    }
}

pub fn type_qualname(t: &ObjRef) -> String {
    type_data(t).map(|d| d.qualname.borrow().clone()).unwrap_or_default()
}

pub fn flags(t: &ObjRef) -> u32 {
    type_data(t).map_or(0, |d| d.flags.get())
}

pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if a.ptr_eq(b) {
        return true;
    }
    match type_data(a) {
        Some(d) => d.mro.borrow().iter().any(|t| t.ptr_eq(b)),
        None => false,
    }
}

/// Find `name` along the MRO of `ty` (no descriptor binding).
pub fn lookup(ty: &ObjRef, name: &str) -> Option<Value> {
    let td = type_data(ty)?;
    let mro = td.mro.borrow();
    let (pos, ix) = find(ty, &mro, name)?;
    type_data(mro.get(pos)?)?.ns.borrow().entry(ix).map(|(_, v)| v.clone())
}

/// Like `lookup`, also saying which class in the MRO holds it.
pub fn lookup_with_owner(ty: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    let td = type_data(ty)?;
    let mro = td.mro.borrow();
    let (pos, ix) = find(ty, &mro, name)?;
    let owner = mro.get(pos)?;
    let v = type_data(owner)?.ns.borrow().entry(ix).map(|(_, v)| v.clone())?;
    Some((v, owner.clone()))
}

/// (position in `mro`, entry index in that class's namespace) of `name`, through the
/// type attribute cache.
#[inline]
fn find(ty: &ObjRef, mro: &[ObjRef], name: &str) -> Option<(usize, usize)> {
    if let Some(found) = super::type_cache::get(ty, name) {
        return found.map(|(p, i)| (p as usize, i as usize));
    }
    find_uncached(ty, mro, name)
}

/// The MRO walk behind a cache miss, out of line so the hit path stays small.
#[cold]
#[inline(never)]
fn find_uncached(ty: &ObjRef, mro: &[ObjRef], name: &str) -> Option<(usize, usize)> {
    let found = mro.iter().enumerate().find_map(|(pos, t)| {
        let ix = dict::table_find_str(&type_data(t)?.ns.borrow(), name)?;
        Some((pos, ix))
    });
    super::type_cache::put(ty, name, found.map(|(p, i)| (p as u32, i as u32)));
    found
}

/// The built-in layout of `ty` (what payload its instances carry).
pub fn layout(ty: &ObjRef) -> Layout {
    type_data(ty).map_or(Layout::Object, |d| d.layout)
}

/// Put a native method into a built-in type's namespace.
pub fn add_method(ty: &ObjRef, name: &'static str, func: NativeFn) {
    add_native(ty, name, func, true, false);
}

pub fn add_classmethod(ty: &ObjRef, name: &'static str, func: NativeFn) {
    add_native(ty, name, func, false, true);
}

/// A static native (`__new__`): called with the class as the first argument, unbound.
pub fn add_static(ty: &ObjRef, name: &'static str, func: NativeFn) {
    add_native(ty, name, func, false, false);
}

fn add_native(ty: &ObjRef, name: &'static str, func: NativeFn, is_method: bool, is_classmethod: bool) {
    let interp = crate::vm::gil::interp();
    let t = &interp.types;
    let class = if is_method && super::descr_repr::is_slot_dunder(name) {
        &t.wrapper_descriptor
    } else if is_method {
        &t.method_descriptor
    } else if is_classmethod {
        &t.classmethod_descriptor
    } else {
        &t.builtin_function
    };
    let f = ObjRef::new(
        class.clone(),
        Payload::Builtin(Builtin { name, func, self_: None, is_method, is_classmethod }),
    );
    set_attr_raw(ty, interp.intern(name), Value::Obj(f));
}

/// Set once a user class gains `__getattr__`/`__getattribute__`/`__setattr__` after it was
/// made: its existing subclasses lack the flag, so every class then takes the slow path.
static LATE_HOOKS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether attribute reads on instances of `ty` may meet a `__getattr__`/`__getattribute__`
/// other than object's.
#[inline]
pub fn hooks_getattr(ty: &ObjRef) -> bool {
    flags(ty) & tflags::HAS_GETATTR != 0 || LATE_HOOKS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether attribute writes on instances of `ty` may meet a `__setattr__` other than object's.
#[inline]
pub fn hooks_setattr(ty: &ObjRef) -> bool {
    flags(ty) & tflags::HAS_SETATTR != 0 || LATE_HOOKS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Store into a type's namespace, keeping the flags that depend on it current.
pub fn set_attr_raw(ty: &ObjRef, key: Value, value: Value) {
    if let Some(td) = type_data(ty) {
        let name = as_str_lossy(&key).to_string();
        dict::table_set_str(&mut td.ns.borrow_mut(), key, value);
        super::type_cache::invalidate();
        let hook = match name.as_str() {
            "__del__" => tflags::HAS_DEL,
            "__getattr__" | "__getattribute__" => tflags::HAS_GETATTR,
            "__setattr__" => tflags::HAS_SETATTR,
            _ => 0,
        };
        td.flags.set(td.flags.get() | hook);
        // Subclasses copied their flags when they were made and are not tracked.
        if hook & (tflags::HAS_GETATTR | tflags::HAS_SETATTR) != 0 && td.flags.get() & tflags::HEAPTYPE != 0 {
            LATE_HOOKS.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// Whether dropping this object must first run its class's `__del__`.
pub fn needs_del(obj: &PyObject) -> bool {
    if let Payload::Generator(g) = &obj.payload {
        // A suspended generator is closed (its finally blocks run) when it dies.
        // A coroutine dying unstarted warns that it was never awaited.
        let alive = g.frame.try_borrow().is_ok_and(|f| f.is_some());
        let kind = g.kind;
        return alive
            && (g.started.get()
                || kind == super::generator::Kind::Coroutine
                || (kind == super::generator::Kind::AsyncGen && super::generator::hooks::finalizer(g).is_some()));
    }
    match obj.class_opt() {
        Some(c) => flags(c) & tflags::HAS_DEL != 0,
        None => false,
    }
}

/// Run `__del__` of a dying object; errors are reported, never raised.
pub fn call_del(vm: &mut Vm, obj: ObjRef) {
    if let Payload::Generator(g) = &obj.payload {
        // An async generator first used under asyncio hands itself to the loop's finalizer,
        // which closes it there (its `finally` may await).
        if let Some(fin) = super::generator::hooks::finalizer(g) {
            if let Err(e) = vm.call(&fin, Args::new(vec![Value::Obj(obj.clone())])) {
                crate::vm::traceback::print_unraisable(vm, &e, &fin);
            }
            return;
        }
        if !g.started.get() {
            super::generator::attrs::warn_never_awaited(vm, &obj, g);
            return;
        }
        let saved = std::mem::replace(&mut vm.exc_info, Value::None);
        if let Err(e) = super::generator::close(vm, &obj) {
            let v = Value::Obj(obj.clone());
            crate::vm::traceback::print_unraisable(vm, &e, &v);
        }
        vm.exc_info = saved;
        return;
    }
    let ty = obj.class().clone();
    let Some(del) = lookup(&ty, "__del__") else { return };
    let saved = std::mem::replace(&mut vm.exc_info, Value::None);
    if let Err(e) = vm.call(&del, Args::new(vec![Value::Obj(obj)])) {
        crate::vm::traceback::print_unraisable(vm, &e, &del);
    }
    vm.exc_info = saved;
}

/// C3 linearisation.
pub fn compute_mro(vm: &Vm, cls: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| type_data(b).map(|d| d.mro.borrow().clone()).unwrap_or_default())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.ptr_eq(head))) {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(type_name).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// `type(name, bases, ns)` with metaclass `meta`.
pub fn new_class(vm: &mut Vm, meta: &ObjRef, name: &str, bases: Vec<ObjRef>, ns: &ObjRef) -> PyResult<ObjRef> {
    let bases = if bases.is_empty() { vec![vm.interp.types.object.clone()] } else { bases };
    let mut layout = Layout::Object;
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
    for b in &bases {
        let Some(bd) = type_data(b) else {
            return Err(vm.type_error("bases must be types"));
        };
        if bd.flags.get() & tflags::BASETYPE == 0 {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bd.name.borrow())));
        }
        if bd.layout != Layout::Object {
            if layout != Layout::Object && layout != bd.layout {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = bd.layout;
        }
        flags |= bd.flags.get() & (tflags::HAS_DEL | tflags::HAS_GETATTR | tflags::HAS_SETATTR | tflags::NATIVE_PROTO);
    }
    let entries: Vec<(Value, Value)> = match &ns.payload {
        Payload::Dict(d) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    };
    let mut table = DictTable::new();
    let mut qualname = name.to_string();
    for (k, v) in entries {
        let kname = as_str_lossy(&k).to_string();
        match kname.as_str() {
            "__qualname__" => {
                qualname = as_str_lossy(&v).to_string();
                continue;
            }
            "__classcell__" => continue,
            "__del__" => flags |= tflags::HAS_DEL,
            "__getattr__" | "__getattribute__" => flags |= tflags::HAS_GETATTR,
            "__setattr__" => flags |= tflags::HAS_SETATTR,
            _ => {}
        }
        let v = match (kname.as_str(), v.payload()) {
            ("__new__", Some(Payload::Function(_))) => {
                Value::Obj(ObjRef::new(vm.interp.types.staticmethod.clone(), Payload::StaticMethod(v)))
            }
            ("__init_subclass__" | "__class_getitem__", Some(Payload::Function(_))) => {
                Value::Obj(ObjRef::new(vm.interp.types.classmethod.clone(), Payload::ClassMethod(v)))
            }
            _ => v,
        };
        dict::table_set_str(&mut table, k, v);
    }
    let slots = super::slots::parse(vm, name, &table)?;
    if let Some(s) = &slots {
        if super::slots::no_dict(&bases, s) {
            flags |= tflags::NO_DICT;
        }
    }
    // Added after the slots and the __dict__/__weakref__ descriptors, in CPython's order.
    let need_doc = !table_has(&table, "__doc__");
    let need_hash = table_has(&table, "__eq__") && !table_has(&table, "__hash__");
    let cls = ObjRef::new(
        meta.clone(),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            flags: Cell::new(flags),
            layout,
            ns: RefCell::new(table),
        })),
    );
    let mro = compute_mro(vm, &cls, &bases)?;
    if let Some(td) = type_data(&cls) {
        *td.mro.borrow_mut() = mro;
        super::type_cache::invalidate();
    }
    if let Some(s) = &slots {
        super::slots::install(vm, &cls, s);
    }
    super::class_dict_attrs::install(vm, &cls, &bases, slots.as_ref());
    super::subclasses::register(vm, &cls, &bases);
    // Every class has its own __doc__ (None without a docstring), so instances never
    // see object's.
    if need_doc {
        set_attr_raw(&cls, vm.interp.intern("__doc__"), Value::None);
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if need_hash {
        set_attr_raw(&cls, vm.interp.intern("__hash__"), Value::None);
    }
    // __set_name__ on the attributes, then the parent's __init_subclass__.
    let attrs: Vec<(Value, Value)> = type_data(&cls)
        .map(|d| d.ns.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default();
    for (k, v) in attrs {
        let vty = vm.interp.type_of(&v).clone();
        if let Some(set_name) = lookup(&vty, "__set_name__") {
            vm.call(&set_name, Args::new(vec![v.clone(), Value::Obj(cls.clone()), k]))?;
        }
    }
    if let Some(parent) = type_data(&cls).and_then(|d| d.mro.borrow().get(1).cloned()) {
        if let Some(init_sub) = lookup(&parent, "__init_subclass__") {
            if let Some(Payload::ClassMethod(f)) = init_sub.payload() {
                let f = f.clone();
                vm.call(&f, Args::new(vec![Value::Obj(cls.clone())]))?;
            }
        }
    }
    Ok(cls)
}

/// Calling a type: `__new__` then `__init__`.
pub fn type_call(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    if cls.ptr_eq(&vm.interp.types.type_) && args.args.len() == 1 && args.kwargs.is_empty() {
        return Ok(Value::Obj(vm.interp.type_of(&args.args[0]).clone()));
    }
    // Calling a class is one level of recursion of its own in CPython 3.11 (a tp_call
    // through _PyObject_MakeTpCall), so deep recursion through constructors stops where
    // CPython's does.
    let heap = type_data(cls).is_some_and(|d| d.flags.get() & super::payload::tflags::HEAPTYPE != 0);
    if !heap {
        return construct(vm, cls, args);
    }
    if vm.depth >= vm.interp.recursion_limit.get() {
        return Err(vm.new_error(&vm.interp.exc.recursion_error.clone(), "maximum recursion depth exceeded while calling a Python object"));
    }
    vm.depth += 1;
    let r = construct(vm, cls, args);
    vm.leave_recursive();
    r
}

/// `cls.__new__` then, for an instance of `cls`, `__init__`.
fn construct(vm: &mut Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    vm.check_native_stack()?;
    if flags(cls) & tflags::NO_NEW != 0 {
        return Err(vm.type_error(format!("cannot create '{}' instances", type_name(cls))));
    }
    let new = lookup(cls, "__new__").ok_or_else(|| vm.type_error(format!("cannot create '{}' instances", type_name(cls))))?;
    let new = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.clone(),
        _ => new,
    };
    let obj = match new.payload() {
        // object.__new__ itself: no argument vector to build and no call to dispatch.
        Some(Payload::Builtin(b)) if b.self_.is_none() && std::ptr::fn_addr_eq(b.func, object_new as NativeFn) => {
            object_new_for(vm, cls, args.args.len() + 1, args.kwargs.is_empty())?
        }
        _ => {
            let mut new_args = Vec::with_capacity(args.args.len() + 1);
            new_args.push(Value::Obj(cls.clone()));
            new_args.extend(args.args.iter().cloned());
            vm.call(&new, Args { args: new_args, kwargs: args.kwargs.clone() })?
        }
    };
    let oty = vm.interp.type_of(&obj).clone();
    if !is_subtype(&oty, cls) {
        return Ok(obj);
    }
    if let Some(init) = lookup(&oty, "__init__") {
        let init = match init.payload() {
            Some(Payload::Builtin(b)) if b.name == "__init__" && std::ptr::fn_addr_eq(b.func, object_init as NativeFn) => None,
            _ => Some(init),
        };
        if let Some(init) = init {
            let mut init_args = Vec::with_capacity(args.args.len() + 1);
            init_args.push(obj.clone());
            init_args.extend(args.args);
            let r = vm.call(&init, Args { args: init_args, kwargs: args.kwargs })?;
            if !r.is_none() {
                return Err(vm.type_error(format!("__init__() should return None, not '{}'", vm.type_name(&r))));
            }
        }
    }
    Ok(obj)
}

/// A fresh instance of `cls` carrying the empty payload of its layout.
pub fn new_instance(vm: &Vm, cls: &ObjRef) -> ObjRef {
    let payload = match layout(cls) {
        Layout::List => Payload::List(RefCell::new(Vec::new())),
        Layout::Dict => Payload::Dict(RefCell::new(DictTable::new())),
        Layout::Set => Payload::Set(RefCell::new(super::table::SetTable::new())),
        Layout::Exception => Payload::Exception(Box::new(crate::vm::errors::new_exc_data(vm.interp.empty_tuple.clone()))),
        _ => Payload::Instance,
    };
    let dict = if flags(cls) & tflags::HEAPTYPE != 0 || matches!(payload, Payload::Exception(_)) {
        Some(vm.new_dict_obj())
    } else {
        None
    };
    ObjRef::with_dict(cls.clone(), payload, dict)
}

/// `object.__new__(cls, *args)`.
pub fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.args.first() {
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
        Some(Value::Obj(c)) if type_data(c).is_some() => c.clone(),
        Some(v) => {
            return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(v))))
        }
    };
    // type_call reaches object_new_for directly only when cls's own __new__ is object's,
    // where this check cannot fail; an explicit object.__new__(cls) must make it.
    if let Some(base) = native_new_base(&cls) {
        if lookup_with_owner(&base, "__new__").is_some_and(|(_, o)| !o.ptr_eq(&vm.interp.types.object)) {
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                tp_name(&cls),
                tp_name(&base)
            )));
        }
    }
    object_new_for(vm, &cls, args.args.len(), args.kwargs.is_empty())
}

/// `object.__new__(cls, ...)` given only how many positional arguments it got (cls
/// included) and whether there were keywords: the arguments themselves are ignored.
fn object_new_for(vm: &mut Vm, cls: &ObjRef, nargs: usize, no_kwargs: bool) -> PyResult<Value> {
    if type_data(cls).is_none() {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    if nargs > 1 || !no_kwargs {
        let init_overridden = lookup_with_owner(&cls, "__init__").is_some_and(|(_, owner)| !owner.ptr_eq(&vm.interp.types.object));
        let new_overridden = lookup_with_owner(&cls, "__new__").is_some_and(|(_, owner)| !owner.ptr_eq(&vm.interp.types.object));
        if new_overridden || !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", type_name(&cls))));
        }
    }
    Ok(Value::Obj(new_instance(vm, &cls)))
}

/// CPython's "staticbase": along the first-base chain, the first class whose effective
/// `__new__` is not written in Python; object.__new__ may only build instances whose
/// staticbase uses object's.
fn native_new_base(cls: &ObjRef) -> Option<ObjRef> {
    let mut t = cls.clone();
    for _ in 0..10_000 {
        let py = match lookup(&t, "__new__").as_ref().and_then(|v| v.payload()) {
            Some(Payload::Function(_)) => true,
            Some(Payload::StaticMethod(f)) => matches!(f.payload(), Some(Payload::Function(_))),
            _ => false,
        };
        if !py {
            return Some(t);
        }
        let next = type_data(&t)?.bases.borrow().first().cloned()?;
        t = next;
    }
    None
}

/// `object.__init__(self, *args)`.
pub fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.len() > 1 {
        let ty = vm.interp.type_of(&args.args[0]).clone();
        let init_overridden = lookup_with_owner(&ty, "__init__").is_some_and(|(_, o)| !o.ptr_eq(&vm.interp.types.object));
        let new_overridden = lookup_with_owner(&ty, "__new__").is_some_and(|(_, o)| !o.ptr_eq(&vm.interp.types.object));
        if init_overridden || !new_overridden {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    Ok(Value::None)
}

/// `isinstance(v, cls)` for a single class (no `__instancecheck__`).
pub fn isinstance(vm: &Vm, v: &Value, cls: &ObjRef) -> bool {
    is_subtype(vm.interp.type_of(v), cls)
}

pub fn err_not_type(vm: &Vm, what: &str) -> PyErr {
    vm.type_error(what)
}

fn table_has(t: &DictTable<Value, Value>, name: &str) -> bool {
    dict::table_get_str(t, name).is_some()
}

/// Whether `name` is in the class's own namespace (not its bases').
pub fn has_own(ty: &ObjRef, name: &str) -> bool {
    type_data(ty).is_some_and(|d| table_has(&d.ns.borrow(), name))
}

/// The class's own `__module__` entry; `type`'s namespace holds the `__module__`
/// descriptor instead, which is no module name.
pub fn ns_module(ty: &ObjRef) -> Option<Value> {
    let m = dict::table_get_str(&type_data(ty)?.ns.borrow(), "__module__")?;
    (!matches!(m.payload(), Some(Payload::GetSet(_)))).then_some(m)
}
