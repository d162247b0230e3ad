//! The import system: IMPORT_NAME / IMPORT_FROM / IMPORT_STAR, `sys.path` and
//! `sys.modules`, packages and relative imports, circular-import errors, and the
//! `importlib` module. The finder is `find.rs`, the loader (with the pyc cache)
//! `load.rs`, the embedded standard library `stdlib.rs`.

mod importtime;
pub mod find;
pub mod importlib;
pub mod load;
pub mod lock;
pub mod resolve;
pub mod stdlib;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::bytecode::CodeObject;
use crate::objects::dict;
use crate::objects::heap::ObjRef;
use crate::objects::payload::Payload;
use crate::objects::str::{as_str, as_str_lossy};
use crate::objects::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Interpreter-wide import state (lives in `Interp`).
#[derive(Default)]
pub struct ImportState {
    /// Modules whose body is running: an import of a missing name from one of them is
    /// reported as a circular import.
    pub initializing: RefCell<Vec<String>>,
    /// Compiled embedded stdlib modules, by table path.
    pub embedded_code: RefCell<HashMap<String, Rc<CodeObject>>>,
    /// How `__main__` was started: sys.path[0] and its `__package__` (for `-m`).
    pub main: RefCell<MainSpec>,
}

#[derive(Default, Clone)]
pub struct MainSpec {
    /// None: the script's directory (or '' for -c / stdin).
    pub path0: Option<String>,
    /// `__package__` of `__main__` under `-m` (relative imports in the run module).
    pub package: Option<String>,
}

static DONT_WRITE_BYTECODE: AtomicBool = AtomicBool::new(false);

/// `-B`: never write pyc files in this process.
pub fn set_dont_write_bytecode(on: bool) {
    DONT_WRITE_BYTECODE.store(on, Ordering::Relaxed);
}

/// What a program set `sys.dont_write_bytecode` to (initially `not may_write_bytecode()`).
pub fn sys_dont_write_bytecode(vm: &Vm) -> bool {
    let v = vm.interp.sys.dict.as_ref().and_then(|d| dict::get_str(d, "dont_write_bytecode"));
    matches!(v, Some(Value::Bool(true)) | Some(Value::Int(1..)))
}

/// False under `-B` or `MINIPY_DONT_WRITE_BYTECODE` set to a non-empty value.
pub fn may_write_bytecode() -> bool {
    !DONT_WRITE_BYTECODE.load(Ordering::Relaxed)
        && crate::config::env_var("MINIPY_DONT_WRITE_BYTECODE").is_none()
}

/// The initial `sys.path`: sys.path[0], then the `MINIPY_PATH` entries, then the standard
/// library (the embedded table's pseudo-directory, or MINIPY_STDLIB).
pub fn initial_path(path0: &str) -> Vec<String> {
    // `-P` / `-I`: no potentially unsafe directory in front.
    let mut path = if crate::config::get().safe_path { Vec::new() } else { vec![path0.to_string()] };
    if let Some(extra) = crate::config::env_var("MINIPY_PATH") {
        path.extend(std::env::split_paths(&extra).map(|p| p.display().to_string()).filter(|p| !p.is_empty()));
    }
    path.push(stdlib::disk_root().unwrap_or_else(|| stdlib::ROOT.to_string()));
    path
}

/// Prepare `__main__` and sys.path for running `filename`.
pub fn init_main(vm: &mut Vm, main: &ObjRef, filename: &str) -> PyResult<()> {
    let spec = vm.interp.import.main.borrow().clone();
    let path0 = spec.path0.unwrap_or_else(|| {
        if filename.starts_with('<') {
            String::new()
        } else {
            std::path::Path::new(filename).parent().map(|p| p.display().to_string()).unwrap_or_default()
        }
    });
    let entries: Vec<Value> = initial_path(&path0).iter().map(|p| vm.new_str(p)).collect();
    let path = vm.new_list(entries);
    if let Some(sys) = vm.interp.sys.dict.clone() {
        dict::set_str(vm, &sys, "path", path)?;
        dict::set_str(vm, &sys, "dont_write_bytecode", Value::Bool(!may_write_bytecode()))?;
    }
    if let Some(d) = &main.dict {
        let package = spec.package.as_deref().map_or(Value::None, |p| vm.new_str(p));
        dict::set_str(vm, d, "__package__", package)?;
        dict::set_str(vm, d, "__loader__", Value::None)?;
        dict::set_str(vm, d, "__spec__", Value::None)?;
        dict::set_str(vm, d, "__cached__", Value::None)?;
    }
    // `-m pkg.mod` runs inside its package: import the package first, as runpy does.
    if let Some(package) = spec.package.filter(|p| !p.is_empty()) {
        import_absolute(vm, &package)?;
    }
    Ok(())
}

fn modules(vm: &Vm) -> ObjRef {
    vm.interp.modules.clone()
}

fn str_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    let items = vm.collect_iterable(v)?;
    Ok(items.iter().filter_map(|p| as_str(p).map(str::to_string)).collect())
}

/// `sys.path` as strings (non-str entries are skipped, as CPython's path finder does).
fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    let path = vm.interp.sys.dict.as_ref().and_then(|d| dict::get_str(d, "path"));
    match path {
        Some(p) => str_list(vm, &p),
        None => Ok(Vec::new()),
    }
}

pub fn module_not_found(vm: &mut Vm, msg: String, name: &str) -> PyErr {
    let e = vm.module_not_found_error(msg);
    if let Some(d) = e.0.dict.clone() {
        let n = vm.new_str(name);
        let _ = dict::set_str(vm, &d, "name", n);
    }
    e
}

/// The module `fullname` (absolute), importing its parents first.
pub fn import_absolute(vm: &mut Vm, fullname: &str) -> PyResult<Value> {
    let _lock = lock::acquire();
    import_unlocked(vm, fullname)
}

fn cached(vm: &mut Vm, fullname: &str) -> PyResult<Option<Value>> {
    match dict::get_str(&modules(vm), fullname) {
        Some(Value::None) => Err(module_not_found(vm, format!("import of {fullname} halted; None in sys.modules"), fullname)),
        other => Ok(other),
    }
}

fn import_unlocked(vm: &mut Vm, fullname: &str) -> PyResult<Value> {
    if fullname.is_empty() || fullname.starts_with('.') || fullname.ends_with('.') || fullname.contains("..") {
        return Err(vm.value_error("Empty module name"));
    }
    if let Some(m) = cached(vm, fullname)? {
        return Ok(m);
    }
    let (dirs, parent) = match fullname.rsplit_once('.') {
        None => (sys_path(vm)?, None),
        Some((parent_name, child)) => {
            let parent = import_unlocked(vm, parent_name)?;
            // The parent's body may have imported this module already.
            if let Some(m) = cached(vm, fullname)? {
                return Ok(m);
            }
            let path = vm.getattr_str(&parent, "__path__").ok();
            let Some(path) = path else {
                return Err(module_not_found(
                    vm,
                    format!("No module named '{fullname}'; '{parent_name}' is not a package"),
                    fullname,
                ));
            };
            (str_list(vm, &path)?, Some((parent, child.to_string())))
        }
    };
    let Some(origin) = find::find(fullname, &dirs, parent.is_none()) else {
        return Err(module_not_found(vm, format!("No module named '{fullname}'"), fullname));
    };
    let module = importtime::timed(fullname, || load::load(vm, fullname, origin))?;
    if let Some((parent, child)) = parent {
        let key = vm.interp.intern(&child);
        vm.setattr(&parent, &key, module.clone())?;
    }
    Ok(module)
}

fn is_empty_fromlist(fromlist: &Value) -> bool {
    match fromlist.payload() {
        Some(Payload::Tuple(t)) => t.is_empty(),
        Some(Payload::List(l)) => l.borrow().is_empty(),
        _ => fromlist.is_none(),
    }
}

/// `__import__(name, globals, locals, fromlist, level)`, as IMPORT_NAME performs it.
pub fn import_module_level(vm: &mut Vm, name: &str, globals: Option<&ObjRef>, fromlist: &Value, level: usize) -> PyResult<Value> {
    let absolute = if level > 0 {
        match globals {
            Some(g) => resolve::resolve_name(vm, name, g, level)?,
            None => return Err(vm.import_error("attempted relative import with no known parent package")),
        }
    } else {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.to_string()
    };
    let _lock = lock::acquire();
    let module = import_unlocked(vm, &absolute)?;
    if is_empty_fromlist(fromlist) {
        if level == 0 {
            let top = name.split('.').next().unwrap_or(name);
            return import_unlocked(vm, top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        // `__import__('.a.b', level=1)` returns the package up to the first dotted part.
        let cut = absolute.len() - (name.len() - name.split('.').next().unwrap_or("").len());
        return import_unlocked(vm, &absolute[..cut]);
    }
    handle_fromlist(vm, &module, &absolute, fromlist, false)?;
    Ok(module)
}

/// `from package import submodule`: import submodules named in the fromlist (and in
/// `__all__` for `*`) that are not attributes yet.
fn handle_fromlist(vm: &mut Vm, module: &Value, fullname: &str, fromlist: &Value, recursive: bool) -> PyResult<()> {
    if vm.getattr_str(module, "__path__").is_err() {
        return Ok(());
    }
    for item in vm.collect_iterable(fromlist)? {
        let Some(name) = as_str(&item).map(str::to_string) else {
            let what = if recursive { "``from list''" } else { "Item in ``from list''" };
            return Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(&item))));
        };
        if name == "*" {
            if !recursive {
                if let Ok(all) = vm.getattr_str(module, "__all__") {
                    handle_fromlist(vm, module, fullname, &all, true)?;
                }
            }
            continue;
        }
        if vm.getattr_str(module, &name).is_ok() {
            continue;
        }
        let sub = format!("{fullname}.{name}");
        if let Err(e) = import_unlocked(vm, &sub) {
            // Only "this very submodule does not exist" is ignored; IMPORT_FROM reports it.
            let missing = vm.err_matches(&e, &vm.interp.exc.module_not_found_error.clone())
                && e.0.dict.as_ref().and_then(|d| dict::get_str(d, "name")).is_some_and(|n| as_str(&n) == Some(&sub));
            if !missing {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// IMPORT_NAME: `level` and `fromlist` come from the stack, the globals from the frame.
pub fn import_name(vm: &mut Vm, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name = as_str_lossy(name).into_owned();
    let level = match level {
        Value::Int(l) if *l >= 0 => *l as usize,
        _ => 0,
    };
    let (globals, builtins) = match vm.frames.last() {
        Some(f) => (Some(f.globals.clone()), Some(f.builtins().clone())),
        None => (None, None),
    };
    // A replaced `builtins.__import__` is honoured, as CPython's IMPORT_NAME does.
    let hook = builtins.as_ref().and_then(|b| dict::get_str(b, "__import__"));
    match hook {
        None => return Err(vm.import_error("__import__ not found")),
        Some(h) if !importlib::is_builtin_import(&h) => {
            let g = globals.clone().map_or(Value::None, Value::Obj);
            let locals = vm.frames.last().and_then(|f| f.ns().cloned()).map_or(Value::None, Value::Obj);
            let args = vec![vm.new_str(&name), g, locals, fromlist.clone(), Value::Int(level as i64)];
            return vm.call(&h, crate::vm::Args::new(args));
        }
        Some(_) => {}
    }
    import_module_level(vm, &name, globals.as_ref(), fromlist, level)
}

fn module_name_and_file(vm: &mut Vm, module: &Value) -> (String, Option<String>) {
    let get = |vm: &mut Vm, attr: &str| vm.getattr_str(module, attr).ok().and_then(|v| as_str(&v).map(str::to_string));
    (get(vm, "__name__").unwrap_or_else(|| "<unknown module name>".into()), get(vm, "__file__"))
}

/// IMPORT_FROM: the attribute, else an already-imported submodule, else CPython's errors.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    let attr_err = match vm.getattr(module, name) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    if !vm.err_matches(&attr_err, &vm.interp.exc.attribute_error.clone()) {
        return Err(attr_err);
    }
    let (mname, file) = module_name_and_file(vm, module);
    let attr = as_str_lossy(name).into_owned();
    if let Some(m) = dict::get_str(&modules(vm), &format!("{mname}.{attr}")) {
        return Ok(m);
    }
    let location = file.map_or("unknown location".to_string(), |f| f);
    let circular = vm.interp.import.initializing.borrow().iter().any(|n| *n == mname);
    let msg = if circular {
        format!(
            "cannot import name '{attr}' from partially initialized module '{mname}' (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{attr}' from '{mname}' ({location})")
    };
    let e = vm.import_error(msg);
    if let Some(d) = e.0.dict.clone() {
        let n = vm.new_str(&mname);
        dict::set_str(vm, &d, "name", n)?;
    }
    Err(e)
}

/// A missing module attribute, worded as CPython's `module_getattro`: by the module's
/// `__name__` (if it is a str), and blaming a circular import while the body still runs.
pub fn module_no_attribute(vm: &Vm, module: &Value, attr: &str) -> PyErr {
    let name = module
        .as_obj()
        .and_then(|o| o.dict.as_ref())
        .and_then(|d| dict::get_str(d, "__name__"))
        .and_then(|n| as_str(&n).map(str::to_string));
    let Some(name) = name else {
        return vm.attribute_error(format!("module has no attribute '{attr}'"));
    };
    if vm.interp.import.initializing.borrow().iter().any(|n| *n == name) {
        return vm.attribute_error(format!(
            "partially initialized module '{name}' has no attribute '{attr}' (most likely due to a circular import)"
        ));
    }
    vm.attribute_error(format!("module '{name}' has no attribute '{attr}'"))
}

/// IMPORT_STAR: the names in `__all__`, or every public name.
pub fn import_star(vm: &mut Vm, module: &Value, ns: &ObjRef) -> PyResult<()> {
    let all = match vm.getattr_str(module, "__all__") {
        Ok(all) => Some(all),
        Err(e) if vm.err_matches(&e, &vm.interp.exc.attribute_error.clone()) => None,
        Err(e) => return Err(e),
    };
    let (names, public_only) = match all {
        Some(all) => (vm.collect_iterable(&all)?, false),
        None => {
            let d = match vm.getattr_str(module, "__dict__") {
                Ok(d) => d,
                Err(e) if vm.err_matches(&e, &vm.interp.exc.attribute_error.clone()) => {
                    return Err(vm.import_error("from-import-* object has no __dict__ and no __all__"));
                }
                Err(e) => return Err(e),
            };
            (vm.collect_iterable(&d)?, true)
        }
    };
    for key in names {
        let Some(s) = as_str(&key).map(str::to_string) else {
            let what = if public_only { "Key in __dict__" } else { "Item in __all__" };
            let modname = module_name_and_file(vm, module).0;
            return Err(vm.type_error(format!("{what} of {modname} must be str, not {}", vm.type_name(&key))));
        };
        if public_only && s.starts_with('_') {
            continue;
        }
        let value = vm.getattr(module, &key)?;
        dict::set_item(vm, ns, key, value)?;
    }
    Ok(())
}
