//! Relative import names: `from ..pkg import y` inside `a.b.c` means `a.pkg`.

use crate::objects::heap::ObjRef;
use crate::objects::str::as_str;
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

/// The package a module's relative imports are relative to, as CPython's
/// `_calc___package__`: `__package__` when set, else from `__name__` (and `__path__`).
pub fn calc_package(globals: &ObjRef) -> Option<String> {
    let get = |name| crate::objects::dict::get_str(globals, name);
    match get("__package__") {
        Some(Value::None) | None => {}
        Some(p) => return as_str(&p).map(str::to_string),
    }
    let name = get("__name__")?;
    let name = as_str(&name)?;
    if get("__path__").is_some() {
        return Some(name.to_string());
    }
    Some(name.rsplit_once('.').map_or(String::new(), |(parent, _)| parent.to_string()))
}

/// The absolute name for `name` imported at `level` (> 0) from `globals`' package.
pub fn resolve_name(vm: &Vm, name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
    let package = match calc_package(globals) {
        Some(p) if !p.is_empty() => p,
        _ => return Err(vm.import_error("attempted relative import with no known parent package")),
    };
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((parent, _)) => base = parent,
            None => return Err(vm.import_error("attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}
