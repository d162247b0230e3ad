//! The evaluation loop: one `match` on the opcode. Python-to-Python calls and generator
//! resumptions push a frame and continue here; they never recurse on the native stack.

use crate::bytecode::opcode::{BinOpArg, CompareArg, Opcode, format_value, make_function};
use crate::objects::heap::{ObjRef, has_pending_finalizers};
use crate::objects::payload::{IterState, Payload};
use crate::objects::value::Value;

use super::frame::{Frame, FrameBox, Resume};
use super::{PyErr, PyResult, Vm};

macro_rules! frame {
    ($vm:ident) => {
        match $vm.frames.last_mut() {
            Some(f) => f,
            None => return Err($vm.runtime_error("no current frame")),
        }
    };
}

macro_rules! pop {
    ($vm:ident) => {
        frame!($vm).pop().flatten().unwrap_or(Value::None)
    };
}

macro_rules! push {
    ($vm:ident, $v:expr) => {{
        let v = $v;
        frame!($vm).push(Some(v))
    }};
}

macro_rules! top {
    ($vm:ident) => {
        frame!($vm).last().cloned().flatten().unwrap_or(Value::None)
    };
}

/// BINARY_OP on two small ints without leaving the loop; None when it needs the slow path
/// (overflow, division by zero, negative shifts, true division).
#[inline]
fn small_int_binop(x: i64, y: i64, arg: u32) -> Option<Value> {
    let op = if arg >= 13 { arg - 13 } else { arg };
    let r = match op {
        0 => x.checked_add(y)?,
        10 => x.checked_sub(y)?,
        5 => x.checked_mul(y)?,
        6 => {
            if y == 0 || y == -1 {
                return None;
            }
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }
        }
        2 => {
            if y == 0 || y == -1 {
                return None;
            }
            let q = x / y;
            if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
        }
        1 => x & y,
        7 => x | y,
        12 => x ^ y,
        9 if (0..64).contains(&y) => x >> y,
        3 if (0..63).contains(&y) && (x.unsigned_abs() >> (62 - y)) == 0 => x << y,
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline]
fn float_binop_fast(x: f64, y: f64, arg: u32) -> Option<Value> {
    let op = if arg >= 13 { arg - 13 } else { arg };
    Some(Value::Float(match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// Outcome of running a frame to the point where it gives control back to Rust.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    pub fn push_frame(&mut self, frame: FrameBox) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit.get() {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        self.frames.push(frame);
        Ok(())
    }

    /// Push a generator frame resumed by SEND: it counts as delegation depth.
    fn push_deleg_frame(&mut self, frame: FrameBox) -> PyResult<()> {
        let limit = self.interp.recursion_limit.get().max(super::DELEGATION_LIMIT_MIN);
        if self.deleg_depth >= limit {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.deleg_depth += 1;
        self.frames.push(frame);
        Ok(())
    }

    fn pop_frame(&mut self) -> Option<FrameBox> {
        let f = self.frames.pop()?;
        if f.is_deleg() {
            self.deleg_depth -= 1;
        } else {
            self.depth -= 1;
        }
        if self.frames.len() < self.trace.watch {
            super::trace::frame_popped(self, &f);
        }
        Some(f)
    }

    /// Run `frame` (and everything it calls) until it returns.
    pub fn run_frame(&mut self, mut frame: FrameBox) -> PyResult<Value> {
        frame.set_resume(Resume::Native);
        self.check_native_stack()?;
        let _published = self.frames.is_empty().then(|| super::published::publish(self));
        self.push_frame(frame)?;
        match self.run_loop()? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Run the frame on top of the stack (the "base") to its exit.
    pub fn run_loop(&mut self) -> PyResult<Exit> {
        let base = self.frames.len().saturating_sub(1);
        loop {
            match self.execute(base) {
                Ok(exit) => return Ok(exit),
                Err(e) => self.unwind(e, base)?,
            }
        }
    }

    /// Find a handler for `e`, popping frames that have none. Err when it leaves the base.
    fn unwind(&mut self, e: PyErr, base: usize) -> PyResult<()> {
        let mut e = e;
        let mut add_tb = !std::mem::replace(&mut self.skip_tb, false);
        if add_tb {
            self.set_context(&e);
        }
        loop {
            let Some(f) = self.frames.last_mut() else { return Err(e) };
            if add_tb {
                let (code, globals, lasti) = (f.code.clone(), f.globals.clone(), f.lasti as u32);
                super::traceback::add_entry(self, &e, code, globals, lasti);
                if self.trace.active {
                    e = super::trace::exception_event(self, e);
                }
            }
            add_tb = true;
            let Some(f) = self.frames.last_mut() else { return Err(e) };
            // The handler is found from the instruction that raised (RERAISE may have moved
            // `lasti`, which then only serves tracebacks and the pushed lasti), as CPython does.
            let at = f.pc.saturating_sub(1) as u32;
            if let Some(h) = f.code.code.handler_for(at).copied() {
                f.truncate(h.depth as usize);
                if h.lasti {
                    let lasti = f.lasti;
                    f.push(Some(Value::Int(lasti as i64)));
                }
                f.push(Some(e.value()));
                f.pc = h.target;
                return Ok(());
            }
            let is_base = self.frames.len() - 1 == base;
            if self.trace.active {
                e = super::trace::unwind_return(self, e);
            }
            let Some(mut f) = self.pop_frame() else { return Err(e) };
            match f.take_resume() {
                Resume::GenForIter { gn } | Resume::GenSend { gn } | Resume::GenNative { gn } => {
                    crate::objects::generator::finish_frame(self, &gn);
                    drop(f);
                    e = crate::objects::generator::attrs::pep479(self, &gn, e);
                }
                _ => drop(f),
            }
            if is_base {
                return Err(e);
            }
        }
    }

    /// `__context__`: the exception being handled when this one was raised.
    fn set_context(&self, e: &PyErr) {
        let Value::Obj(cur) = &self.exc_info else { return };
        if cur.ptr_eq(&e.0) {
            return;
        }
        if let Some(d) = e.data() {
            if d.context.borrow().is_none() {
                // Break a cycle the new context would close (CPython does the same).
                let mut o = Value::Obj(cur.clone());
                let mut steps = 0;
                while let Some(Payload::Exception(cd)) = o.payload() {
                    let next = cd.context.borrow().clone();
                    if let Value::Obj(n) = &next {
                        if n.ptr_eq(&e.0) {
                            *cd.context.borrow_mut() = Value::None;
                            break;
                        }
                    }
                    o = next;
                    steps += 1;
                    if steps > 10000 {
                        break;
                    }
                }
                *d.context.borrow_mut() = Value::Obj(cur.clone());
            }
        }
    }

    pub fn run_pending_finalizers(&mut self) {
        while has_pending_finalizers() {
            for obj in crate::objects::heap::take_pending_finalizers() {
                crate::objects::types::call_del(self, obj);
            }
            crate::objects::gc::service(self);
        }
    }

    fn execute(&mut self, base: usize) -> PyResult<Exit> {
        loop {
            if has_pending_finalizers() {
                self.run_pending_finalizers();
            }
            if self.trace.active {
                super::trace::before_instr(self)?;
            }
            let f = frame!(self);
            let Some(&instr) = f.code.code.instructions.get(f.pc as usize) else {
                return Err(self.runtime_error("fell off the end of a code object"));
            };
            f.lasti = f.pc;
            f.pc += 1;
            let arg = instr.arg;
            match instr.op {
                Opcode::NOP => {}
                // Function entry and generator resumption: the GIL handoff point for code
                // without loops (the backward jump is the other).
                Opcode::RESUME => {
                    if super::gil::drop_requested() {
                        self.eval_breaker()?;
                    }
                }
                Opcode::POP_TOP => {
                    frame!(self).pop();
                }
                Opcode::PUSH_NULL => frame!(self).push(None),
                Opcode::COPY => {
                    let f = frame!(self);
                    let v = f.stack_len().checked_sub(arg as usize).and_then(|i| f.stack().get(i)).cloned().flatten();
                    f.push(v);
                }
                Opcode::SWAP => {
                    let f = frame!(self);
                    let n = f.stack_len();
                    if arg as usize <= n && arg >= 1 {
                        f.stack_mut().swap(n - 1, n - arg as usize);
                    }
                }
                Opcode::UNARY_POSITIVE | Opcode::UNARY_NEGATIVE | Opcode::UNARY_INVERT => {
                    let v = pop!(self);
                    let r = self.unary_op(instr.op, &v)?;
                    push!(self, r);
                }
                Opcode::UNARY_NOT => {
                    let v = pop!(self);
                    let b = self.truthy(&v)?;
                    push!(self, Value::Bool(!b));
                }
                Opcode::BINARY_OP => {
                    let b = pop!(self);
                    let a = pop!(self);
                    let fast = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => small_int_binop(*x, *y, arg),
                        (Value::Float(x), Value::Float(y)) => float_binop_fast(*x, *y, arg),
                        _ => None,
                    };
                    let r = match fast {
                        Some(v) => v,
                        None => self.binary_op(&a, &b, arg)?,
                    };
                    push!(self, r);
                }
                Opcode::BINARY_SUBSCR => {
                    let key = pop!(self);
                    let container = pop!(self);
                    let r = self.getitem(&container, &key)?;
                    push!(self, r);
                }
                Opcode::STORE_SUBSCR => {
                    let key = pop!(self);
                    let container = pop!(self);
                    let value = pop!(self);
                    self.setitem(&container, key, value)?;
                }
                Opcode::DELETE_SUBSCR => {
                    let key = pop!(self);
                    let container = pop!(self);
                    self.delitem(&container, &key)?;
                }
                Opcode::COMPARE_OP => {
                    let b = pop!(self);
                    let a = pop!(self);
                    let op = CompareArg::from_arg(arg).unwrap_or(CompareArg::Eq);
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                            CompareArg::Lt => x < y,
                            CompareArg::Le => x <= y,
                            CompareArg::Eq => x == y,
                            CompareArg::Ne => x != y,
                            CompareArg::Gt => x > y,
                            CompareArg::Ge => x >= y,
                        }),
                        _ => self.compare(&a, &b, op)?,
                    };
                    push!(self, r);
                }
                Opcode::IS_OP => {
                    let b = pop!(self);
                    let a = pop!(self);
                    push!(self, Value::Bool(a.is(&b) != (arg == 1)));
                }
                Opcode::CONTAINS_OP => {
                    let container = pop!(self);
                    let item = pop!(self);
                    let r = self.contains(&container, &item)?;
                    push!(self, Value::Bool(r != (arg == 1)));
                }
                Opcode::LOAD_CONST => {
                    let f = frame!(self);
                    let v = f.code.consts.get(arg as usize).cloned().unwrap_or(Value::None);
                    f.push(Some(v));
                }
                Opcode::LOAD_NAME => {
                    let name = self.name_at(arg)?;
                    let f = frame!(self);
                    let (ns, globals, builtins) = (f.ns().cloned(), f.globals.clone(), f.builtins().clone());
                    let mut found = None;
                    if let Some(ns) = &ns {
                        found = if ns.class().ptr_eq(&self.interp.types.dict) {
                            crate::objects::dict::get_str_value(ns, &name)
                        } else {
                            crate::objects::dict::mapping_get_opt(self, ns, &name)?
                        };
                    }
                    if found.is_none() {
                        found = crate::objects::dict::get_str_value(&globals, &name);
                    }
                    if found.is_none() {
                        found = crate::objects::dict::get_str_value(&builtins, &name);
                    }
                    match found {
                        Some(v) => push!(self, v),
                        None => return Err(self.name_not_defined(&name)),
                    }
                }
                Opcode::STORE_NAME => {
                    let name = self.name_at(arg)?;
                    let v = pop!(self);
                    let ns = frame!(self).ns().cloned();
                    match ns {
                        Some(ns) if ns.class().ptr_eq(&self.interp.types.dict) => {
                            if let Payload::Dict(t) = &ns.payload {
                                let old = crate::objects::dict::table_replace_str(&mut t.borrow_mut(), name, v);
                                drop(old);
                            }
                        }
                        // A __prepare__ mapping (enum's member dict) sees every store.
                        Some(ns) => self.setitem(&Value::Obj(ns), name, v)?,
                        None => return Err(self.runtime_error("no locals found when storing")),
                    }
                }
                Opcode::DELETE_NAME => {
                    let name = self.name_at(arg)?;
                    let ns = frame!(self).ns().cloned();
                    if let Some(ns) = ns {
                        match self.delitem(&Value::Obj(ns), &name) {
                            Err(e) if self.err_matches(&e, &self.interp.exc.key_error.clone()) => {
                                return Err(self.name_not_defined(&name));
                            }
                            r => r?,
                        }
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    let f = frame!(self);
                    let v = match f.code.names.get((arg >> 1) as usize) {
                        Some(name) => crate::objects::dict::get_str_value(&f.globals, name)
                            .or_else(|| crate::objects::dict::get_str_value(f.builtins(), name)),
                        None => None,
                    };
                    match v {
                        Some(v) => {
                            if arg & 1 == 1 {
                                f.push(None);
                            }
                            f.push(Some(v));
                        }
                        None => {
                            let name = self.name_at(arg >> 1)?;
                            return Err(self.name_not_defined(&name));
                        }
                    }
                }
                Opcode::STORE_GLOBAL => {
                    let name = self.name_at(arg)?;
                    let v = pop!(self);
                    let g = frame!(self).globals.clone();
                    if let Payload::Dict(t) = &g.payload {
                        let old = crate::objects::dict::table_replace_str(&mut t.borrow_mut(), name, v);
                        drop(old);
                    }
                }
                Opcode::DELETE_GLOBAL => {
                    let name = self.name_at(arg)?;
                    let g = frame!(self).globals.clone();
                    if crate::objects::dict::del_item_opt(self, &g, &name)?.is_none() {
                        return Err(self.name_not_defined(&name));
                    }
                }
                Opcode::LOAD_FAST => {
                    let f = frame!(self);
                    match f.local(arg as usize) {
                        Some(v) => {
                            let v = v.clone();
                            f.push(Some(v));
                        }
                        _ => {
                            let name = f.code.code.varnames.get(arg as usize).cloned().unwrap_or_else(|| "?".into());
                            return Err(self.unbound_local_error(format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                name
                            )));
                        }
                    }
                }
                Opcode::STORE_FAST => {
                    let old = frame!(self).pop_to_local(arg as usize);
                    drop(old);
                }
                Opcode::DELETE_FAST => {
                    let f = frame!(self);
                    let old = f.locals_mut().get_mut(arg as usize).and_then(|s| s.take());
                    if old.is_none() {
                        let name = f.code.code.varnames.get(arg as usize).cloned().unwrap_or_else(|| "?".into());
                        return Err(self.unbound_local_error(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            name
                        )));
                    }
                }
                Opcode::LOAD_DEREF | Opcode::LOAD_CLASSDEREF => {
                    if instr.op == Opcode::LOAD_CLASSDEREF {
                        let name = self.deref_name(arg);
                        let ns = frame!(self).ns().cloned();
                        if let Some(ns) = ns {
                            let key = self.interp.intern(&name);
                            if let Some(v) = crate::objects::dict::get_item_opt(self, &ns, &key)? {
                                push!(self, v);
                                continue;
                            }
                        }
                    }
                    let cell = frame!(self).cell(arg as usize).cloned();
                    let v = match cell.as_ref().map(|c| &c.payload) {
                        Some(Payload::Cell(c)) => c.borrow().clone(),
                        _ => None,
                    };
                    match v {
                        Some(v) => push!(self, v),
                        None => return Err(self.unbound_deref(arg)),
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = pop!(self);
                    let cell = frame!(self).cell(arg as usize).cloned();
                    if let Some(Payload::Cell(c)) = cell.as_ref().map(|c| &c.payload) {
                        let old = c.replace(Some(v));
                        drop(old);
                    }
                }
                Opcode::DELETE_DEREF => {
                    let cell = frame!(self).cell(arg as usize).cloned();
                    if let Some(Payload::Cell(c)) = cell.as_ref().map(|c| &c.payload) {
                        if c.replace(None).is_none() {
                            return Err(self.unbound_deref(arg));
                        }
                    }
                }
                Opcode::LOAD_CLOSURE => {
                    let cell = frame!(self).cell(arg as usize).cloned();
                    match cell {
                        Some(c) => push!(self, Value::Obj(c)),
                        None => return Err(self.runtime_error("bad closure index")),
                    }
                }
                Opcode::LOAD_ATTR => {
                    let name = self.name_at(arg)?;
                    let obj = pop!(self);
                    let v = self.getattr(&obj, &name)?;
                    push!(self, v);
                }
                Opcode::STORE_ATTR => {
                    let name = self.name_at(arg)?;
                    let obj = pop!(self);
                    let v = pop!(self);
                    self.setattr(&obj, &name, v)?;
                }
                Opcode::DELETE_ATTR => {
                    let name = self.name_at(arg)?;
                    let obj = pop!(self);
                    self.delattr(&obj, &name)?;
                }
                Opcode::LOAD_METHOD => {
                    let name = self.name_at(arg)?;
                    let obj = pop!(self);
                    match self.lookup_method(&obj, &name)? {
                        Some(m) => {
                            let f = frame!(self);
                            f.push(Some(m));
                            f.push(Some(obj));
                        }
                        None => {
                            let v = self.getattr(&obj, &name)?;
                            let f = frame!(self);
                            f.push(None);
                            f.push(Some(v));
                        }
                    }
                }
                Opcode::LOAD_ASSERTION_ERROR => {
                    push!(self, Value::Obj(self.interp.exc.assertion_error.clone()));
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let b = frame!(self).builtins().clone();
                    match crate::objects::dict::get_str(&b, "__build_class__") {
                        Some(v) => push!(self, v),
                        None => return Err(self.name_error("__build_class__ not found")),
                    }
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let ns = frame!(self).ns().cloned();
                    if let Some(ns) = ns {
                        let key = self.interp.intern("__annotations__");
                        if crate::objects::dict::get_item_opt(self, &ns, &key)?.is_none() {
                            let d = self.new_dict();
                            crate::objects::dict::set_item(self, &ns, key, d)?;
                        }
                    }
                }
                Opcode::BUILD_TUPLE | Opcode::BUILD_LIST | Opcode::BUILD_SET => {
                    let items = self.pop_n(arg as usize)?;
                    let v = match instr.op {
                        Opcode::BUILD_TUPLE => self.new_tuple(items),
                        Opcode::BUILD_LIST => self.new_list(items),
                        _ => {
                            let s = self.new_set_obj(false);
                            for it in items {
                                crate::objects::set::add(self, &s, it)?;
                            }
                            Value::Obj(s)
                        }
                    };
                    push!(self, v);
                }
                Opcode::BUILD_MAP => {
                    let items = self.pop_n(2 * arg as usize)?;
                    let d = self.new_dict_obj();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        crate::objects::dict::set_item(self, &d, k, v)?;
                    }
                    push!(self, Value::Obj(d));
                }
                Opcode::BUILD_CONST_KEY_MAP => {
                    let keys = pop!(self);
                    let values = self.pop_n(arg as usize)?;
                    let d = self.new_dict_obj();
                    if let Some(Payload::Tuple(ks)) = keys.payload() {
                        for (k, v) in ks.iter().zip(values) {
                            crate::objects::dict::set_item(self, &d, k.clone(), v)?;
                        }
                    }
                    push!(self, Value::Obj(d));
                }
                Opcode::BUILD_STRING => {
                    let parts = self.pop_n(arg as usize)?;
                    push!(self, crate::objects::str::concat(self, &parts));
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { pop!(self) } else { Value::None };
                    let stop = pop!(self);
                    let start = pop!(self);
                    let s = ObjRef::new(self.interp.types.slice.clone(), Payload::Slice(start, stop, step));
                    push!(self, Value::Obj(s));
                }
                Opcode::LIST_APPEND | Opcode::SET_ADD | Opcode::LIST_EXTEND | Opcode::SET_UPDATE
                | Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                    let v = pop!(self);
                    let f = frame!(self);
                    let target = f.stack_len().checked_sub(arg as usize).and_then(|i| f.stack().get(i)).cloned().flatten();
                    let Some(Value::Obj(target)) = target else {
                        return Err(self.runtime_error("bad collection on stack"));
                    };
                    match instr.op {
                        Opcode::LIST_APPEND => {
                            if let Payload::List(l) = &target.payload {
                                l.borrow_mut().push(v);
                            }
                        }
                        Opcode::SET_ADD => crate::objects::set::add(self, &target, v)?,
                        Opcode::LIST_EXTEND => {
                            let items = self.collect_iterable(&v).map_err(|e| self.fix_extend_error(e, &v))?;
                            if let Payload::List(l) = &target.payload {
                                l.borrow_mut().extend(items);
                            }
                        }
                        Opcode::SET_UPDATE => {
                            for it in self.collect_iterable(&v)? {
                                crate::objects::set::add(self, &target, it)?;
                            }
                        }
                        _ => {
                            let merge = instr.op == Opcode::DICT_MERGE;
                            if !matches!(v.payload(), Some(Payload::Dict(_))) && !self.hasattr(&v, "keys")? {
                                return Err(self.type_error(format!("'{}' object is not a mapping", self.type_name(&v))));
                            }
                            crate::objects::dict::update_from(self, &target, &v, merge)?;
                        }
                    }
                }
                Opcode::MAP_ADD => {
                    let v = pop!(self);
                    let k = pop!(self);
                    let f = frame!(self);
                    let target = f.stack_len().checked_sub(arg as usize).and_then(|i| f.stack().get(i)).cloned().flatten();
                    if let Some(Value::Obj(d)) = target {
                        crate::objects::dict::set_item(self, &d, k, v)?;
                    }
                }
                Opcode::LIST_TO_TUPLE => {
                    let l = pop!(self);
                    let items = match l.payload() {
                        Some(Payload::List(v)) => v.borrow().clone(),
                        _ => Vec::new(),
                    };
                    push!(self, self.new_tuple(items));
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = pop!(self);
                    let items = self.unpack(&seq, arg as usize, None)?;
                    let f = frame!(self);
                    f.extend(items.into_iter().rev().map(Some));
                }
                Opcode::UNPACK_EX => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = pop!(self);
                    let items = self.unpack(&seq, before, Some(after))?;
                    let f = frame!(self);
                    f.extend(items.into_iter().rev().map(Some));
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & format_value::HAVE_SPEC != 0 { Some(pop!(self)) } else { None };
                    let v = pop!(self);
                    let v = match arg & format_value::CONV_MASK {
                        format_value::CONV_STR => self.to_str(&v)?,
                        format_value::CONV_REPR => self.repr(&v)?,
                        format_value::CONV_ASCII => {
                            let r = self.repr_string(&v)?;
                            self.new_str(&crate::objects::str::ascii_escape(&r))
                        }
                        _ => v,
                    };
                    let r = self.format(&v, spec.as_ref())?;
                    push!(self, r);
                }
                Opcode::GET_LEN => {
                    let v = top!(self);
                    let n = self.len(&v)?;
                    push!(self, Value::Int(n as i64));
                }
                Opcode::JUMP_FORWARD => frame!(self).pc = arg,
                Opcode::JUMP_BACKWARD => {
                    frame!(self).pc = arg;
                    if super::gil::drop_requested() {
                        self.eval_breaker()?;
                    }
                }
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop!(self);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if b == (instr.op == Opcode::POP_JUMP_IF_TRUE) {
                        frame!(self).pc = arg;
                    }
                }
                Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!(self);
                    if v.is_none() == (instr.op == Opcode::POP_JUMP_IF_NONE) {
                        frame!(self).pc = arg;
                    }
                }
                Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                    let v = top!(self);
                    let b = self.truthy(&v)?;
                    let f = frame!(self);
                    if b == (instr.op == Opcode::JUMP_IF_TRUE_OR_POP) {
                        f.pc = arg;
                    } else {
                        f.pop();
                    }
                }
                Opcode::GET_ITER => {
                    let v = pop!(self);
                    let it = self.iter(&v)?;
                    push!(self, it);
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = pop!(self);
                    let code_flags = frame!(self).code.code.flags;
                    crate::objects::generator::awaitable::check_yield_from(self, &v, code_flags)?;
                    let it = match v.payload() {
                        Some(Payload::Generator(_)) => v,
                        _ => self.iter(&v)?,
                    };
                    push!(self, it);
                }
                Opcode::FOR_ITER => {
                    let it = top!(self);
                    if let Some(Payload::Generator(_)) = it.payload() {
                        if let Some(gn) = it.as_obj() {
                            let gn = gn.clone();
                            self.resume_gen_in_loop(&gn, Value::None, Resume::GenForIter { gn: gn.clone() }, arg)?;
                            continue;
                        }
                    }
                    match self.next_fast(&it)? {
                        Some(v) => push!(self, v),
                        None => {
                            let f = frame!(self);
                            f.pop();
                            f.pc = arg;
                        }
                    }
                }
                Opcode::SEND => {
                    let v = pop!(self);
                    let recv = top!(self);
                    if let Some(Payload::Generator(_)) = recv.payload() {
                        if let Some(gn) = recv.as_obj() {
                            let gn = gn.clone();
                            // The sent value stays on our stack until the generator yields.
                            push!(self, Value::None);
                            self.resume_gen_in_loop(&gn, v, Resume::GenSend { gn: gn.clone() }, arg)?;
                            continue;
                        }
                    }
                    let r = if v.is_none() {
                        self.next_fast(&recv)?
                    } else {
                        match self.call_method(&recv, "send", vec![v]) {
                            Ok(r) => Some(r),
                            Err(e) if self.err_matches(&e, &self.interp.exc.stop_iteration.clone()) => {
                                let val = crate::objects::exceptions::stop_value(&e);
                                let f = frame!(self);
                                f.pop();
                                f.push(Some(val));
                                f.pc = arg;
                                continue;
                            }
                            Err(e) => return Err(e),
                        }
                    };
                    match r {
                        Some(y) => push!(self, y),
                        None => {
                            let val = self.take_stop_value();
                            let f = frame!(self);
                            f.pop();
                            f.push(Some(val));
                            f.pc = arg;
                        }
                    }
                }
                Opcode::CALL => {
                    if self.try_simple_call(arg as usize)? {
                        continue;
                    }
                    let f = frame!(self);
                    let kw = f.take_kw_names().and_then(|i| f.code.consts.get(i as usize).cloned());
                    let nkw = match kw.as_ref().and_then(|k| k.payload()) {
                        Some(Payload::Tuple(t)) => t.len(),
                        _ => 0,
                    };
                    let args = self.pop_n(arg as usize)?;
                    let mut args = args;
                    let f = frame!(self);
                    let second = f.pop().flatten();
                    let first = f.pop().flatten();
                    let (callable, mut args) = match (first, second) {
                        (Some(m), Some(s)) => {
                            args.insert(0, s);
                            (m, args)
                        }
                        (None, Some(c)) => (c, args),
                        _ => return Err(self.runtime_error("bad call stack")),
                    };
                    let kwargs = if nkw > 0 {
                        let split = args.len() - nkw.min(args.len());
                        let kv = args.split_off(split);
                        match kw.as_ref().and_then(|k| k.payload()) {
                            Some(Payload::Tuple(names)) => names.iter().cloned().zip(kv).collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    self.call_from_loop(callable, super::Args { args, kwargs })?;
                }
                Opcode::KW_NAMES => {
                    let f = frame!(self);
                    f.set_kw_names(arg);
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 == 1 { Some(pop!(self)) } else { None };
                    let args = pop!(self);
                    let callable = pop!(self);
                    frame!(self).pop();
                    let pos = self.collect_iterable(&args)?;
                    let mut kw = Vec::new();
                    if let Some(k) = kwargs {
                        if let Some(Payload::Dict(d)) = k.payload() {
                            let entries: Vec<(Value, Value)> = d.borrow().iter().map(|(a, b)| (a.clone(), b.clone())).collect();
                            kw = entries;
                        }
                    }
                    self.call_from_loop(callable, super::Args { args: pos, kwargs: kw })?;
                }
                Opcode::MAKE_FUNCTION => {
                    let code = pop!(self);
                    let closure = if arg & make_function::CLOSURE != 0 { Some(pop!(self)) } else { None };
                    let annotations = if arg & make_function::ANNOTATIONS != 0 { Some(pop!(self)) } else { None };
                    let kwdefaults = if arg & make_function::KWDEFAULTS != 0 { Some(pop!(self)) } else { None };
                    let defaults = if arg & make_function::DEFAULTS != 0 { Some(pop!(self)) } else { None };
                    let globals = frame!(self).globals.clone();
                    let func = crate::objects::function::make_function(self, code, globals, closure, annotations, kwdefaults, defaults)?;
                    push!(self, func);
                }
                Opcode::RETURN_VALUE => {
                    let v = pop!(self);
                    let is_base = self.frames.len() - 1 == base;
                    let Some(mut f) = self.pop_frame() else { return Err(self.runtime_error("no frame")) };
                    let resume = f.take_resume();
                    self.frame_pool.put(f);
                    match resume {
                        Resume::Call => push!(self, v),
                        Resume::Native => return Ok(Exit::Return(v)),
                        Resume::GenNative { gn } => {
                            crate::objects::generator::finish_frame(self, &gn);
                            return Ok(Exit::Return(v));
                        }
                        Resume::GenForIter { gn } => {
                            crate::objects::generator::finish_frame(self, &gn);
                            if self.trace.active && !v.is_none() {
                                super::trace::for_iter_stop(self, v);
                            }
                            let f = frame!(self);
                            let target = resume_target(f);
                            f.pop();
                            f.pc = target;
                        }
                        Resume::GenSend { gn } => {
                            crate::objects::generator::finish_frame(self, &gn);
                            let f = frame!(self);
                            let target = resume_target(f);
                            f.pop();
                            f.pop();
                            f.push(Some(v));
                            f.pc = target;
                        }
                    }
                    if is_base {
                        return Err(self.runtime_error("frame stack underflow"));
                    }
                }
                Opcode::YIELD_VALUE => {
                    let v = pop!(self);
                    let Some(mut f) = self.pop_frame() else { return Err(self.runtime_error("no frame")) };
                    let resume = f.take_resume();
                    match resume {
                        Resume::GenNative { gn } => {
                            crate::objects::generator::suspend(self, &gn, f);
                            return Ok(Exit::Yield(v));
                        }
                        Resume::GenForIter { gn } => {
                            crate::objects::generator::suspend(self, &gn, f);
                            push!(self, v);
                        }
                        Resume::GenSend { gn } => {
                            crate::objects::generator::suspend(self, &gn, f);
                            let fr = frame!(self);
                            fr.pop();
                            fr.push(Some(v));
                        }
                        _ => return Err(self.runtime_error("yield outside a generator frame")),
                    }
                }
                Opcode::RAISE_VARARGS => {
                    let e = match arg {
                        0 => {
                            if self.exc_info.is_none() {
                                return Err(self.runtime_error("No active exception to reraise"));
                            }
                            self.skip_tb = true;
                            return Err(PyErr(self.exc_info.as_obj().cloned().ok_or_else(|| self.runtime_error("bad exc"))?));
                        }
                        1 => {
                            let exc = pop!(self);
                            self.make_raisable(exc)?
                        }
                        _ => {
                            let cause = pop!(self);
                            let exc = pop!(self);
                            let e = self.make_raisable(exc)?;
                            let cause = if cause.is_none() {
                                Value::None
                            } else {
                                match self.make_raisable(cause) {
                                    Ok(c) => c.value(),
                                    Err(_) => {
                                        return Err(self.type_error("exception causes must derive from BaseException"));
                                    }
                                }
                            };
                            if let Some(d) = e.data() {
                                *d.cause.borrow_mut() = cause;
                                d.suppress_context.set(true);
                            }
                            e
                        }
                    };
                    return Err(e);
                }
                Opcode::RERAISE => {
                    let exc = pop!(self);
                    if arg != 0 {
                        let f = frame!(self);
                        if let Some(Some(Value::Int(l))) = f.last() {
                            f.lasti = u32::try_from(*l).unwrap_or(0);
                        }
                    }
                    self.skip_tb = true;
                    match exc {
                        Value::Obj(o) => return Err(PyErr(o)),
                        _ => return Err(self.runtime_error("RERAISE of a non-exception")),
                    }
                }
                Opcode::PUSH_EXC_INFO => {
                    let exc = pop!(self);
                    let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                    let f = frame!(self);
                    f.push(Some(prev));
                    f.push(Some(exc));
                }
                Opcode::POP_EXCEPT => {
                    let v = pop!(self);
                    self.exc_info = v;
                }
                Opcode::CHECK_EG_MATCH => {
                    let types = pop!(self);
                    let exc = pop!(self);
                    let (rest, matched) = self.exception_group_match(&exc, &types)?;
                    if matched.is_none() {
                        push!(self, exc);
                        push!(self, Value::None);
                    } else {
                        self.exc_info = matched.clone();
                        push!(self, rest);
                        push!(self, matched);
                    }
                }
                Opcode::PREP_RERAISE_STAR => {
                    let raised = pop!(self);
                    let orig = pop!(self);
                    let r = self.prep_reraise_star(&orig, &raised)?;
                    push!(self, r);
                }
                Opcode::MATCH_SEQUENCE | Opcode::MATCH_MAPPING => {
                    let v = top!(self);
                    let r = if instr.op == Opcode::MATCH_SEQUENCE { self.match_sequence(&v)? } else { self.match_mapping(&v)? };
                    push!(self, Value::Bool(r));
                }
                Opcode::MATCH_KEYS => {
                    let keys = top!(self);
                    let f = frame!(self);
                    let subject = f.stack_len().checked_sub(2).and_then(|i| f.stack().get(i)).cloned().flatten().unwrap_or(Value::None);
                    let r = self.match_keys(&subject, &keys)?;
                    push!(self, r);
                }
                Opcode::MATCH_CLASS => {
                    let names = pop!(self);
                    let cls = pop!(self);
                    let subject = pop!(self);
                    let r = self.match_class(&subject, &cls, &names, arg as usize)?;
                    push!(self, r);
                }
                Opcode::CHECK_EXC_MATCH => {
                    let types = pop!(self);
                    let exc = top!(self);
                    let r = self.exception_matches(&exc, &types)?;
                    push!(self, Value::Bool(r));
                }
                Opcode::BEFORE_WITH => {
                    let mgr = pop!(self);
                    let (exit, enter_result) = self.before_with(&mgr)?;
                    push!(self, exit);
                    push!(self, enter_result);
                }
                Opcode::WITH_EXCEPT_START => {
                    let f = frame!(self);
                    let n = f.stack_len();
                    let exit = n.checked_sub(4).and_then(|i| f.stack().get(i)).cloned().flatten().unwrap_or(Value::None);
                    let exc = f.last().cloned().flatten().unwrap_or(Value::None);
                    let ty = Value::Obj(self.interp.type_of(&exc).clone());
                    let tb = match exc.payload() {
                        Some(Payload::Exception(d)) => d.traceback.borrow().clone(),
                        _ => Value::None,
                    };
                    let r = self.call(&exit, super::Args::new(vec![ty, exc, tb]))?;
                    push!(self, r);
                }
                Opcode::IMPORT_NAME => {
                    let name = self.name_at(arg)?;
                    let fromlist = pop!(self);
                    let level = pop!(self);
                    let m = super::import::import_name(self, &name, &fromlist, &level)?;
                    push!(self, m);
                }
                Opcode::IMPORT_FROM => {
                    let name = self.name_at(arg)?;
                    let m = top!(self);
                    let v = super::import::import_from(self, &m, &name)?;
                    push!(self, v);
                }
                Opcode::IMPORT_STAR => {
                    let m = pop!(self);
                    if let Some(ns) = frame!(self).ns().cloned() {
                        super::import::import_star(self, &m, &ns)?;
                    }
                }
                Opcode::PRINT_EXPR => {
                    let v = pop!(self);
                    crate::modules::sys_cli::displayhook(self, v)?;
                }
                Opcode::GET_AWAITABLE => {
                    let v = pop!(self);
                    let it = crate::objects::generator::awaitable::get_awaitable(self, &v, arg)?;
                    push!(self, it);
                }
                Opcode::GET_AITER => {
                    let v = pop!(self);
                    let it = crate::objects::generator::awaitable::get_aiter(self, &v)?;
                    push!(self, it);
                }
                Opcode::GET_ANEXT => {
                    let v = top!(self);
                    let it = crate::objects::generator::awaitable::get_anext(self, &v)?;
                    push!(self, it);
                }
                Opcode::END_ASYNC_FOR => {
                    let exc = pop!(self);
                    let Value::Obj(e) = exc else { return Err(self.runtime_error("bad END_ASYNC_FOR")) };
                    let e = PyErr(e);
                    if self.err_matches(&e, &self.interp.exc.stop_async_iteration.clone()) {
                        frame!(self).pop();
                    } else {
                        self.skip_tb = true;
                        return Err(e);
                    }
                }
                Opcode::BEFORE_ASYNC_WITH => {
                    let mgr = pop!(self);
                    let (exit, enter_result) = crate::objects::generator::awaitable::before_async_with(self, &mgr)?;
                    push!(self, exit);
                    push!(self, enter_result);
                }
                Opcode::ASYNC_GEN_WRAP => {
                    let v = pop!(self);
                    push!(self, crate::objects::generator::asyncgen::wrap(self, v));
                }
            }
        }
    }

    #[inline(always)]
    fn name_at(&mut self, i: u32) -> PyResult<Value> {
        if let Some(n) = self.frames.last().and_then(|f| f.code.names.get(i as usize)) {
            return Ok(n.clone());
        }
        Err(self.bad_name_index())
    }

    #[cold]
    #[inline(never)]
    fn bad_name_index(&self) -> PyErr {
        self.runtime_error("bad name index")
    }

    fn deref_name(&mut self, i: u32) -> String {
        let Some(f) = self.frames.last() else { return String::new() };
        let c = &f.code.code;
        let i = i as usize;
        if i < c.cellvars.len() {
            c.cellvars[i].to_string()
        } else {
            c.freevars.get(i - c.cellvars.len()).map(|s| s.to_string()).unwrap_or_default()
        }
    }

    fn unbound_deref(&mut self, i: u32) -> PyErr {
        let name = self.deref_name(i);
        let is_cell = self.frames.last().is_some_and(|f| (i as usize) < f.code.code.cellvars.len());
        if is_cell {
            self.unbound_local_error(format!("cannot access local variable '{}' where it is not associated with a value", name))
        } else {
            self.name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name
            ))
        }
    }

    pub fn name_not_defined(&self, name: &Value) -> PyErr {
        let text = crate::objects::str::as_str_lossy(name);
        let e = self.name_error(format!("name '{}' is not defined", text));
        super::suggest::with_name(self, e, &text, None)
    }

    fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let f = frame!(self);
        let len = f.stack_len();
        if n > len {
            return Err(self.runtime_error("value stack underflow"));
        }
        Ok(f.take_top(n).unwrap_or_default())
    }

    /// Push a generator's frame and continue the loop inside it.
    fn resume_gen_in_loop(&mut self, gn: &ObjRef, sent: Value, resume: Resume, target: u32) -> PyResult<()> {
        let Payload::Generator(g) = &gn.payload else { return Err(self.type_error("not a generator")) };
        if g.running.get() {
            return Err(self.value_error(format!("{} already executing", crate::objects::generator::kind_name(gn))));
        }
        let frame = g.frame.borrow_mut().take();
        match frame {
            None => {
                if crate::objects::generator::kind(gn) == crate::objects::generator::Kind::Coroutine {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                // Finished: behave as an exhausted iterator.
                let f = frame!(self);
                match resume {
                    Resume::GenForIter { .. } => {
                        f.pop();
                        f.pc = target;
                    }
                    Resume::GenSend { .. } => {
                        f.pop();
                        f.pop();
                        f.push(Some(Value::None));
                        f.pc = target;
                    }
                    _ => {}
                }
                Ok(())
            }
            Some(mut fr) => {
                if g.started.get() {
                    fr.push(Some(sent));
                } else if !sent.is_none() {
                    *g.frame.borrow_mut() = Some(fr);
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        crate::objects::generator::kind_name(gn)
                    )));
                }
                g.started.set(true);
                g.running.set(true);
                let deleg = matches!(resume, Resume::GenSend { .. });
                fr.set_resume(resume);
                let pushed = if deleg { self.push_deleg_frame(fr) } else { self.push_frame(fr) };
                if let Err(e) = pushed {
                    g.running.set(false);
                    return Err(e);
                }
                crate::objects::generator::enter(self, gn);
                Ok(())
            }
        }
    }

    /// Resume a generator from Rust (next(), send(), throw()). `throw` raises `exc` at the
    /// yield point instead of sending.
    pub fn resume_gen(&mut self, gn: &ObjRef, sent: Value, throw: Option<PyErr>) -> PyResult<Exit> {
        let Payload::Generator(g) = &gn.payload else { return Err(self.type_error("not a generator")) };
        if g.running.get() {
            return Err(self.value_error(format!("{} already executing", crate::objects::generator::kind_name(gn))));
        }
        let frame = g.frame.borrow_mut().take();
        let Some(mut fr) = frame else {
            let is_coro = crate::objects::generator::kind(gn) == crate::objects::generator::Kind::Coroutine;
            let closing = throw.as_ref().is_some_and(|e| self.err_matches(e, &self.interp.exc.generator_exit.clone()));
            if is_coro && !closing {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(Exit::Return(Value::None)),
            };
        };
        if !g.started.get() && throw.is_none() && !sent.is_none() {
            *g.frame.borrow_mut() = Some(fr);
            return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        crate::objects::generator::kind_name(gn)
                    )));
        }
        if g.started.get() && throw.is_none() {
            fr.push(Some(sent));
        }
        g.started.set(true);
        g.running.set(true);
        fr.set_resume(Resume::GenNative { gn: gn.clone() });
        self.check_native_stack()?;
        if let Err(e) = self.push_frame(fr) {
            g.running.set(false);
            return Err(e);
        }
        crate::objects::generator::enter(self, gn);
        match throw {
            None => self.run_loop(),
            Some(e) => {
                let base = self.frames.len() - 1;
                let e = if self.trace.active { super::trace::throw_entry(self, e) } else { e };
                // A thrown exception chains only to the generator's own handled one.
                let caller = crate::objects::generator::hide_caller_exc(self, gn);
                self.unwind(e, base)?;
                if let Some(c) = caller {
                    self.exc_info = c;
                }
                self.run_loop()
            }
        }
    }

    /// CALL: Python functions get a new frame on this loop; everything else runs natively.
    /// CALL of a plain Python function (or a bound method of one) with exactly its
    /// positional parameters and no keywords: the arguments move straight from the caller's
    /// stack into the new frame's locals. False when the general path is needed.
    #[inline]
    fn try_simple_call(&mut self, nargs: usize) -> PyResult<bool> {
        let f = frame!(self);
        if f.has_kw_names() {
            return Ok(false);
        }
        let len = f.stack_len();
        if len < nargs + 2 {
            return Ok(false);
        }
        let stack = f.stack();
        let (func_v, with_self) = match (&stack[len - nargs - 2], &stack[len - nargs - 1]) {
            (None, Some(c)) => (c, false),
            (Some(m), Some(_)) => (m, true),
            _ => return Ok(false),
        };
        let Some(Payload::Function(func)) = func_v.payload() else { return Ok(false) };
        let fc = func.code.borrow();
        let co = &fc.code;
        let total = nargs + usize::from(with_self);
        if total != co.argcount as usize
            || co.kwonlyargcount != 0
            || co.flags & (crate::bytecode::code::flags::VARARGS | crate::bytecode::code::flags::VARKEYWORDS) != 0
            || !co.cellvars.is_empty()
            || co.is_generator_like()
        {
            return Ok(false);
        }
        let code = fc.clone();
        drop(fc);
        let mut frame = self.frame_pool.frame(code, func.globals.clone(), func.closure_cells());
        f.move_args(total, &mut frame);
        // The callable (and the NULL or method slot under it).
        f.truncate(len - nargs - 2);
        self.push_frame(frame)?;
        Ok(true)
    }

    fn call_from_loop(&mut self, callable: Value, mut args: super::Args) -> PyResult<()> {
        let callable = match callable.payload() {
            Some(Payload::BoundMethod { func, self_ }) => {
                args.args.insert(0, self_.clone());
                func.clone()
            }
            _ => callable,
        };
        if let Some(Payload::Function(func)) = callable.payload() {
            if !func.code.borrow().code.is_generator_like() {
                let mut frame = self.bind_function(func, args)?;
                frame.set_resume(Resume::Call);
                return self.push_frame(frame);
            }
        }
        let r = if self.trace.active { super::trace::call_native(self, &callable, args)? } else { self.call(&callable, args)? };
        push!(self, r);
        Ok(())
    }

    fn unpack(&mut self, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match seq.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => match self.collect_iterable(seq) {
                Ok(v) => v,
                Err(e) => {
                    if self.err_matches(&e, &self.interp.exc.type_error.clone()) && !self.has_iter(seq) {
                        return Err(self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq))));
                    }
                    return Err(e);
                }
            },
        };
        let n = items.len();
        match after {
            None => {
                if n < before {
                    return Err(self.value_error(format!("not enough values to unpack (expected {}, got {})", before, n)));
                }
                if n > before {
                    return Err(self.value_error(format!("too many values to unpack (expected {})", before)));
                }
                Ok(items)
            }
            Some(after) => {
                if n < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        n
                    )));
                }
                let mut out = Vec::with_capacity(before + after + 1);
                let mut it = items.into_iter();
                for _ in 0..before {
                    out.extend(it.next());
                }
                let rest: Vec<Value> = it.collect();
                let (mid, tail) = rest.split_at(rest.len() - after);
                out.push(self.new_list(mid.to_vec()));
                out.extend(tail.iter().cloned());
                Ok(out)
            }
        }
    }

    fn fix_extend_error(&self, e: PyErr, v: &Value) -> PyErr {
        if self.err_matches(&e, &self.interp.exc.type_error) && !self.has_iter(v) {
            return self.type_error(format!("Value after * must be an iterable, not {}", self.type_name(v)));
        }
        e
    }

    fn make_raisable(&mut self, exc: Value) -> PyResult<PyErr> {
        let base = self.interp.exc.base_exception.clone();
        match &exc {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && crate::objects::types::is_subtype(o, &base) => {
                let inst = self.call(&exc, super::Args::default())?;
                match inst {
                    Value::Obj(i) if matches!(i.payload, Payload::Exception(_)) => Ok(PyErr(i)),
                    _ => {
                        let r = self.repr_string(&exc)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&inst)
                        )))
                    }
                }
            }
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr(o.clone())),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    fn exception_matches(&mut self, exc: &Value, types: &Value) -> PyResult<bool> {
        let base = self.interp.exc.base_exception.clone();
        let check = |vm: &Vm, t: &Value| -> PyResult<bool> {
            match t {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && crate::objects::types::is_subtype(o, &base) => {
                    Ok(crate::objects::types::is_subtype(vm.interp.type_of(exc), o))
                }
                _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
            }
        };
        match types.payload() {
            Some(Payload::Tuple(ts)) => {
                let ts = ts.clone();
                let mut r = false;
                for t in ts.iter() {
                    if check(self, t)? {
                        r = true;
                    }
                }
                Ok(r)
            }
            _ => check(self, types),
        }
    }

    fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty = self.interp.type_of(mgr).clone();
        let enter = crate::objects::types::lookup(&ty, "__enter__");
        let exit = crate::objects::types::lookup(&ty, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(mgr)
            )));
        };
        let exit = self.bind_descriptor(&exit, mgr, &ty)?;
        let enter = self.bind_descriptor(&enter, mgr, &ty)?;
        let r = self.call(&enter, super::Args::default())?;
        Ok((exit, r))
    }

    /// FOR_ITER's next step: Some(item) or None when exhausted (StopIteration swallowed).
    pub fn next_fast(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Iter(st)) = it.payload() {
            let mut st = st.borrow_mut();
            match &mut *st {
                IterState::Seq { seq, index } => {
                    if let Some(Payload::List(l)) = seq.payload() {
                        let r = l.borrow().get(*index).cloned();
                        if r.is_some() {
                            *index += 1;
                        } else {
                            *st = IterState::Exhausted;
                        }
                        return Ok(r);
                    }
                }
                IterState::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n.saturating_add(*step);
                        if *next == n {
                            *stop = n;
                        }
                        return Ok(Some(Value::Int(n)));
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
        self.next(it)
    }

    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.stop_value, Value::None)
    }

    #[allow(dead_code)]
    fn binop_symbol(arg: u32) -> &'static str {
        BinOpArg::from_arg(arg).map(|(o, i)| o.symbol(i)).unwrap_or("?")
    }
}

/// Where a caller's FOR_ITER or SEND continues once the generator it resumed is exhausted:
/// that instruction's argument (the caller is still at it).
fn resume_target(f: &Frame) -> u32 {
    f.code.code.instructions.get(f.lasti as usize).map_or(f.pc, |i| i.arg)
}
