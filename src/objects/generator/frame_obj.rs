//! `gi_frame` / `cr_frame` / `ag_frame`: a frame object (`objects/frame_object.rs`)
//! snapshotting the generator's frame when the attribute is read; f_back is None, as for
//! any suspended generator in CPython.

use crate::objects::heap::ObjRef;
use crate::objects::frame_object::FrameSnap;
use crate::objects::payload::{GenData, Payload};
use crate::objects::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// The frame of a running generator: on the VM's frame stack, marked by how it resumes.
pub fn running_frame<'a>(vm: &'a Vm, gn: &ObjRef) -> Option<&'a Frame> {
    vm.frames.iter().rev().map(|f| &**f).find(|f| f.generator().is_some_and(|g| g.ptr_eq(gn)))
}

pub fn snapshot(vm: &mut Vm, gn: &ObjRef, g: &GenData) -> PyResult<Value> {
    let fields = {
        let Ok(fr) = g.frame.try_borrow() else { return Ok(Value::None) };
        let f = match fr.as_ref() {
            Some(f) => &**f,
            None if g.running.get() => match running_frame(vm, gn) {
                Some(f) => f,
                None => return Ok(Value::None),
            },
            None => return Ok(Value::None),
        };
        let code = &f.code.code;
        // An unstarted generator reports the `def` line, as CPython does.
        let line = if g.started.get() { f.line() } else { code.firstlineno };
        let mut locals = Vec::new();
        for (i, name) in code.varnames.iter().enumerate() {
            if let Some(Some(v)) = f.locals().get(i) {
                locals.push((name.clone(), v.clone()));
            }
        }
        for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
            if let Some(cell) = f.cell(i) {
                if let Payload::Cell(c) = &cell.payload {
                    if let Some(v) = c.borrow().clone() {
                        locals.push((name.clone(), v));
                    }
                }
            }
        }
        (line, f.lasti, locals, f.code.clone(), f.globals.clone())
    };
    let (line, lasti, locals, code, globals) = fields;
    let ldict = vm.new_dict_obj();
    for (name, v) in locals {
        crate::objects::dict::set_str(vm, &ldict, &name, v)?;
    }
    let snap = FrameSnap { code, globals, locals: Value::Obj(ldict), lineno: line, lasti, back: Value::None };
    Ok(crate::objects::frame_object::new_frame(vm, snap))
}
