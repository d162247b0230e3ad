//! What each payload kind refers to (`traverse`) and how to break its references (`clear`):
//! CPython's tp_traverse / tp_clear. The collector's correctness rests on `traverse` naming
//! exactly the counted references an object owns; memory safety does not (clearing only
//! empties cells, so a wrong answer can lose data but never frees a live object).

use super::registry::is_tracked;
use crate::objects::heap::{ObjRef, PyObject};
use crate::objects::payload::{IterState, Payload};
use crate::objects::value::Value;
use crate::vm::frame::{Frame, Resume};

/// One reference found by `traverse`: a header/field pointer or a value slot.
pub enum Ref<'a> {
    Obj(&'a ObjRef),
    Val(&'a Value),
}

/// Which payloads the collector tracks (objects with an instance `__dict__` always are).
/// Empty tuples are shared and atomic things (str, int, bytes...) hold no references.
pub fn is_container(p: &Payload) -> bool {
    match p {
        Payload::Tuple(items) => !items.is_empty(),
        Payload::Builtin(b) => b.self_.is_some(),
        Payload::Instance
        | Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Function(_)
        | Payload::BoundMethod { .. }
        | Payload::Cell(_)
        | Payload::Type(_)
        | Payload::Exception(_)
        | Payload::Generator(_)
        | Payload::AsyncGenOp(_)
        | Payload::Iter(_)
        | Payload::Property { .. }
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Super { .. }
        | Payload::Traceback { .. }
        | Payload::DictView { .. }
        | Payload::Module(_)
        | Payload::WeakRef(_)
        | Payload::MemoryView(_)
        | Payload::GetSet(_) => true,
        _ => false,
    }
}

/// Visit every counted reference `obj` owns. Cells that are mutably borrowed right now are
/// skipped: their targets then look referenced from outside, which only keeps them alive.
pub fn traverse(obj: &PyObject, visit: &mut dyn FnMut(Ref)) {
    // Built-in types are never garbage; only a Python class is owned by its instances.
    if let Some(c) = obj.class_opt() {
        if crate::objects::types::flags(c) & crate::objects::payload::tflags::HEAPTYPE != 0 {
            visit(Ref::Obj(c));
        }
    }
    if let Some(d) = &obj.dict {
        if is_tracked(d) {
            visit(Ref::Obj(d));
        } else if d.refcount() == 1 {
            dict_refs(d, visit);
        }
        // An untracked dict someone else also holds: its items count as referenced from
        // outside, which keeps them (and so this object) alive. Conservative, never wrong.
    }
    let v = |visit: &mut dyn FnMut(Ref), x: &Value| visit(Ref::Val(x));
    match &obj.payload {
        // Sequences are visited last item first, as CPython does (gc.get_referents order).
        Payload::Tuple(items) => items.iter().rev().for_each(|x| v(visit, x)),
        Payload::List(l) => {
            if let Ok(l) = l.try_borrow() {
                l.iter().rev().for_each(|x| v(visit, x));
            }
        }
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for (k, x) in d.iter() {
                    v(visit, k);
                    v(visit, x);
                }
            }
        }
        Payload::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.iter().for_each(|x| v(visit, x));
            }
        }
        Payload::FrozenSet(s) => s.iter().for_each(|x| v(visit, x)),
        Payload::Function(f) => {
            visit(Ref::Obj(&f.globals));
            for cell in [&f.name, &f.qualname, &f.doc, &f.module, &f.annotations] {
                if let Ok(x) = cell.try_borrow() {
                    v(visit, &x);
                }
            }
            for cell in [&f.defaults, &f.kwdefaults] {
                if let Ok(x) = cell.try_borrow() {
                    if let Some(o) = x.as_ref() {
                        visit(Ref::Obj(o));
                    }
                }
            }
            if let Some(c) = &f.closure {
                visit(Ref::Obj(c));
            }
        }
        Payload::Builtin(b) => {
            if let Some(s) = &b.self_ {
                v(visit, s);
            }
        }
        Payload::BoundMethod { func, self_ } => {
            v(visit, func);
            v(visit, self_);
        }
        Payload::Cell(c) => {
            if let Ok(x) = c.try_borrow() {
                if let Some(x) = x.as_ref() {
                    v(visit, x);
                }
            }
        }
        Payload::Type(t) => {
            for cell in [&t.bases, &t.mro] {
                if let Ok(l) = cell.try_borrow() {
                    l.iter().for_each(|o| visit(Ref::Obj(o)));
                }
            }
            if let Ok(ns) = t.ns.try_borrow() {
                for (k, x) in ns.iter() {
                    v(visit, k);
                    v(visit, x);
                }
            }
        }
        Payload::Exception(e) => {
            for cell in [&e.args, &e.traceback, &e.cause, &e.context] {
                if let Ok(x) = cell.try_borrow() {
                    v(visit, &x);
                }
            }
        }
        Payload::Generator(g) => {
            if let Ok(f) = g.frame.try_borrow() {
                if let Some(f) = f.as_ref() {
                    frame_refs(f, visit);
                }
            }
            if let Ok(x) = g.exc.try_borrow() {
                v(visit, &x);
            }
            if let Ok(extra) = g.extra.try_borrow() {
                if let Some(x) = extra.as_ref() {
                    for val in x.values() {
                        v(visit, val);
                    }
                }
            }
        }
        Payload::AsyncGenOp(op) => visit(Ref::Obj(&op.agen)),
        Payload::Iter(it) => {
            if let Ok(it) = it.try_borrow() {
                iter_refs(&it, visit);
            }
        }
        Payload::Property { fget, fset, fdel, doc } => {
            [fget, fset, fdel].into_iter().for_each(|x| v(visit, x));
            if let Ok(d) = doc.try_borrow() {
                v(visit, &d);
            }
        }
        Payload::ClassMethod(x) | Payload::StaticMethod(x) => v(visit, x),
        Payload::Super { ty, obj } => {
            visit(Ref::Obj(ty));
            v(visit, obj);
        }
        Payload::Traceback { next, .. } => {
            if let Ok(x) = next.try_borrow() {
                v(visit, &x);
            }
        }
        Payload::DictView { dict, .. } => visit(Ref::Obj(dict)),
        Payload::MemoryView(m) => v(visit, &m.obj),
        Payload::GetSet(g) => {
            v(visit, &g.name);
            visit(Ref::Obj(&g.owner));
        }
        Payload::Slice(a, b, c) => [a, b, c].into_iter().for_each(|x| v(visit, x)),
        Payload::WeakRef(w) => {
            // The referent is not owned; only the callback is.
            if let Ok(x) = w.callback.try_borrow() {
                v(visit, &x);
            }
        }
        _ => {}
    }
}

fn dict_refs(d: &ObjRef, visit: &mut dyn FnMut(Ref)) {
    if let Payload::Dict(t) = &d.payload {
        if let Ok(t) = t.try_borrow() {
            for (k, x) in t.iter() {
                visit(Ref::Val(k));
                visit(Ref::Val(x));
            }
        }
    }
}

fn frame_refs(f: &Frame, visit: &mut dyn FnMut(Ref)) {
    for x in f.stack.iter().chain(f.locals.iter()).flatten() {
        visit(Ref::Val(x));
    }
    for c in &f.cells {
        visit(Ref::Obj(c));
    }
    visit(Ref::Obj(&f.globals));
    visit(Ref::Obj(&f.builtins));
    if let Some(ns) = &f.ns {
        visit(Ref::Obj(ns));
    }
    match &f.resume {
        Resume::GenForIter { gn, .. } | Resume::GenSend { gn, .. } | Resume::GenNative { gn } => visit(Ref::Obj(gn)),
        Resume::Call | Resume::Native => {}
    }
}

fn iter_refs(it: &IterState, visit: &mut dyn FnMut(Ref)) {
    match it {
        IterState::Seq { seq, .. } => visit(Ref::Val(seq)),
        IterState::Table { obj, .. } => visit(Ref::Obj(obj)),
        IterState::Enumerate { it, count } => {
            visit(Ref::Val(it));
            visit(Ref::Val(count));
        }
        IterState::Zip { its, .. } => its.iter().for_each(|x| visit(Ref::Val(x))),
        IterState::Map { func, its } => {
            visit(Ref::Val(func));
            its.iter().for_each(|x| visit(Ref::Val(x)));
        }
        IterState::Filter { func, it } => {
            visit(Ref::Val(func));
            visit(Ref::Val(it));
        }
        IterState::Reversed { seq, .. } => visit(Ref::Val(seq)),
        IterState::GetItem { obj, .. } => visit(Ref::Val(obj)),
        IterState::Callable { func, sentinel } => {
            visit(Ref::Val(func));
            visit(Ref::Val(sentinel));
        }
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// The heap objects among `obj`'s references (what the collector follows).
pub fn for_each_child(obj: &PyObject, mut f: impl FnMut(&ObjRef)) {
    traverse(obj, &mut |r| match r {
        Ref::Obj(o) => f(o),
        Ref::Val(Value::Obj(o)) => f(o),
        Ref::Val(_) => {}
    });
}

/// Break `obj`'s references so that a garbage cycle through it falls apart (tp_clear).
/// The removed values are returned, not dropped: the caller drops them once every object
/// of the cycle has been cleared, so no destructor runs in the middle of the pass.
pub fn clear(obj: &PyObject, out: &mut Vec<Value>) {
    let take = |cell: &std::cell::RefCell<Value>, out: &mut Vec<Value>| {
        if let Ok(mut x) = cell.try_borrow_mut() {
            out.push(std::mem::replace(&mut *x, Value::None));
        }
    };
    if let Some(d) = &obj.dict {
        if !is_tracked(d) && d.refcount() == 1 {
            clear_dict(d, out);
        }
    }
    match &obj.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                out.append(&mut l);
            }
        }
        Payload::Dict(_) => clear_dict(obj, out),
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                out.extend(std::mem::take(&mut *s).keys());
            }
        }
        Payload::Property { doc, .. } => take(doc, out),
        Payload::Function(f) => {
            for cell in [&f.doc, &f.module, &f.annotations] {
                take(cell, out);
            }
            for cell in [&f.defaults, &f.kwdefaults] {
                if let Ok(mut x) = cell.try_borrow_mut() {
                    out.extend(x.take().map(Value::Obj));
                }
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut x) = c.try_borrow_mut() {
                out.extend(x.take());
            }
        }
        Payload::Type(t) => {
            if let Ok(mut ns) = t.ns.try_borrow_mut() {
                crate::objects::type_cache::invalidate();
                for (k, x) in std::mem::take(&mut *ns).items() {
                    out.push(k);
                    out.push(x);
                }
            }
            for cell in [&t.bases, &t.mro] {
                if let Ok(mut l) = cell.try_borrow_mut() {
                    out.extend(l.drain(..).map(Value::Obj));
                }
            }
        }
        Payload::Exception(e) => {
            for cell in [&e.args, &e.traceback, &e.cause, &e.context] {
                take(cell, out);
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut f) = g.frame.try_borrow_mut() {
                if let Some(mut f) = f.take() {
                    out.extend(f.stack.drain(..).flatten());
                    out.extend(f.locals.drain(..).flatten());
                    out.extend(f.cells.drain(..).map(Value::Obj));
                    out.extend(f.ns.take().map(Value::Obj));
                    // The frame itself (globals, builtins) dies with the values it still holds.
                    drop(f);
                }
            }
            take(&g.exc, out);
            if let Ok(mut extra) = g.extra.try_borrow_mut() {
                if let Some(x) = extra.take() {
                    out.extend(x.values().cloned());
                }
            }
        }
        Payload::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let old = std::mem::replace(&mut *it, IterState::Exhausted);
                iter_refs(&old, &mut |r| {
                    if let Ref::Val(x) = r {
                        out.push(x.clone());
                    }
                });
            }
        }
        Payload::Traceback { next, .. } => take(next, out),
        Payload::WeakRef(w) => take(&w.callback, out),
        _ => {}
    }
}

fn clear_dict(d: &PyObject, out: &mut Vec<Value>) {
    if let Payload::Dict(t) = &d.payload {
        if let Ok(mut t) = t.try_borrow_mut() {
            for (k, x) in std::mem::take(&mut *t).items() {
                out.push(k);
                out.push(x);
            }
        }
    }
}
