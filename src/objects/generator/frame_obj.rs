//! `gi_frame` / `cr_frame` / `ag_frame`: the generator's frame object
//! (`objects/frame_object.rs`), one per generator: the running frame's own object while
//! it runs, the same object (holding the state at the last yield) while suspended, None
//! once finished. A suspended generator's f_back is None, as in CPython.

use crate::objects::heap::ObjRef;
use crate::objects::payload::GenData;
use crate::objects::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// The frame of a running generator: on the VM's frame stack, marked by how it resumes.
pub fn running_frame<'a>(vm: &'a Vm, gn: &ObjRef) -> Option<&'a Frame> {
    running_index(vm, gn).and_then(|i| vm.frames.get(i)).map(|f| &**f)
}

fn running_index(vm: &Vm, gn: &ObjRef) -> Option<usize> {
    vm.frames.iter().rposition(|f| f.generator().is_some_and(|g| g.ptr_eq(gn)))
}

pub fn snapshot(vm: &mut Vm, gn: &ObjRef, g: &GenData) -> PyResult<Value> {
    let suspended = {
        let Ok(fr) = g.frame.try_borrow() else { return Ok(Value::None) };
        match fr.as_ref() {
            Some(f) => Some(match super::frame_object(gn) {
                Some(o) => o,
                None => crate::objects::frame_object::suspended_object(vm, f, g.started.get()),
            }),
            None => None,
        }
    };
    if let Some(o) = suspended {
        super::set_frame_object(gn, Value::Obj(o.clone()));
        return Ok(Value::Obj(o));
    }
    if g.running.get() {
        if let Some(i) = running_index(vm, gn) {
            return Ok(crate::objects::frame_object::object_at(vm, i).map_or(Value::None, Value::Obj));
        }
    }
    Ok(Value::None)
}
