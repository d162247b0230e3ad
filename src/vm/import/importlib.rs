//! The native `importlib` module (`import_module`, `reload`, `invalidate_caches`) and
//! the `__import__` builtin.

use crate::objects::dict;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::str::as_str;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn function(vm: &Vm, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
    ))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::objects::module::new_module(vm, "importlib");
    if let Some(d) = module.dict.clone() {
        for (name, f) in [
            ("import_module", import_module as NativeFn),
            ("reload", reload as NativeFn),
            ("invalidate_caches", invalidate_caches as NativeFn),
        ] {
            let v = function(vm, name, f);
            dict::set_str(vm, &d, name, v)?;
        }
    }
    Ok(module)
}

/// Put `__import__` into builtins (called once at start-up).
pub fn install_builtin(vm: &mut Vm) -> PyResult<()> {
    if let Some(b) = vm.interp.builtins.dict.clone() {
        let v = function(vm, "__import__", dunder_import);
        dict::set_str(vm, &b, "__import__", v)?;
    }
    Ok(())
}

/// True for the `__import__` this module installs (IMPORT_NAME then skips the call).
pub fn is_builtin_import(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(b)) if b.name == "__import__" && b.self_.is_none())
}

fn str_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    as_str(v)
        .map(str::to_string)
        .ok_or_else(|| vm.type_error(format!("{func}() argument 1 must be str, not {}", vm.type_name(v))))
}

fn import_module(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let package_kw = args.take_kw("package");
    args.check(vm, "import_module", 1, 2)?;
    let name = str_arg(vm, &args.at(0), "import_module")?;
    let package = package_kw.or_else(|| args.get(1).cloned()).unwrap_or(Value::None);
    let level = name.len() - name.trim_start_matches('.').len();
    let absolute = if level > 0 {
        let Some(pkg) = as_str(&package).map(str::to_string) else {
            return Err(vm.type_error(format!(
                "the 'package' argument is required to perform a relative import for '{name}'"
            )));
        };
        let mut base = pkg.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((parent, _)) => base = parent,
                None => return Err(vm.import_error("attempted relative import beyond top-level package")),
            }
        }
        let rest = &name[level..];
        if rest.is_empty() { base.to_string() } else { format!("{base}.{rest}") }
    } else {
        name
    };
    super::import_absolute(vm, &absolute)
}

fn reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "reload", 1, 1)?;
    let module = args.at(0);
    let is_module = matches!(module.payload(), Some(Payload::Module(_)));
    let name = vm.getattr_str(&module, "__name__").ok().and_then(|n| as_str(&n).map(str::to_string));
    let (Some(name), true) = (name, is_module) else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let in_modules = dict::get_str(&vm.interp.modules.clone(), &name).is_some_and(|m| m.is(&module));
    if !in_modules {
        return Err(vm.import_error(format!("module {name} not in sys.modules")));
    }
    let _lock = super::lock::acquire();
    let (dirs, top) = match name.rsplit_once('.') {
        None => (super::sys_path(vm)?, true),
        Some((parent, _)) => {
            let Some(p) = dict::get_str(&vm.interp.modules.clone(), parent) else {
                return Err(vm.import_error(format!("parent '{parent}' not in sys.modules")));
            };
            let path = vm.getattr_str(&p, "__path__")?;
            (super::str_list(vm, &path)?, false)
        }
    };
    let code = match super::find::find(&name, &dirs, top) {
        Some(super::find::Origin::File { path, .. }) => super::load::file_code(vm, &path)?,
        Some(super::find::Origin::Native(_)) => return Ok(module),
        Some(super::find::Origin::Embedded { rel, source, .. }) => {
            let filename = format!("{}/{}", super::stdlib::ROOT, rel);
            crate::compiler::compile_source(source, crate::ast::Mode::Exec, &filename)
                .map_err(|e| super::load::syntax_error_exception(vm, &e))?
        }
        _ => return Err(super::module_not_found(vm, format!("spec not found for the module '{name}'"), &name)),
    };
    let Some(d) = module.as_obj().and_then(|o| o.dict.clone()) else { return Ok(module) };
    vm.run_code(code, d, None)?;
    Ok(dict::get_str(&vm.interp.modules.clone(), &name).unwrap_or(module))
}

fn invalidate_caches(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let take = |args: &mut Args, i: usize, kw: &str| args.take_kw(kw).or_else(|| args.get(i).cloned());
    let name = take(&mut args, 0, "name");
    let globals = take(&mut args, 1, "globals");
    let _locals = take(&mut args, 2, "locals");
    let fromlist = take(&mut args, 3, "fromlist").unwrap_or(Value::None);
    let level = take(&mut args, 4, "level").unwrap_or(Value::Int(0));
    let Some(name) = name else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let name = str_arg(vm, &name, "__import__")?;
    let Value::Int(level) = level else {
        return Err(vm.type_error("'level' must be an integer"));
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let globals = globals.and_then(|g| match g.payload() {
        Some(Payload::Dict(_)) => g.as_obj().cloned(),
        _ => None,
    });
    super::import_module_level(vm, &name, globals.as_ref(), &fromlist, level as usize)
}
