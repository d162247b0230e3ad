//! `itertools`: the tools are written in Python (`itertools.py`, compiled at first
//! import) because every one of them is a lazy state machine that a generator expresses
//! directly; the body runs in a private namespace and only the public names (and the
//! helper types CPython exposes) are copied into the module.

use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("itertools.py");

/// What `dir(itertools)` shows besides the dunders, as in CPython 3.11.
const EXPORTS: &[&str] = &[
    "_grouper",
    "_tee",
    "_tee_dataobject",
    "accumulate",
    "chain",
    "combinations",
    "combinations_with_replacement",
    "compress",
    "count",
    "cycle",
    "dropwhile",
    "filterfalse",
    "groupby",
    "islice",
    "pairwise",
    "permutations",
    "product",
    "repeat",
    "starmap",
    "takewhile",
    "tee",
    "zip_longest",
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let code = super::native_body::body_code(vm, "itertools", SOURCE)?;
    let private = crate::objects::module::new_module(vm, "itertools");
    let Some(ns) = private.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    vm.run_code(code, ns.clone(), None)?;
    let module = crate::objects::module::new_module(vm, "itertools");
    let Some(out) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for name in EXPORTS {
        if let Some(v) = crate::objects::dict::get_str(&ns, name) {
            crate::objects::dict::set_str(vm, &out, name, v)?;
        }
    }
    let doc = crate::objects::dict::get_str(&ns, "__doc__").unwrap_or(Value::None);
    crate::objects::dict::set_str(vm, &out, "__doc__", doc)?;
    crate::objects::dict::set_str(vm, &out, "__package__", vm.new_str(""))?;
    crate::objects::dict::set_str(vm, &out, "__spec__", Value::None)?;
    crate::objects::dict::set_str(vm, &out, "__loader__", Value::None)?;
    let key = vm.new_str("__builtins__");
    crate::objects::dict::del_item_opt(vm, &out, &key)?;
    Ok(module)
}
