//! Attribute access: the MRO, the data / non-data descriptor rules, instance dicts,
//! `__getattr__`, and the special attributes of built-in objects.

use super::{Args, PyResult, Vm};
use crate::objects::dict;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, Payload, tflags};
use crate::objects::str::as_str_lossy;
use crate::objects::types::{self, lookup, type_data};
use crate::objects::value::Value;

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        if let Some(r) = self.plain_getattr(obj, name) {
            return r;
        }
        let sname = as_str_lossy(name);
        match self.getattr_opt(obj, name, &sname)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, &sname)),
        }
    }

    /// The common LOAD_ATTR: an ordinary (non-dunder) name on a plain instance or a module
    /// whose type has no attribute hooks. Same order as `generic_getattr_opt` (data
    /// descriptor, instance dict, class attribute) without its special-attribute checks,
    /// which only concern dunders on these payloads. None: take the generic path (also
    /// for a missing attribute, so errors and `__getattr__` stay in one place).
    #[inline]
    fn plain_getattr(&mut self, obj: &Value, name: &Value) -> Option<PyResult<Value>> {
        let Value::Obj(o) = obj else { return None };
        if !matches!(o.payload, Payload::Instance | Payload::Module(_)) {
            return None;
        }
        let d = o.dict.as_ref()?;
        let Some(Payload::Str(ps)) = name.payload() else { return None };
        let s = ps.as_str()?;
        let ty = o.class();
        if s.starts_with("__") || types::hooks_getattr(ty) {
            return None;
        }
        let attr = lookup(ty, s);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return None;
            }
        }
        if let Some(v) = dict::get_str_value(d, name) {
            return Some(Ok(v));
        }
        let a = attr?;
        let ty = ty.clone();
        Some(self.bind_descriptor(&a, obj, &ty))
    }

    /// The common STORE_ATTR: an ordinary name stored into a plain instance's own dict
    /// (no `__setattr__` hook, no data descriptor of that name on the class, a dict that
    /// Python code never saw, so its keys are the names stored here). Gives the value back
    /// when the generic path must decide.
    #[inline]
    fn plain_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> Result<(), Value> {
        let Value::Obj(o) = obj else { return Err(value) };
        let (Payload::Instance, Some(d)) = (&o.payload, &o.dict) else { return Err(value) };
        let Value::Obj(n) = name else { return Err(value) };
        let Payload::Str(ps) = &n.payload else { return Err(value) };
        let Some(s) = ps.as_str() else { return Err(value) };
        let ty = o.class();
        if s.starts_with("__")
            || !n.class().ptr_eq(&self.interp.types.str)
            || d.flags.get() & crate::objects::heap::FLAG_DICT_EXPOSED != 0
            || types::hooks_setattr(ty)
            || types::flags(ty) & tflags::NO_DICT != 0
        {
            return Err(value);
        }
        if let Some(a) = lookup(ty, s) {
            if self.is_data_descriptor(&a) {
                return Err(value);
            }
        }
        let Payload::Dict(t) = &d.payload else { return Err(value) };
        let Ok(mut t) = t.try_borrow_mut() else { return Err(value) };
        let old = dict::table_replace_str(&mut t, name.clone(), value);
        drop(t);
        // The old value may run `__del__`: only after the borrow ended.
        drop(old);
        Ok(())
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = self.interp.intern(name);
        self.getattr(obj, &key)
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        let e = self.no_attribute_error(obj, name);
        super::suggest::with_name(self, e, name, Some(obj))
    }

    fn no_attribute_error(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        match obj.payload() {
            Some(Payload::Module(_)) => crate::vm::import::module_no_attribute(self, obj, name),
            Some(Payload::Type(td)) => {
                self.attribute_error(format!("type object '{}' has no attribute '{}'", td.name.borrow(), name))
            }
            _ => self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name)),
        }
    }

    /// The attribute or None when missing (other errors propagate).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Value, sname: &str) -> PyResult<Option<Value>> {
        if let Some(Payload::Type(_)) = obj.payload() {
            if let Value::Obj(cls) = obj {
                return self.type_getattr(&cls.clone(), name, sname);
            }
        }
        if let Some(Payload::Super { ty, obj: inner }) = obj.payload() {
            let (ty, inner) = (ty.clone(), inner.clone());
            if let Some(v) = crate::modules::builtins::super_getattr(self, &ty, &inner, sname)? {
                return Ok(Some(v));
            }
        }
        let ty = self.interp.type_of(obj).clone();
        // HAS_GETATTR also marks classes defining __getattribute__, keeping this check
        // off the common path.
        if types::hooks_getattr(&ty) {
            if let Some((ga, owner)) = types::lookup_with_owner(&ty, "__getattribute__") {
                if !owner.ptr_eq(&self.interp.types.object) {
                    return self.custom_getattribute(&ga, obj, name, &ty).map(Some);
                }
            }
        }
        let found = self.generic_getattr_opt(obj, name, sname, true)?;
        if found.is_none() {
            if let Some(Payload::Module(_)) = obj.payload() {
                return self.module_getattr_hook(obj, name);
            }
        }
        Ok(found)
    }

    /// PEP 562: a missing module attribute is asked of the module's own `__getattr__`.
    #[cold]
    fn module_getattr_hook(&mut self, module: &Value, name: &Value) -> PyResult<Option<Value>> {
        let hook = module.as_obj().and_then(|m| m.dict.as_ref()).and_then(|d| dict::get_str(d, "__getattr__"));
        let Some(hook) = hook else { return Ok(None) };
        match self.call(&hook, Args::new(vec![name.clone()])) {
            Ok(v) => Ok(Some(v)),
            Err(e) => Err(e),
        }
    }

    /// A class's own `__getattribute__`, falling back to `__getattr__` on AttributeError.
    fn custom_getattribute(&mut self, ga: &Value, obj: &Value, name: &Value, ty: &ObjRef) -> PyResult<Value> {
        match self.call(ga, Args::new(vec![obj.clone(), name.clone()])) {
            Err(e) if self.err_matches(&e, &self.interp.exc.attribute_error.clone()) => match lookup(ty, "__getattr__") {
                Some(g) => self.call(&g, Args::new(vec![obj.clone(), name.clone()])),
                None => Err(e),
            },
            r => r,
        }
    }

    /// object.__getattribute__ (plus `__getattr__` when `with_getattr`): descriptors,
    /// the instance dict, then class attributes.
    pub fn generic_getattr_opt(&mut self, obj: &Value, name: &Value, sname: &str, with_getattr: bool) -> PyResult<Option<Value>> {
        let ty = self.interp.type_of(obj).clone();
        let attr = lookup(&ty, sname);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, obj, &ty).map(Some);
            }
        }
        // A plain instance has no special attributes but dunders (`__class__`, `__dict__`).
        let plain = matches!(obj.payload(), Some(Payload::Instance)) && !sname.starts_with("__");
        if !plain {
            if let Some(v) = self.special_getattr(obj, sname)? {
                return Ok(Some(v));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = &o.dict {
                if let Some(v) = dict::get_str_value(d, name) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(a) = attr {
            return self.bind_descriptor(&a, obj, &ty).map(Some);
        }
        if with_getattr && types::hooks_getattr(&ty) {
            if let Some(ga) = lookup(&ty, "__getattr__") {
                match self.call(&ga, Args::new(vec![obj.clone(), name.clone()])) {
                    Ok(v) => return Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.interp.exc.attribute_error.clone()) => return Err(e),
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(None)
    }

    fn type_getattr(&mut self, cls: &ObjRef, name: &Value, sname: &str) -> PyResult<Option<Value>> {
        let meta = cls.class().clone();
        let meta_attr = lookup(&meta, sname);
        if let Some(a) = &meta_attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, &Value::Obj(cls.clone()), &meta).map(Some);
            }
        }
        if let Some(v) = self.type_special(cls, sname) {
            return Ok(Some(v));
        }
        if let Some(a) = lookup(cls, sname) {
            let v = match a.payload() {
                Some(Payload::ClassMethod(f)) => self.new_bound_method(f.clone(), Value::Obj(cls.clone())),
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::Builtin(b)) if b.is_classmethod => self.bind_builtin(b, Value::Obj(cls.clone())),
                Some(Payload::Function(_)) | Some(Payload::Builtin(_)) | Some(Payload::Property { .. }) => a,
                _ => {
                    let aty = self.interp.type_of(&a).clone();
                    if types::flags(&aty) & tflags::HEAPTYPE != 0 {
                        if let Some(get) = lookup(&aty, "__get__") {
                            return self.call(&get, Args::new(vec![a, Value::None, Value::Obj(cls.clone())])).map(Some);
                        }
                    }
                    a
                }
            };
            return Ok(Some(v));
        }
        if let Some(a) = meta_attr {
            return self.bind_descriptor(&a, &Value::Obj(cls.clone()), &meta).map(Some);
        }
        if types::hooks_getattr(&meta) {
            if let Some(ga) = lookup(&meta, "__getattr__") {
                return self.call(&ga, Args::new(vec![Value::Obj(cls.clone()), name.clone()])).map(Some);
            }
        }
        Ok(None)
    }

    pub(crate) fn type_special(&mut self, cls: &ObjRef, name: &str) -> Option<Value> {
        let td = type_data(cls)?;
        Some(match name {
            "__name__" => self.new_str(&td.name.borrow()),
            "__qualname__" => self.new_str(&td.qualname.borrow()),
            "__mro__" => self.new_tuple(td.mro.borrow().iter().map(|t| Value::Obj(t.clone())).collect()),
            "__bases__" => self.new_tuple(td.bases.borrow().iter().map(|t| Value::Obj(t.clone())).collect()),
            "__base__" => td.bases.borrow().first().map(|b| Value::Obj(b.clone())).unwrap_or(Value::None),
            "__class__" => Value::Obj(cls.class().clone()),
            "__dict__" => {
                let d = self.new_dict_obj();
                if let Payload::Dict(t) = &d.payload {
                    *t.borrow_mut() = td.ns.borrow().clone();
                }
                Value::Obj(d)
            }
            "__module__" => {
                // `type`'s own namespace holds the `__module__` descriptor, not a name.
                let m = dict::table_get_str(&td.ns.borrow(), "__module__").filter(|m| !matches!(m.payload(), Some(Payload::GetSet(_))));
                return m.or_else(|| Some(self.new_str("builtins")));
            }
            "__doc__" => return dict::table_get_str(&td.ns.borrow(), "__doc__").or(Some(Value::None)),
            _ => return None,
        })
    }

    pub fn is_data_descriptor(&self, a: &Value) -> bool {
        match a.payload() {
            Some(Payload::Property { .. }) | Some(Payload::GetSet(_)) => true,
            Some(Payload::Function(_)) | Some(Payload::Builtin(_)) | Some(Payload::Str(_)) => false,
            Some(_) => {
                let aty = self.interp.type_of(a);
                types::flags(aty) & tflags::HEAPTYPE != 0 && (lookup(aty, "__set__").is_some() || lookup(aty, "__delete__").is_some())
            }
            None => false,
        }
    }

    fn descr_get(&mut self, a: &Value, obj: &Value, ty: &ObjRef) -> PyResult<Value> {
        if let Some(Payload::Property { fget, .. }) = a.payload() {
            if fget.is_none() {
                return Err(self.attribute_error("unreadable attribute"));
            }
            let fget = fget.clone();
            return self.call(&fget, Args::new(vec![obj.clone()]));
        }
        if let Some(Payload::GetSet(d)) = a.payload() {
            return crate::objects::getset::get(self, d, obj);
        }
        let aty = self.interp.type_of(a).clone();
        match lookup(&aty, "__get__") {
            Some(get) => self.call(&get, Args::new(vec![a.clone(), obj.clone(), Value::Obj(ty.clone())])),
            None => Ok(a.clone()),
        }
    }

    /// Bind a class attribute found on `ty` to the instance `obj`.
    pub fn bind_descriptor(&mut self, a: &Value, obj: &Value, ty: &ObjRef) -> PyResult<Value> {
        Ok(match a.payload() {
            Some(Payload::Function(_)) => self.new_bound_method(a.clone(), obj.clone()),
            Some(Payload::Builtin(b)) if b.is_method => self.bind_builtin(b, obj.clone()),
            Some(Payload::Builtin(b)) if b.is_classmethod => self.bind_builtin(b, Value::Obj(ty.clone())),
            Some(Payload::ClassMethod(f)) => self.new_bound_method(f.clone(), Value::Obj(ty.clone())),
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::Property { .. }) => return self.descr_get(a, obj, ty),
            Some(Payload::Builtin(_)) | Some(Payload::Str(_)) | Some(Payload::Type(_)) | None => a.clone(),
            Some(_) => {
                let aty = self.interp.type_of(a).clone();
                if types::flags(&aty) & tflags::HEAPTYPE != 0 {
                    if let Some(get) = lookup(&aty, "__get__") {
                        return self.call(&get, Args::new(vec![a.clone(), obj.clone(), Value::Obj(ty.clone())]));
                    }
                }
                a.clone()
            }
        })
    }

    pub fn new_bound_method(&self, func: Value, self_: Value) -> Value {
        Value::Obj(ObjRef::new(self.interp.types.method.clone(), Payload::BoundMethod { func, self_ }))
    }

    pub fn bind_builtin(&self, b: &Builtin, self_: Value) -> Value {
        let class = if b.is_method && b.name.starts_with("__") && crate::objects::descr_repr::is_slot_dunder(b.name) {
            &self.interp.types.method_wrapper
        } else {
            &self.interp.types.builtin_function
        };
        Value::Obj(ObjRef::new(
            class.clone(),
            Payload::Builtin(Builtin { name: b.name, func: b.func, self_: Some(self_), is_method: false, is_classmethod: false }),
        ))
    }

    /// LOAD_METHOD: the unbound method when `obj.name` is a plain method on its type.
    pub fn lookup_method(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        if matches!(obj.payload(), Some(Payload::Type(_)) | Some(Payload::Module(_)) | Some(Payload::Super { .. })) {
            return Ok(None);
        }
        let sname = as_str_lossy(name);
        let ty = self.interp.type_of(obj);
        if types::hooks_getattr(ty) && lookup(ty, "__getattribute__").is_some_and(|g| !matches!(g.payload(), Some(Payload::Builtin(_)))) {
            return Ok(None);
        }
        let Some(a) = lookup(ty, &sname) else { return Ok(None) };
        let plain = match a.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => b.is_method,
            _ => false,
        };
        if !plain {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = &o.dict {
                if dict::get_str_value(d, name).is_some() {
                    return Ok(None);
                }
            }
        }
        Ok(Some(a))
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let value = match self.plain_setattr(obj, name, value) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        };
        let sname = as_str_lossy(name);
        let ty = self.interp.type_of(obj).clone();
        if let Some(sa) = types::hooks_setattr(&ty).then(|| lookup(&ty, "__setattr__")).flatten() {
            match (sa.payload(), obj.payload()) {
                (Some(Payload::Function(_)), _) | (Some(Payload::Builtin(_)), Some(Payload::WeakRef(_))) => {
                    self.call(&sa, Args::new(vec![obj.clone(), name.clone(), value]))?;
                    return Ok(());
                }
                _ => {}
            }
        }
        self.generic_setattr(obj, name, &sname, Some(value))
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let sname = as_str_lossy(name);
        let ty = self.interp.type_of(obj).clone();
        if let Some(da) = lookup(&ty, "__delattr__") {
            match (da.payload(), obj.payload()) {
                (Some(Payload::Function(_)), _) | (Some(Payload::Builtin(_)), Some(Payload::WeakRef(_))) => {
                    self.call(&da, Args::new(vec![obj.clone(), name.clone()]))?;
                    return Ok(());
                }
                _ => {}
            }
        }
        self.generic_setattr(obj, name, &sname, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value None = delete).
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, sname: &str, value: Option<Value>) -> PyResult<()> {
        if let Some(Payload::Type(td)) = obj.payload() {
            if types::flags(obj.as_obj().map(|o| o.class()).unwrap_or(&self.interp.types.type_)) & 0 == 0
                && td.flags.get() & tflags::HEAPTYPE == 0
            {
                return Err(self.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    sname,
                    td.name.borrow()
                )));
            }
            let Value::Obj(cls) = obj else { return Ok(()) };
            if matches!(sname, "__name__" | "__qualname__") {
                return self.set_type_name(cls, sname, value);
            }
            if sname == "__bases__" {
                return crate::objects::subclasses::set_bases(self, cls, value);
            }
            match value {
                Some(v) => types::set_attr_raw(cls, name.clone(), v),
                None => {
                    let removed = dict::table_del_str(&mut td.ns.borrow_mut(), sname);
                    crate::objects::type_cache::invalidate();
                    if !removed {
                        return Err(self.no_attribute(obj, sname));
                    }
                }
            }
            return Ok(());
        }
        let ty = self.interp.type_of(obj).clone();
        if let Some(a) = lookup(&ty, sname) {
            if let Some(Payload::Property { fset, fdel, .. }) = a.payload() {
                let f = if value.is_some() { fset } else { fdel };
                if f.is_none() {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no {}",
                        sname,
                        types::type_name(&ty),
                        what
                    )));
                }
                let f = f.clone();
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(&f, Args::new(args))?;
                return Ok(());
            }
            if let Some(Payload::GetSet(d)) = a.payload() {
                return crate::objects::getset::set(self, d, obj, value);
            }
            if self.is_data_descriptor(&a) {
                let aty = self.interp.type_of(&a).clone();
                let (m, args) = match value.clone() {
                    Some(v) => ("__set__", vec![a.clone(), obj.clone(), v]),
                    None => ("__delete__", vec![a.clone(), obj.clone()]),
                };
                if let Some(f) = lookup(&aty, m) {
                    self.call(&f, Args::new(args))?;
                    return Ok(());
                }
            }
        }
        if self.special_setattr(obj, sname, &value)? {
            return Ok(());
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = &o.dict {
                if types::flags(&ty) & tflags::NO_DICT != 0 {
                    if value.is_some() && lookup(&ty, sname).is_some() {
                        return Err(self.attribute_error(format!(
                            "'{}' object attribute '{}' is read-only",
                            types::type_name(&ty),
                            sname
                        )));
                    }
                    return Err(self.no_attribute(obj, sname));
                }
                let d = d.clone();
                match value {
                    Some(v) => dict::set_item(self, &d, name.clone(), v)?,
                    None => {
                        if dict::del_item_opt(self, &d, name)?.is_none() {
                            return Err(self.no_attribute(obj, sname));
                        }
                    }
                }
                return Ok(());
            }
        }
        if lookup(&ty, sname).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                types::type_name(&ty),
                sname
            )));
        }
        Err(self.no_attribute(obj, sname))
    }

    /// `C.__name__ = s` / `C.__qualname__ = s` on a class.
    fn set_type_name(&mut self, cls: &ObjRef, sname: &str, value: Option<Value>) -> PyResult<()> {
        let Some(td) = type_data(cls) else { return Ok(()) };
        let Some(v) = value else {
            return Err(self.type_error(format!("cannot delete '{}' attribute of immutable type '{}'", sname, td.name.borrow())));
        };
        let Some(s) = crate::objects::str::as_str(&v).map(str::to_owned) else {
            return Err(self.type_error(format!(
                "can only assign string to {}.{}, not '{}'",
                td.name.borrow(),
                sname,
                self.type_name(&v)
            )));
        };
        if sname == "__name__" {
            if s.contains('\0') {
                return Err(self.value_error("type name must not contain null characters"));
            }
            *td.name.borrow_mut() = s;
        } else {
            *td.qualname.borrow_mut() = s;
        }
        Ok(())
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        let key = self.interp.intern(name);
        match self.getattr_opt(obj, &key, name) {
            Ok(v) => Ok(v.is_some()),
            Err(e) if self.err_matches(&e, &self.interp.exc.attribute_error.clone()) => Ok(false),
            Err(e) => Err(e),
        }
    }
}
