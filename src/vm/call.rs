//! Calling: argument binding for Python functions (CPython's exact errors) and the
//! native entry point `Vm::call` for every kind of callable.

use std::cell::RefCell;

use super::frame::{Frame, FrameBox};
use super::{Args, PyResult, Vm};
use crate::bytecode::code::flags;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Function, Payload};
use crate::objects::str::as_str_lossy;
use crate::objects::value::Value;

impl Vm {
    /// Call any callable from native code.
    pub fn call(&mut self, callable: &Value, mut args: Args) -> PyResult<Value> {
        match callable.payload() {
            Some(Payload::Function(f)) => {
                let frame = self.bind_function(f, args)?;
                if f.code.borrow().code.is_generator_like() {
                    return Ok(crate::objects::generator::new_generator(self, f, frame));
                }
                self.run_frame(frame)
            }
            Some(Payload::Builtin(b)) => {
                if let Some(s) = &b.self_ {
                    args.args.insert(0, s.clone());
                }
                (b.func)(self, args)
            }
            Some(Payload::BoundMethod { func, self_ }) => {
                args.args.insert(0, self_.clone());
                let func = func.clone();
                self.call(&func, args)
            }
            Some(Payload::Type(_)) => {
                let Value::Obj(cls) = callable else { return Err(self.type_error("bad type")) };
                let meta = cls.class().clone();
                if !meta.ptr_eq(&self.interp.types.type_) {
                    if let Some(f) = crate::objects::types::lookup(&meta, "__call__") {
                        if matches!(f.payload(), Some(Payload::Function(_))) {
                            args.args.insert(0, callable.clone());
                            return self.call(&f, args);
                        }
                    }
                }
                crate::objects::types::type_call(self, cls, args)
            }
            _ => {
                let ty = self.interp.type_of(callable).clone();
                match crate::objects::types::lookup(&ty, "__call__") {
                    Some(f) => {
                        self.check_native_stack()?;
                        args.args.insert(0, callable.clone());
                        if matches!(f.payload(), Some(Payload::Function(_))) {
                            return self.call(&f, args);
                        }
                        // A `__call__` that is itself a callable instance (or a builtin)
                        // pushes no frame: count the level as CPython's tp_call does.
                        self.enter_recursive(" while calling a Python object")?;
                        let r = self.call(&f, args);
                        self.leave_recursive();
                        r
                    }
                    None => Err(self.type_error(format!("'{}' object is not callable", self.type_name(callable)))),
                }
            }
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Args::default())
    }
    pub fn call1(&mut self, callable: &Value, a: Value) -> PyResult<Value> {
        self.call(callable, Args::new(vec![a]))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let key = self.interp.intern(name);
        let m = self.getattr(obj, &key)?;
        self.call(&m, Args::new(args))
    }

    /// Build the frame for a call of `func`, binding arguments as CPython does.
    pub fn bind_function(&mut self, func: &Function, args: Args) -> PyResult<FrameBox> {
        let code = func.code();
        let co = &code.code;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let total = argcount + kwonly;
        let qualname_of = || as_str_lossy(&func.qualname.borrow()).into_owned();
        let Args { args: pos, kwargs } = args;
        let npos = pos.len();
        // The common case: exactly the positional parameters, nothing else to bind.
        if kwargs.is_empty() && !has_varargs && !has_varkw && kwonly == 0 && npos == argcount && co.cellvars.is_empty() {
            let mut frame = self.frame_pool.frame(code.clone(), func.globals.clone(), func.closure_cells());
            for (slot, v) in frame.locals_mut().iter_mut().zip(pos) {
                *slot = Some(v);
            }
            return Ok(frame);
        }
        let qualname = qualname_of();
        let mut locals: Vec<Option<Value>> = vec![None; co.varnames.len().max(total + has_varargs as usize + has_varkw as usize)];

        let kwdict = if has_varkw { Some(self.new_dict_obj()) } else { None };
        let mut pos_iter = pos.into_iter();
        for slot in locals.iter_mut().take(argcount.min(npos)) {
            *slot = pos_iter.next();
        }
        if has_varargs {
            let rest: Vec<Value> = pos_iter.collect();
            locals[total] = Some(self.new_tuple(rest));
        } else if npos > argcount {
            let defaults_n = func.defaults.borrow().as_ref().map_or(0, |d| tuple_len(d));
            let kw_given = kwargs.iter().filter(|(k, _)| {
                let k = as_str_lossy(k);
                co.varnames[argcount..total].iter().any(|n| **n == *k)
            }).count();
            let takes = if defaults_n > 0 {
                format!("from {} to {} positional arguments", argcount - defaults_n, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!("{}() takes {} but {}", qualname, takes, given)));
        }

        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwargs {
            let kname = as_str_lossy(&k);
            let found = co.varnames[posonly.min(total)..total].iter().position(|n| **n == *kname).map(|i| i + posonly);
            match found {
                Some(j) => {
                    if locals[j].is_some() {
                        return Err(self.type_error(format!("{}() got multiple values for argument '{}'", qualname, kname)));
                    }
                    locals[j] = Some(v);
                }
                None => match &kwdict {
                    Some(d) => crate::objects::dict::set_item(self, d, k, v)?,
                    None => {
                        if co.varnames[..posonly.min(total)].iter().any(|n| **n == *kname) {
                            posonly_as_kw.push(kname.to_string());
                        } else {
                            return Err(self.type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                qualname, kname
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname,
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            locals[total + has_varargs as usize] = Some(Value::Obj(d));
        }

        // Defaults for missing positionals.
        if npos < argcount {
            let defaults: Vec<Value> = match &*func.defaults.borrow() {
                Some(d) => tuple_items(d),
                None => Vec::new(),
            };
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing = Vec::new();
            for i in npos..argcount {
                if locals[i].is_none() {
                    if i >= first_default {
                        locals[i] = defaults.get(i - first_default).cloned();
                    } else {
                        missing.push(co.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    qualname,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let mut missing = Vec::new();
            let kwdefaults = func.kwdefaults.borrow().clone();
            for i in argcount..total {
                if locals[i].is_none() {
                    let name = &co.varnames[i];
                    let d = kwdefaults.as_ref().and_then(|d| crate::objects::dict::get_str(d, name));
                    match d {
                        Some(v) => locals[i] = Some(v),
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    qualname,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    name_list(&missing)
                )));
            }
        }

        let mut cells = Vec::with_capacity(code.ncells + co.freevars.len());
        for _ in 0..co.cellvars.len() {
            cells.push(ObjRef::new(self.interp.types.cell.clone(), Payload::Cell(RefCell::new(None))));
        }
        for &(ci, ai) in &co.cell2arg {
            if let (Some(cell), Some(slot)) = (cells.get(ci as usize), locals.get_mut(ai as usize)) {
                if let Payload::Cell(c) = &cell.payload {
                    *c.borrow_mut() = slot.take();
                }
            }
        }
        cells.extend(func.closure_cells());
        let mut frame = Frame::new(code.clone(), func.globals.clone(), None, cells);
        for (slot, v) in frame.locals_mut().iter_mut().zip(locals) {
            *slot = v;
        }
        Ok(frame)
    }
}

fn tuple_len(t: &ObjRef) -> usize {
    match &t.payload {
        Payload::Tuple(v) => v.len(),
        _ => 0,
    }
}

fn tuple_items(t: &ObjRef) -> Vec<Value> {
    match &t.payload {
        Payload::Tuple(v) => v.to_vec(),
        _ => Vec::new(),
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
