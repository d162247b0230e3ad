//! The object protocols the eval loop and builtins share: repr/str, hash, truth, len,
//! iteration, subscripting, membership. Exact built-in types take a direct path; instances
//! of user classes go through their dunder methods.

use super::{Args, PyResult, Vm};
use crate::objects::heap::ObjRef;
use crate::objects::payload::{IterState, Payload, tflags};
use crate::objects::str::as_str_lossy;
use crate::objects::num;
use crate::objects::types::{self, lookup};
use crate::objects::value::Value;

/// The dunder `name` of a `NATIVE_PROTO` type (not object's own): what the protocol
/// fallbacks call for payloads they do not know (memoryview, io objects...).
pub fn native_dunder(v: &Value, name: &str) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    if types::flags(o.class()) & tflags::NATIVE_PROTO == 0 {
        return None;
    }
    let (f, owner) = types::lookup_with_owner(o.class(), name)?;
    let interp = crate::vm::gil::interp();
    if owner.ptr_eq(&interp.types.object) { None } else { Some(f) }
}

/// True when `v`'s class (or a base) was defined in Python, so dunders must be consulted.
pub fn is_heap(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => types::flags(o.class()) & tflags::HEAPTYPE != 0,
        _ => {
            let _ = vm;
            false
        }
    }
}

/// A staticmethod or classmethod standing in a class's dunder slot.
fn is_wrapped_method(f: &Value) -> bool {
    matches!(f.payload(), Some(Payload::StaticMethod(_) | Payload::ClassMethod(_)))
}

/// Whether a heap type's `__repr__`/`__str__` entry must be called rather than
/// answered by the built-in formatting: a Python function, or another type slot's
/// method put there (`Foo.__repr__ = Foo.__str__`, which CPython recurses through).
fn calls_slot(f: &Value, slot: &str) -> bool {
    match f.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.is_method && b.name != slot,
        _ => false,
    }
}

impl Vm {
    /// Call a dunder found on `obj`'s type with `obj` as the receiver; a staticmethod or
    /// classmethod there is bound first, as CPython's slot wrappers do.
    pub fn call_slot(&mut self, f: &Value, obj: &Value, rest: Vec<Value>) -> PyResult<Value> {
        if is_wrapped_method(f) {
            let ty = self.interp.type_of(obj).clone();
            let bound = self.bind_descriptor(f, obj, &ty)?;
            return self.call(&bound, Args::new(rest));
        }
        let mut args = Vec::with_capacity(rest.len() + 1);
        args.push(obj.clone());
        args.extend(rest);
        self.call(f, Args::new(args))
    }

    /// repr(v) as a value: a user `__repr__`'s own result (str subclasses and lone
    /// surrogates kept), else the built-in repr.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.user_repr(v)? {
            return Ok(r);
        }
        let s = crate::objects::repr::builtin_repr(self, v)?;
        Ok(self.new_str(&s))
    }

    fn user_repr(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if is_heap(self, v) {
            let ty = self.interp.type_of(v).clone();
            if let Some(f) = lookup(&ty, "__repr__") {
                if calls_slot(&f, "__repr__") {
                    self.check_native_stack()?;
                    // A builtin slot method recurses through a call, as CPython's wrapper does.
                    let what = if matches!(f.payload(), Some(Payload::Function(_))) {
                        " while getting the repr of an object"
                    } else {
                        " while calling a Python object"
                    };
                    self.enter_recursive(what)?;
                    let r = self.call(&f, Args::new(vec![v.clone()]));
                    self.leave_recursive();
                    let r = r?;
                    return match r.payload() {
                        Some(Payload::Str(_)) => Ok(Some(r)),
                        _ => Err(self.type_error(format!("__repr__ returned non-string (type {})", self.type_name(&r)))),
                    };
                }
            }
        }
        Ok(None)
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.user_repr(v)? {
            return Ok(crate::objects::str::as_str_lossy(&r).into_owned());
        }
        crate::objects::repr::builtin_repr(self, v)
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Payload::Str(_)) = v.payload() {
            if !is_heap(self, v) {
                return Ok(v.clone());
            }
        }
        let s = self.str_string(v)?;
        Ok(self.new_str(&s))
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        if is_heap(self, v) {
            let ty = self.interp.type_of(v).clone();
            if let Some(f) = lookup(&ty, "__str__") {
                if calls_slot(&f, "__str__") {
                    self.check_native_stack()?;
                    // A builtin slot method recurses through a call, as CPython's wrapper does.
                    let what = if matches!(f.payload(), Some(Payload::Function(_))) {
                        " while getting the str of an object"
                    } else {
                        " while calling a Python object"
                    };
                    self.enter_recursive(what)?;
                    let r = self.call(&f, Args::new(vec![v.clone()]));
                    self.leave_recursive();
                    let r = r?;
                    return match r.payload() {
                        Some(Payload::Str(s)) => Ok(s.to_lossy().into_owned()),
                        _ => Err(self.type_error(format!("__str__ returned non-string (type {})", self.type_name(&r)))),
                    };
                }
            }
        }
        match v.payload() {
            Some(Payload::Str(s)) => Ok(s.to_lossy().into_owned()),
            Some(Payload::Exception(_)) => crate::objects::exceptions::exc_str(self, v),
            _ => self.repr_string(v),
        }
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(NONE_HASH),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(i) => Ok(num::hash_int(&num::Int::Small(*i))),
            Value::Float(f) => Ok(num::hash_float(*f)),
            Value::Obj(o) => {
                if is_heap(self, v) {
                    let ty = o.class().clone();
                    match lookup(&ty, "__hash__") {
                        Some(Value::None) => return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                        Some(f @ Value::Obj(_)) if matches!(f.payload(), Some(Payload::Function(_))) => {
                            let r = self.call(&f, Args::new(vec![v.clone()]))?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b as i64),
                                _ => match crate::objects::int::as_int(&r) {
                                    Some(i) => Ok(num::hash_int(&i)),
                                    None => Err(self.type_error("__hash__ method should return an integer")),
                                },
                            };
                        }
                        _ => {}
                    }
                }
                match &o.payload {
                    Payload::Str(s) => Ok(s.hash()),
                    Payload::Int(i) => Ok(num::hash_int(i)),
                    Payload::Float(f) => Ok(num::hash_float(*f)),
                    Payload::Bytes(b) => Ok(num::hash_bytes(b)),
                    Payload::Tuple(items) => {
                        self.check_native_stack()?;
                        let mut hs = Vec::with_capacity(items.len());
                        for it in items.iter() {
                            hs.push(self.hash(it)?);
                        }
                        Ok(num::hash_tuple(hs.into_iter(), items.len()))
                    }
                    Payload::FrozenSet(t) => Ok(num::hash_frozenset(t.iter_hashed().map(|(h, _)| h), t.len())),
                    Payload::Complex(re, im) => Ok(num::hash_complex(*re, *im)),
                    Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) | Payload::Slice(..) => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    // keys and items views compare as sets, so they are unhashable; values hash by id.
                    Payload::DictView { kind, .. } if *kind != 1 => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    // CPython hashes the receiver by identity: methods of unhashable objects hash.
                    Payload::BoundMethod { func, self_ } => {
                        let (f, s) = (func.clone(), self_.clone());
                        let hs = match &s {
                            Value::Obj(so) => (so.id() >> 4) as i64,
                            _ => self.hash(&s)?,
                        };
                        Ok(self.hash(&f)? ^ hs)
                    }
                    Payload::Builtin(b) if b.self_.is_some() => {
                        let hs = match &b.self_ {
                            Some(Value::Obj(so)) => (so.id() >> 4) as i64,
                            Some(s) => self.hash(&s.clone())?,
                            None => 0,
                        };
                        Ok(hs ^ crate::objects::num::hash_bytes(b.name.as_bytes()))
                    }
                    Payload::WeakRef(_) => crate::modules::weakref::hash(self, v),
                    _ => {
                        if let Some(f) = native_dunder(v, "__hash__") {
                            if f.is_none() {
                                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
                            }
                            let r = self.call(&f, Args::new(vec![v.clone()]))?;
                            return Ok(match r {
                                Value::Int(i) => i,
                                _ => crate::objects::int::as_int(&r).map_or(0, |i| num::hash_int(&i)),
                            });
                        }
                        Ok(((o.id() >> 4) | (o.id() << 60)) as i64)
                    }
                }
            }
        }
    }

    /// `a == b` as a bool, identity first (the rule containers use).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Obj(x), Value::Obj(y)) => {
                if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
                    if !is_heap(self, a) && !is_heap(self, b) {
                        return Ok(s.len() == t.len() && s.raw_bytes() == t.raw_bytes());
                    }
                }
            }
            _ => {}
        }
        let r = self.compare(a, b, crate::bytecode::opcode::CompareArg::Eq)?;
        self.truthy(&r)
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                if is_heap(self, v) {
                    let ty = o.class().clone();
                    if let Some(f) = lookup(&ty, "__bool__") {
                        if matches!(f.payload(), Some(Payload::Function(_))) {
                            let r = self.call(&f, Args::new(vec![v.clone()]))?;
                            return match r {
                                Value::Bool(b) => Ok(b),
                                _ => Err(self.type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r)))),
                            };
                        }
                    }
                    if let Some(f) = lookup(&ty, "__len__") {
                        if matches!(f.payload(), Some(Payload::Function(_))) {
                            return Ok(self.len(v)? != 0);
                        }
                    }
                }
                Ok(match &o.payload {
                    Payload::Str(s) => !s.is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(b) => !b.borrow().is_empty(),
                    Payload::Int(i) => !matches!(i, num::Int::Small(0)),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(a, b) => *a != 0.0 || *b != 0.0,
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    Payload::Set(s) => !s.borrow().is_empty(),
                    Payload::FrozenSet(s) => !s.is_empty(),
                    Payload::Range { .. } => crate::objects::range::range_len(v) != 0,
                    Payload::DictView { dict, .. } => match &dict.payload {
                        Payload::Dict(d) => !d.borrow().is_empty(),
                        _ => false,
                    },
                    _ => match native_dunder(v, "__len__") {
                        Some(_) => self.len(v)? != 0,
                        None => true,
                    },
                })
            }
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if is_heap(self, v) {
            let ty = self.interp.type_of(v).clone();
            if let Some(f) = lookup(&ty, "__len__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    return match r {
                        Value::Int(i) if i >= 0 => Ok(i as usize),
                        Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
                        Value::Bool(b) => Ok(b as usize),
                        _ => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(&r)))),
                    };
                }
            }
        }
        let n = match v.payload() {
            Some(Payload::Str(s)) => s.len(),
            Some(Payload::Bytes(b)) => b.len(),
            Some(Payload::ByteArray(b)) => b.borrow().len(),
            Some(Payload::Tuple(t)) => t.len(),
            Some(Payload::List(l)) => l.borrow().len(),
            Some(Payload::Dict(d)) => d.borrow().len(),
            Some(Payload::Set(s)) => s.borrow().len(),
            Some(Payload::FrozenSet(s)) => s.len(),
            Some(Payload::Range { .. }) => crate::objects::range::range_len(v),
            Some(Payload::DictView { dict, .. }) => match &dict.payload {
                Payload::Dict(d) => d.borrow().len(),
                _ => 0,
            },
            _ => {
                if let Some(f) = native_dunder(v, "__len__") {
                    let r = self.call(&f, Args::new(vec![v.clone()]))?;
                    return Ok(match r {
                        Value::Int(i) if i >= 0 => i as usize,
                        _ => 0,
                    });
                }
                return Err(self.type_error(format!("object of type '{}' has no len()", self.type_name(v))));
            }
        };
        Ok(n)
    }

    pub fn has_iter(&self, v: &Value) -> bool {
        let ty = self.interp.type_of(v);
        lookup(ty, "__iter__").is_some() || lookup(ty, "__getitem__").is_some()
    }

    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if is_heap(self, v) {
            let ty = self.interp.type_of(v).clone();
            if let Some(f) = lookup(&ty, "__iter__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let it = self.call(&f, Args::new(vec![v.clone()]))?;
                    let ity = self.interp.type_of(&it).clone();
                    if lookup(&ity, "__next__").is_none() {
                        return Err(self.type_error(format!("iter() returned non-iterator of type '{}'", self.type_name(&it))));
                    }
                    return Ok(it);
                }
                if f.is_none() {
                    return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
                }
            } else if lookup(&ty, "__getitem__").is_some() {
                return Ok(self.new_iter(&self.interp.types.seq_iterator.clone(), IterState::GetItem { obj: v.clone(), index: 0 }));
            }
        }
        self.iter_builtin(v)
    }

    pub fn iter_builtin(&mut self, v: &Value) -> PyResult<Value> {
        let types = &self.interp.types;
        let (cls, st) = match v.payload() {
            Some(Payload::List(_)) => (types.list_iterator.clone(), IterState::Seq { seq: v.clone(), index: 0 }),
            Some(Payload::Tuple(_)) => (types.tuple_iterator.clone(), IterState::Seq { seq: v.clone(), index: 0 }),
            Some(Payload::Str(_)) => (types.str_iterator.clone(), IterState::Seq { seq: v.clone(), index: 0 }),
            Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
                (types.bytes_iterator.clone(), IterState::Seq { seq: v.clone(), index: 0 })
            }
            Some(Payload::Range { start, stop, step }) => {
                (types.range_iterator.clone(), IterState::Range { next: *start, stop: *stop, step: *step })
            }
            Some(Payload::Dict(d)) => {
                let len = d.borrow().len();
                let Value::Obj(o) = v else { return Err(self.type_error("bad dict")) };
                (types.dict_keyiterator.clone(), IterState::Table { obj: o.clone(), pos: 0, kind: 0, len })
            }
            Some(Payload::DictView { dict, kind }) => {
                let len = match &dict.payload {
                    Payload::Dict(d) => d.borrow().len(),
                    _ => 0,
                };
                let cls = match kind {
                    0 => types.dict_keyiterator.clone(),
                    1 => types.dict_valueiterator.clone(),
                    _ => types.dict_itemiterator.clone(),
                };
                (cls, IterState::Table { obj: dict.clone(), pos: 0, kind: *kind, len })
            }
            Some(Payload::Set(s)) => {
                let len = s.borrow().len();
                let Value::Obj(o) = v else { return Err(self.type_error("bad set")) };
                (types.set_iterator.clone(), IterState::Table { obj: o.clone(), pos: 0, kind: 0, len })
            }
            Some(Payload::FrozenSet(s)) => {
                let len = s.len();
                let Value::Obj(o) = v else { return Err(self.type_error("bad set")) };
                (types.set_iterator.clone(), IterState::Table { obj: o.clone(), pos: 0, kind: 0, len })
            }
            Some(Payload::Iter(_)) => return Ok(v.clone()),
            Some(Payload::Generator(g)) if g.kind == crate::objects::generator::Kind::Gen => return Ok(v.clone()),
            _ => {
                let ty = self.interp.type_of(v).clone();
                if let Some(f) = lookup(&ty, "__iter__") {
                    return self.call(&f, Args::new(vec![v.clone()]));
                }
                return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
        };
        Ok(self.new_iter(&cls, st))
    }

    pub fn new_iter(&self, cls: &ObjRef, st: IterState) -> Value {
        Value::Obj(ObjRef::new(cls.clone(), Payload::Iter(std::cell::RefCell::new(st))))
    }

    /// One step of any iterator: Some(item), or None when exhausted (the StopIteration
    /// value, if any, is left in `self.stop_value`).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.payload() {
            Some(Payload::Iter(_)) => {
                let Value::Obj(o) = it else { return Ok(None) };
                let o = o.clone();
                match crate::objects::iter::iter_next(self, &o) {
                    Err(e) if self.err_matches(&e, &self.interp.exc.stop_iteration.clone()) => {
                        self.stop_value = crate::objects::exceptions::stop_value(&e);
                        Ok(None)
                    }
                    r => r,
                }
            }
            Some(Payload::Generator(_)) => {
                let Value::Obj(g) = it else { return Ok(None) };
                let g = g.clone();
                match self.resume_gen(&g, Value::None, None)? {
                    super::eval::Exit::Yield(v) => Ok(Some(v)),
                    super::eval::Exit::Return(v) => {
                        self.stop_value = v;
                        Ok(None)
                    }
                }
            }
            _ => {
                let ty = self.interp.type_of(it).clone();
                let Some(f) = lookup(&ty, "__next__") else {
                    return Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it))));
                };
                match self.call(&f, Args::new(vec![it.clone()])) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.interp.exc.stop_iteration.clone()) => {
                        self.stop_value = crate::objects::exceptions::stop_value(&e);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !is_heap(self, v) {
            match v.payload() {
                Some(Payload::List(l)) => return Ok(l.borrow().clone()),
                Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_fast(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let (Some(Payload::List(l)), Value::Int(i)) = (container.payload(), key) {
            let l = l.borrow();
            let n = l.len() as i64;
            let j = if *i < 0 { *i + n } else { *i };
            if j >= 0 && j < n {
                return Ok(l[j as usize].clone());
            }
        }
        if is_heap(self, container) {
            let ty = self.interp.type_of(container).clone();
            if let Some(f) = lookup(&ty, "__getitem__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    return self.call(&f, Args::new(vec![container.clone(), key.clone()]));
                }
                if is_wrapped_method(&f) {
                    return self.call_slot(&f, container, vec![key.clone()]);
                }
            }
        }
        crate::objects::subscript::builtin_getitem(self, container, key)
    }

    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if is_heap(self, container) {
            let ty = self.interp.type_of(container).clone();
            if let Some(f) = lookup(&ty, "__setitem__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    self.call(&f, Args::new(vec![container.clone(), key, value]))?;
                    return Ok(());
                }
                if is_wrapped_method(&f) {
                    self.call_slot(&f, container, vec![key, value])?;
                    return Ok(());
                }
            }
        }
        crate::objects::subscript::builtin_setitem(self, container, key, value)
    }

    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if is_heap(self, container) {
            let ty = self.interp.type_of(container).clone();
            if let Some(f) = lookup(&ty, "__delitem__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    self.call(&f, Args::new(vec![container.clone(), key.clone()]))?;
                    return Ok(());
                }
                if is_wrapped_method(&f) {
                    self.call_slot(&f, container, vec![key.clone()])?;
                    return Ok(());
                }
            }
        }
        crate::objects::subscript::builtin_delitem(self, container, key)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_heap(self, container) {
            let ty = self.interp.type_of(container).clone();
            if let Some(f) = lookup(&ty, "__contains__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let r = self.call(&f, Args::new(vec![container.clone(), item.clone()]))?;
                    return self.truthy(&r);
                }
            }
        }
        self.contains_builtin(container, item)
    }

    pub fn contains_builtin(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container.payload() {
            Some(Payload::Str(s)) => match item.payload() {
                Some(Payload::Str(t)) => Ok(crate::objects::str::find(s, t, 0, s.len()).is_some()),
                _ => Err(self.type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item)))),
            },
            Some(Payload::Dict(_)) => {
                let Value::Obj(d) = container else { return Ok(false) };
                Ok(crate::objects::dict::get_item_opt(self, &d.clone(), item)?.is_some())
            }
            Some(Payload::DictView { dict, kind: 0 }) => {
                let d = dict.clone();
                Ok(crate::objects::dict::get_item_opt(self, &d, item)?.is_some())
            }
            Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => {
                let Value::Obj(s) = container else { return Ok(false) };
                crate::objects::set::contains(self, &s.clone(), item)
            }
            Some(Payload::Range { .. }) => crate::objects::range::range_contains(self, container, item),
            Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => crate::objects::bytes::contains(self, container, item),
            Some(Payload::List(_)) | Some(Payload::Tuple(_)) => {
                let mut i = 0;
                loop {
                    let x = match container.payload() {
                        Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                        Some(Payload::Tuple(t)) => t.get(i).cloned(),
                        _ => None,
                    };
                    let Some(x) = x else { return Ok(false) };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            _ => {
                let ty = self.interp.type_of(container).clone();
                if lookup(&ty, "__iter__").is_none() && lookup(&ty, "__getitem__").is_none() {
                    return Err(self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container))));
                }
                let it = self.iter(container)?;
                while let Some(x) = self.next_fast(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
        let spec_s = spec.map(|s| as_str_lossy(s).into_owned()).unwrap_or_default();
        if is_heap(self, v) {
            let ty = self.interp.type_of(v).clone();
            if let Some(f) = lookup(&ty, "__format__") {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let s = self.new_str(&spec_s);
                    let r = self.call(&f, Args::new(vec![v.clone(), s]))?;
                    if !matches!(r.payload(), Some(Payload::Str(_))) {
                        return Err(self.type_error(format!("__format__ must return a str, not {}", self.type_name(&r))));
                    }
                    return Ok(r);
                }
            }
        }
        if spec_s.is_empty() {
            return self.to_str(v);
        }
        let s = crate::objects::format::format_value(self, v, &spec_s)?;
        Ok(self.new_str(&s))
    }
}

pub fn builtin_contains(vm: &mut Vm, c: &Value, x: &Value) -> PyResult<bool> {
    vm.contains_builtin(c, x)
}

pub fn builtin_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.iter_builtin(v)
}

/// hash(None): fixed, since CPython's (derived from an address) cannot be matched anyway.
pub const NONE_HASH: i64 = 0x5f1c_8a2e_1b3d;

/// The hash of a compile-time constant (exact built-in immutables only), which must equal what
/// `Vm::hash` gives at run time: a constant frozenset's table is built with these hashes.
pub fn const_hash(v: &Value) -> i64 {
    match v {
        Value::None => NONE_HASH,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => num::hash_int(&num::Int::Small(*i)),
        Value::Float(f) => num::hash_float(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::Int(i) => num::hash_int(i),
            Payload::Float(f) => num::hash_float(*f),
            Payload::Bytes(b) => num::hash_bytes(b),
            Payload::Complex(re, im) => num::hash_complex(*re, *im),
            Payload::Tuple(items) => num::hash_tuple(items.iter().map(const_hash), items.len()),
            Payload::FrozenSet(t) => num::hash_frozenset(t.iter_hashed().map(|(h, _)| h), t.len()),
            _ => ((o.id() >> 4) | (o.id() << 60)) as i64,
        },
    }
}
