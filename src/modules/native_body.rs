//! Native modules whose body is Python run over native primitives (`time`, `signal`,
//! `select`, `itertools`, `_socket`, `_multiprocessing`): the shared pieces.

use std::rc::Rc;

use crate::bytecode::code::CodeObject;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

/// The compiled body of native module `name`, through the embedded code cache as the
/// stdlib's modules are: compiled once per build, not once per process.
pub fn body_code(vm: &Vm, name: &str, source: &str) -> PyResult<Rc<CodeObject>> {
    crate::vm::import::load::builtin_source_code(vm, &format!("_native_{name}.py"), source, &format!("<frozen {name}>"))
        .map_err(|e| vm.runtime_error(format!("{name} failed to compile: {}", e.msg)))
}

/// Binds `primitives` in `ns` as builtin functions: the private names the body calls.
pub fn add_primitives(vm: &mut Vm, ns: &ObjRef, primitives: &[(&'static str, NativeFn)]) -> PyResult<()> {
    for &(name, func) in primitives {
        let f = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, ns, name, f)?;
    }
    Ok(())
}
