//! `gi_frame` / `cr_frame` / `ag_frame`: a read-only snapshot of a suspended generator's
//! frame, taken when the attribute is read (f_lineno, f_code, f_locals, f_globals,
//! f_builtins, f_lasti; f_back is None as for any suspended generator in CPython). The
//! VM has no frame objects yet; this gives introspection (and asyncio's task reprs) the
//! fields they read.

use crate::objects::heap::ObjRef;
use crate::objects::payload::{GenData, Payload};
use crate::objects::value::Value;
use crate::vm::frame::{Frame, Resume};
use crate::vm::{PyResult, Vm};

/// The frame of a running generator: on the VM's frame stack, marked by how it resumes.
pub fn running_frame<'a>(vm: &'a Vm, gn: &ObjRef) -> Option<&'a Frame> {
    vm.frames.iter().rev().map(|f| &**f).find(|f| match &f.resume {
        Resume::GenForIter { gn: g, .. } | Resume::GenSend { gn: g, .. } | Resume::GenNative { gn: g } => g.ptr_eq(gn),
        _ => false,
    })
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
            if let Some(Some(v)) = f.locals.get(i) {
                locals.push((name.clone(), v.clone()));
            }
        }
        for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
            if let Some(cell) = f.cells.get(i) {
                if let Payload::Cell(c) = &cell.payload {
                    if let Some(v) = c.borrow().clone() {
                        locals.push((name.clone(), v));
                    }
                }
            }
        }
        let code_obj = Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(f.code.clone())));
        (line, f.lasti, locals, code_obj, f.globals.clone(), f.builtins.clone())
    };
    let (line, lasti, locals, code_obj, globals, builtins) = fields;
    let ldict = vm.new_dict_obj();
    for (name, v) in locals {
        crate::objects::dict::set_str(vm, &ldict, &name, v)?;
    }
    let ns = vm.new_dict_obj();
    let module = vm.new_str("builtins");
    crate::objects::dict::set_str(vm, &ns, "__module__", module)?;
    let ty = vm.interp.types.type_.clone();
    let cls = crate::objects::types::new_class(vm, &ty, "frame", Vec::new(), &ns)?;
    let obj = crate::objects::types::new_instance(vm, &cls);
    let Some(d) = obj.dict.clone() else { return Ok(Value::None) };
    crate::objects::dict::set_str(vm, &d, "f_lineno", Value::Int(line as i64))?;
    crate::objects::dict::set_str(vm, &d, "f_lasti", Value::Int(2 * lasti as i64))?;
    crate::objects::dict::set_str(vm, &d, "f_code", code_obj)?;
    crate::objects::dict::set_str(vm, &d, "f_locals", Value::Obj(ldict))?;
    crate::objects::dict::set_str(vm, &d, "f_globals", Value::Obj(globals))?;
    crate::objects::dict::set_str(vm, &d, "f_builtins", Value::Obj(builtins))?;
    crate::objects::dict::set_str(vm, &d, "f_back", Value::None)?;
    crate::objects::dict::set_str(vm, &d, "f_trace", Value::None)?;
    Ok(Value::Obj(obj))
}
