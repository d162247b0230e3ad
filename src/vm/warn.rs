//! Warnings raised by native code. One entry point, `warn`: when the program has imported
//! `warnings`, the warning goes through `warnings.warn_explicit` (filters, registries,
//! showwarning all apply); otherwise it is printed in CPython's default format, once per
//! location, as the default "default" action would.

use std::collections::HashSet;
use std::sync::Mutex;

use super::{Args, PyResult, Vm};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;

/// Locations already warned about while `warnings` was not imported:
/// (filename, line, category, message).
static SEEN: Mutex<Option<HashSet<(String, u32, String, String)>>> = Mutex::new(None);

/// Where a warning points: the Python frame `stacklevel` levels up (1 = the running one),
/// or CPython's `sys:1` when no Python code is running.
fn location(vm: &Vm, stacklevel: usize) -> Option<(String, u32, ObjRef)> {
    let idx = vm.frames.len().checked_sub(stacklevel.max(1))?;
    let f = vm.frames.get(idx)?;
    Some((f.code.code.filename.to_string(), f.line(), f.globals.clone()))
}

/// Emit `message` as a warning of `category` (a Warning subclass). `source` is the object
/// the warning is about (the coroutine of "never awaited"); its presence adds CPython's
/// tracemalloc hint. Errors (a filter turned the warning into an exception) propagate.
pub fn warn(vm: &mut Vm, category: &ObjRef, message: &str, stacklevel: usize, source: Option<Value>) -> PyResult<()> {
    let loc = location(vm, stacklevel);
    let modules = vm.interp.modules.clone();
    if let Some(warnings) = crate::objects::dict::get_str(&modules, "warnings") {
        let name = vm.new_str("warn_explicit");
        if let Some(f) = vm.getattr_opt(&warnings, &name, "warn_explicit")? {
            let (file, line, module, registry) = match &loc {
                Some((file, line, globals)) => {
                    let module = crate::objects::dict::get_str(globals, "__name__").unwrap_or(Value::None);
                    let registry = match crate::objects::dict::get_str(globals, "__warningregistry__") {
                        Some(r) => r,
                        None => {
                            let r = vm.new_dict();
                            crate::objects::dict::set_str(vm, globals, "__warningregistry__", r.clone())?;
                            r
                        }
                    };
                    (vm.new_str(file), *line as i64, module, registry)
                }
                None => (vm.new_str("sys"), 1, vm.new_str("sys"), Value::None),
            };
            let msg = vm.new_str(message);
            let mut args = Args::new(vec![msg, Value::Obj(category.clone()), file, Value::Int(line), module, registry]);
            if let Some(src) = source {
                let key = vm.new_str("source");
                args.kwargs.push((key, src));
            }
            vm.call(&f, args)?;
            return Ok(());
        }
    }
    let cat = crate::objects::types::type_name(category);
    let (file, line) = match &loc {
        Some((file, line, _)) => (file.clone(), *line),
        None => ("sys".to_string(), 1),
    };
    {
        let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
        let set = seen.get_or_insert_with(HashSet::new);
        if !set.insert((file.clone(), line, cat.clone(), message.to_string())) {
            return Ok(());
        }
    }
    let mut text = format!("{}:{}: {}: {}\n", file, line, cat, message);
    if loc.is_some() {
        if let Some(src) = super::traceback::source_line(vm, &file, line) {
            text.push_str(&format!("  {}\n", src));
        }
    }
    if source.is_some() && loc.is_some() {
        text.push_str(&format!("{}: Enable tracemalloc to get the object allocation traceback\n", cat));
    }
    crate::modules::sys::write_stderr(&text);
    Ok(())
}
