//! The run-time half of `match` (MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS)
//! and of `except*` (CHECK_EG_MATCH / PREP_RERAISE_STAR), with CPython 3.11's semantics.

use super::{Args, PyResult, Vm};
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, Payload};
use crate::objects::types::{is_subtype, type_name};
use crate::objects::value::Value;

impl Vm {
    /// An instance of `collections.abc.<name>` (which must already be imported: a class can
    /// only have been registered with it if it was).
    fn registered_abc(&mut self, v: &Value, name: &str) -> PyResult<bool> {
        let Some(abc) = crate::objects::dict::get_str(&self.interp.modules, "collections.abc") else {
            return Ok(false);
        };
        let Some(cls) = self.getattr_opt(&abc, &self.new_str(name), name)? else { return Ok(false) };
        crate::modules::builtins::isinstance_full(self, v, &cls)
    }

    /// CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, deque, memoryview, array and
    /// anything registered as a Sequence — never str, bytes or bytearray.
    pub fn match_sequence(&mut self, v: &Value) -> PyResult<bool> {
        let t = self.interp.type_of(v).clone();
        let ty = &self.interp.types;
        if is_subtype(&t, &ty.str) || is_subtype(&t, &ty.bytes) || is_subtype(&t, &ty.bytearray) || is_subtype(&t, &ty.dict) {
            return Ok(false);
        }
        if is_subtype(&t, &ty.list) || is_subtype(&t, &ty.tuple) || is_subtype(&t, &ty.range) {
            return Ok(true);
        }
        if matches!(v, Value::Obj(_)) && !is_subtype(&t, &ty.int) && !is_subtype(&t, &ty.float) {
            return self.registered_abc(v, "Sequence");
        }
        Ok(false)
    }

    /// CPython's Py_TPFLAGS_MAPPING: dict and anything registered as a Mapping.
    pub fn match_mapping(&mut self, v: &Value) -> PyResult<bool> {
        let t = self.interp.type_of(v).clone();
        if is_subtype(&t, &self.interp.types.dict) {
            return Ok(true);
        }
        let ty = &self.interp.types;
        if !matches!(v, Value::Obj(_)) || is_subtype(&t, &ty.list) || is_subtype(&t, &ty.tuple) || is_subtype(&t, &ty.str) {
            return Ok(false);
        }
        self.registered_abc(v, "Mapping")
    }

    /// The values of `keys` in `subject` (looked up with `get`, so `__missing__` is not
    /// involved), or None when one is absent.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(self.interp.empty_tuple.clone());
        }
        let get = self.getattr_str(subject, "get")?;
        let marker = self.new_object_marker();
        let mut values = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            for earlier in &keys[..i] {
                if self.eq(earlier, k)? {
                    let r = self.repr_string(k)?;
                    return Err(self.value_error(format!("mapping pattern checks duplicate key ({})", r)));
                }
            }
            let v = self.call(&get, Args::new(vec![k.clone(), marker.clone()]))?;
            if v.is(&marker) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    fn new_object_marker(&mut self) -> Value {
        let object = Value::Obj(self.interp.types.object.clone());
        self.call(&object, Args::new(vec![])).unwrap_or(Value::None)
    }

    /// `case cls(p1, p2, k=p3)`: the attributes to match the sub-patterns against, or None
    /// when the subject is not an instance or lacks one of them.
    pub fn match_class(&mut self, subject: &Value, cls: &Value, names: &Value, nargs: usize) -> PyResult<Value> {
        let Value::Obj(ty) = cls else { return Err(self.type_error("called match pattern must be a type")) };
        if !matches!(ty.payload, Payload::Type(_)) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !crate::modules::builtins::isinstance_full(self, subject, cls)? {
            return Ok(Value::None);
        }
        let tname = type_name(ty);
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.getattr_opt(cls, &self.new_str("__match_args__"), "__match_args__")? {
                Some(m) => {
                    if !matches!(self.interp.type_of(&m), t if t.ptr_eq(&self.interp.types.tuple)) {
                        let got = self.type_name(&m);
                        return Err(self.type_error(format!("{}.__match_args__ must be a tuple (got {})", tname, got)));
                    }
                    (m, false)
                }
                None => (self.interp.empty_tuple.clone(), self.matches_self(ty)),
            };
            let listed: Vec<Value> = match match_args.payload() {
                Some(Payload::Tuple(items)) => items.to_vec(),
                _ => Vec::new(),
            };
            let allowed = if match_self { 1 } else { listed.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    tname, allowed, plural, nargs
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &listed[..nargs] {
                    if !self.interp.type_of(name).ptr_eq(&self.interp.types.str) {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!("__match_args__ elements must be strings (got {})", got)));
                    }
                    match self.match_class_attr(subject, &tname, name, &mut seen)? {
                        Some(a) => attrs.push(a),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let kw: Vec<Value> = match names.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        for name in &kw {
            match self.match_class_attr(subject, &tname, name, &mut seen)? {
                Some(a) => attrs.push(a),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// Types whose single positional sub-pattern matches the subject itself (`case int(x)`).
    fn matches_self(&self, ty: &ObjRef) -> bool {
        let t = &self.interp.types;
        [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple]
            .iter()
            .any(|b| is_subtype(ty, b))
    }

    fn match_class_attr(&mut self, subject: &Value, tname: &str, name: &Value, seen: &mut Vec<String>) -> PyResult<Option<Value>> {
        let s = self.str_string(name)?;
        if seen.contains(&s) {
            let r = self.repr_string(name)?;
            return Err(self.type_error(format!("{}() got multiple sub-patterns for attribute {}", tname, r)));
        }
        seen.push(s.clone());
        self.getattr_opt(subject, name, &s)
    }

    fn builtin_type(&self, name: &str) -> Option<ObjRef> {
        let d = self.interp.builtins.dict.as_ref()?;
        match crate::objects::dict::get_str(d, name) {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => Some(o),
            _ => None,
        }
    }

    fn is_exception_group(&self, v: &Value) -> bool {
        match self.builtin_type("BaseExceptionGroup") {
            Some(eg) => is_subtype(self.interp.type_of(v), &eg),
            None => false,
        }
    }

    /// Rejects `except* T` where T is not an exception class, or is an exception group.
    fn check_except_star_type(&mut self, types: &Value) -> PyResult<()> {
        let items: Vec<Value> = match types.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![types.clone()],
        };
        let base = self.interp.exc.base_exception.clone();
        let eg = self.builtin_type("BaseExceptionGroup");
        for t in &items {
            let Value::Obj(o) = t else {
                return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
            };
            if !matches!(o.payload, Payload::Type(_)) || !is_subtype(o, &base) {
                return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
            if eg.as_ref().is_some_and(|eg| is_subtype(o, eg)) {
                return Err(self.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        Ok(())
    }

    /// CHECK_EG_MATCH: `(rest, matched)` of splitting `exc` by `types`; `matched` is None
    /// when nothing matched. A bare exception that matches is wrapped in a group.
    pub fn exception_group_match(&mut self, exc: &Value, types: &Value) -> PyResult<(Value, Value)> {
        self.check_except_star_type(types)?;
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        let matches = {
            let t = self.interp.type_of(exc).clone();
            let items: Vec<Value> = match types.payload() {
                Some(Payload::Tuple(items)) => items.to_vec(),
                _ => vec![types.clone()],
            };
            items.iter().any(|c| matches!(c, Value::Obj(o) if is_subtype(&t, o)))
        };
        if matches {
            if self.is_exception_group(exc) {
                return Ok((Value::None, exc.clone()));
            }
            let Some(eg) = self.builtin_type("ExceptionGroup") else {
                return Err(self.type_error("ExceptionGroup is not available"));
            };
            let excs = self.new_tuple(vec![exc.clone()]);
            let empty = self.new_str("");
            let wrapped = self.call(&Value::Obj(eg), Args::new(vec![empty, excs]))?;
            if let (Some(Payload::Exception(w)), Some(Payload::Exception(e))) = (wrapped.payload(), exc.payload()) {
                *w.traceback.borrow_mut() = e.traceback.borrow().clone();
            }
            return Ok((Value::None, wrapped));
        }
        if self.is_exception_group(exc) {
            let pair = self.call_method(exc, "split", vec![types.clone()])?;
            if let Some(Payload::Tuple(items)) = pair.payload() {
                if items.len() == 2 {
                    return Ok((items[1].clone(), items[0].clone()));
                }
            }
            return Err(self.type_error("split must return a 2-tuple"));
        }
        Ok((exc.clone(), Value::None))
    }

    /// PREP_RERAISE_STAR: what a `try ... except*` re-raises. `raised` holds what each
    /// clause raised plus the unmatched rest; parts that came from `orig` (same traceback,
    /// cause, context and notes) keep its structure, new exceptions are grouped beside them.
    pub fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let excs: Vec<Value> = match raised.payload() {
            Some(Payload::List(l)) => l.borrow().iter().filter(|v| !v.is_none()).cloned().collect(),
            _ => Vec::new(),
        };
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_exception_group(orig) {
            return Ok(excs[0].clone());
        }
        let mut reraised = Vec::new();
        let mut new = Vec::new();
        for e in excs {
            if self.same_exception_metadata(&e, orig)? {
                reraised.push(e);
            } else {
                new.push(e);
            }
        }
        let reraised_eg = if reraised.is_empty() {
            Value::None
        } else {
            self.exception_group_projection(orig, &reraised)?
        };
        if new.is_empty() {
            return Ok(reraised_eg);
        }
        if !reraised_eg.is_none() {
            new.push(reraised_eg);
        }
        let Some(eg) = self.builtin_type("ExceptionGroup") else { return Ok(new.swap_remove(0)) };
        let list = self.new_list(new);
        let empty = self.new_str("");
        self.call(&Value::Obj(eg), Args::new(vec![empty, list]))
    }

    fn same_exception_metadata(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(Payload::Exception(x)), Some(Payload::Exception(y))) = (a.payload(), b.payload()) else {
            return Ok(false);
        };
        if !(x.traceback.borrow().is(&y.traceback.borrow())
            && x.cause.borrow().is(&y.cause.borrow())
            && x.context.borrow().is(&y.context.borrow()))
        {
            return Ok(false);
        }
        let notes = self.new_str("__notes__");
        let na = self.getattr_opt(a, &notes, "__notes__")?;
        let nb = self.getattr_opt(b, &notes, "__notes__")?;
        Ok(match (na, nb) {
            (None, None) => true,
            (Some(p), Some(q)) => p.is(&q),
            _ => false,
        })
    }

    /// The part of `orig` whose leaf exceptions occur among the leaves of `keep`.
    fn exception_group_projection(&mut self, orig: &Value, keep: &[Value]) -> PyResult<Value> {
        let mut leaves = Vec::new();
        for k in keep {
            self.collect_leaves(k, &mut leaves)?;
        }
        let ids: Vec<Value> = leaves;
        let ids_list = self.new_list(ids);
        // split() with a predicate keeps the group's shape; the predicate is a membership test
        // by identity over the leaves.
        let pred = Builtin { name: "leaf_reraised", func: leaf_in, self_: None, is_method: false, is_classmethod: false };
        let pred = self.bind_builtin(&pred, ids_list);
        let pair = self.call_method(orig, "split", vec![pred])?;
        match pair.payload() {
            Some(Payload::Tuple(items)) if !items.is_empty() => Ok(items[0].clone()),
            _ => Ok(Value::None),
        }
    }

    fn collect_leaves(&mut self, e: &Value, out: &mut Vec<Value>) -> PyResult<()> {
        if self.is_exception_group(e) {
            let subs = self.getattr_str(e, "exceptions")?;
            let items: Vec<Value> = match subs.payload() {
                Some(Payload::Tuple(items)) => items.to_vec(),
                _ => Vec::new(),
            };
            for s in &items {
                self.collect_leaves(s, out)?;
            }
        } else {
            out.push(e.clone());
        }
        Ok(())
    }
}

/// The split() predicate of a projection: is this leaf (by identity) one of the bound list's?
fn leaf_in(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (list, e) = (args.at(0), args.at(1));
    if vm.is_exception_group(&e) {
        return Ok(Value::Bool(false));
    }
    let found = match list.payload() {
        Some(Payload::List(l)) => l.borrow().iter().any(|x| x.is(&e)),
        _ => false,
    };
    Ok(Value::Bool(found))
}
