//! The parts of `sys` the command line decides (flags, warnoptions, _xoptions, orig_argv,
//! the REPL prompts) and the two hooks: `sys.displayhook` (how the REPL echoes a value)
//! and `sys.excepthook` (how an uncaught exception is printed).

use crate::objects::dict;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn native(vm: &Vm, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
    ))
}

fn is_native(v: &Value, func: NativeFn) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(b)) if std::ptr::fn_addr_eq(b.func, func))
}

/// Run a Python snippet in a fresh namespace holding `bindings`; the namespace after.
pub(crate) fn run_snippet(vm: &mut Vm, source: &str, filename: &str, bindings: Vec<(&str, Value)>) -> Option<ObjRef> {
    let code = crate::vm::import::load::builtin_source_code(vm, &format!("_snippet_{filename}_{}.py", source.len()), source, filename).ok()?;
    let ns = crate::objects::module::new_module(vm, filename);
    let globals = ns.dict.clone()?;
    for (k, v) in bindings {
        dict::set_str(vm, &globals, k, v).ok()?;
    }
    vm.run_code(code, globals.clone(), None).ok()?;
    Some(globals)
}

/// An OS string as CPython decodes it: UTF-8, undecodable bytes as lone surrogates.
fn os_str(vm: &Vm, raw: &[u8]) -> Value {
    match std::str::from_utf8(raw) {
        Ok(s) => vm.new_str(s),
        Err(_) => match crate::objects::codecs::decode(vm, raw, crate::objects::codecs::Codec::Utf8, "surrogateescape") {
            Ok(s) => vm.new_pystr(s),
            Err(_) => vm.new_str(&String::from_utf8_lossy(raw)),
        },
    }
}

/// sys.argv was built from the lossily decoded arguments; its items past argv[0] are the
/// command line's last arguments, so the undecodable ones are redone from the bytes.
fn surrogateescape_argv(vm: &mut Vm, sys: &ObjRef, raw: &[Vec<u8>]) {
    let Some(argv) = dict::get_str(sys, "argv") else { return };
    let Some(Payload::List(items)) = argv.payload() else { return };
    let len = items.borrow().len();
    for i in 1..len {
        let Some(bytes) = raw.len().checked_sub(len - i).and_then(|j| raw.get(j)) else { continue };
        if std::str::from_utf8(bytes).is_err() {
            let v = os_str(vm, bytes);
            if let Some(slot) = items.borrow_mut().get_mut(i) {
                *slot = v;
            }
        }
    }
}

pub fn init(vm: &mut Vm, sys: &ObjRef) -> PyResult<()> {
    let config = crate::config::get();
    let warnoptions: Vec<Value> = config.warnoptions.iter().map(|w| vm.new_str(w)).collect();
    let warnoptions = vm.new_list(warnoptions);
    let xoptions = vm.new_dict_obj();
    for (name, value) in &config.xoptions {
        let v = value.as_deref().map_or(Value::Bool(true), |v| vm.new_str(v));
        dict::set_str(vm, &xoptions, name, v)?;
    }
    let orig: Vec<Value> = config.raw_argv.iter().map(|a| os_str(vm, a)).collect();
    surrogateescape_argv(vm, sys, &config.raw_argv);
    let orig_argv = vm.new_list(orig);
    let displayhook = native(vm, "displayhook", sys_displayhook);
    let excepthook = native(vm, "excepthook", sys_excepthook);
    let entries: Vec<(&str, Value)> = vec![
        ("warnoptions", warnoptions),
        ("_xoptions", Value::Obj(xoptions)),
        ("orig_argv", orig_argv),
        ("displayhook", displayhook.clone()),
        ("__displayhook__", displayhook),
        ("excepthook", excepthook.clone()),
        ("__excepthook__", excepthook),
        ("dont_write_bytecode", Value::Bool(config.dont_write_bytecode)),
        ("_getframe", native(vm, "_getframe", crate::objects::frame_object::sys_getframe)),
        ("settrace", native(vm, "settrace", crate::vm::trace::sys_settrace)),
        ("gettrace", native(vm, "gettrace", crate::vm::trace::sys_gettrace)),
        ("setprofile", native(vm, "setprofile", crate::vm::trace::sys_setprofile)),
        ("getprofile", native(vm, "getprofile", crate::vm::trace::sys_getprofile)),
        ("get_asyncgen_hooks", native(vm, "get_asyncgen_hooks", crate::objects::generator::hooks::get_asyncgen_hooks)),
        ("set_asyncgen_hooks", native(vm, "set_asyncgen_hooks", crate::objects::generator::hooks::set_asyncgen_hooks)),
        (
            "get_coroutine_origin_tracking_depth",
            native(vm, "get_coroutine_origin_tracking_depth", crate::objects::generator::hooks::get_coroutine_origin_tracking_depth),
        ),
        (
            "set_coroutine_origin_tracking_depth",
            native(vm, "set_coroutine_origin_tracking_depth", crate::objects::generator::hooks::set_coroutine_origin_tracking_depth),
        ),
    ];
    crate::objects::frame_object::register(vm);
    crate::objects::code_replace::register(vm);
    for (k, v) in entries {
        dict::set_str(vm, sys, k, v)?;
    }
    let b = |x: bool| Value::Int(x as i64);
    let values = vec![
        Value::Int(config.debug as i64),
        b(config.inspect),
        b(config.interactive),
        Value::Int(config.optimize as i64),
        b(config.dont_write_bytecode),
        b(config.no_user_site),
        b(config.no_site),
        b(config.ignore_environment),
        Value::Int(config.verbose as i64),
        Value::Int(config.bytes_warning as i64),
        b(config.quiet),
        Value::Int(1),
        b(config.isolated),
        Value::Bool(false),
        Value::Int(0),
        Value::Int(0),
        Value::Bool(config.safe_path),
        Value::Int(-1),
    ];
    let values = vm.new_tuple(values);
    if let Some(ns) = run_snippet(vm, include_str!("sys_flags.py"), "sys", vec![("_values", values)]) {
        if let Some(flags) = dict::get_str(&ns, "result") {
            dict::set_str(vm, sys, "flags", flags)?;
        }
    }
    Ok(())
}

/// The prompts exist only once the interpreter is interactive, as in CPython.
pub fn set_prompts(vm: &mut Vm) -> PyResult<()> {
    let Some(sys) = vm.interp.sys.dict.clone() else { return Ok(()) };
    for (name, text) in [("ps1", ">>> "), ("ps2", "... ")] {
        if dict::get_str(&sys, name).is_none() {
            dict::set_str(vm, &sys, name, vm.new_str(text))?;
        }
    }
    Ok(())
}

/// The site builtins (`exit`/`quit` that show how to leave, `help`, `copyright`...),
/// defined by the embedded `_sitebuiltins` module; skipped under `-S`, as CPython's site.
pub fn install_site_builtins(vm: &mut Vm) {
    if crate::config::get().no_site {
        return;
    }
    let Some(source) = crate::vm::import::stdlib::source("_sitebuiltins.py") else { return };
    let Ok(code) = crate::vm::import::load::builtin_source_code(vm, "_sitebuiltins.py", source, "<minipy-stdlib>/_sitebuiltins.py") else { return };
    let module = crate::objects::module::new_module(vm, "_sitebuiltins");
    let Some(globals) = module.dict.clone() else { return };
    let _ = dict::set_item(vm, &vm.interp.modules.clone(), vm.new_str("_sitebuiltins"), Value::Obj(module.clone()));
    if vm.run_code(code, globals.clone(), None).is_err() {
        return;
    }
    if let Some(install) = dict::get_str(&globals, "install") {
        let _ = vm.call1(&install, Value::Obj(vm.interp.builtins.clone()));
    }
}

/// What PRINT_EXPR does with an interactive expression's value: call sys.displayhook.
pub fn displayhook(vm: &mut Vm, value: Value) -> PyResult<()> {
    let hook = vm.interp.sys.dict.as_ref().and_then(|d| dict::get_str(d, "displayhook"));
    match hook {
        Some(h) if !is_native(&h, sys_displayhook) => vm.call1(&h, value).map(|_| ()),
        Some(_) => display(vm, value),
        None => Err(vm.runtime_error("lost sys.displayhook")),
    }
}

/// CPython's sys.displayhook: print repr(value) and keep it in builtins._ (None is skipped).
fn display(vm: &mut Vm, value: Value) -> PyResult<()> {
    if value.is_none() {
        return Ok(());
    }
    let Some(b) = vm.interp.builtins.dict.clone() else { return Ok(()) };
    dict::set_str(vm, &b, "_", Value::None)?;
    let text = vm.repr_string(&value)?;
    let stdout = vm.interp.sys.dict.as_ref().and_then(|d| dict::get_str(d, "stdout"));
    match stdout {
        Some(out) if !matches!(out.payload(), Some(Payload::TextStream(_))) => {
            let text = vm.new_str(&text);
            vm.call_method(&out, "write", vec![text])?;
            let nl = vm.new_str("\n");
            vm.call_method(&out, "write", vec![nl])?;
        }
        Some(_) => {
            crate::modules::sys::write_stdout(vm, &text)?;
            crate::modules::sys::write_stdout(vm, "\n")?;
        }
        None => return Err(vm.runtime_error("lost sys.stdout")),
    }
    dict::set_str(vm, &b, "_", value)
}

fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "displayhook", 1, 1)?;
    display(vm, args.at(0))?;
    Ok(Value::None)
}

fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "excepthook", 3, 3)?;
    let value = args.at(1);
    if matches!(value.payload(), Some(Payload::Exception(_))) {
        if let Value::Obj(o) = &value {
            crate::modules::sys::flush_stdout();
            crate::vm::traceback::print_exception(vm, &PyErr(o.clone()));
        }
    } else {
        let text = vm.str_string(&value).unwrap_or_default();
        crate::modules::sys::write_stderr(&format!("TypeError: print_exception(): Exception expected for value, {} found\n{}\n", vm.type_name(&value), text));
    }
    Ok(Value::None)
}

/// Print an exception that reached the top through sys.excepthook, as CPython's
/// PyErr_Display path does (a failing hook is reported, then the original exception).
pub fn excepthook(vm: &mut Vm, e: &PyErr) {
    let hook = vm.interp.sys.dict.as_ref().and_then(|d| dict::get_str(d, "excepthook"));
    match hook {
        Some(h) if !is_native(&h, sys_excepthook) => {
            let value = e.value();
            let ty = Value::Obj(vm.interp.type_of(&value).clone());
            let tb = match value.payload() {
                Some(Payload::Exception(d)) => d.traceback.borrow().clone(),
                _ => Value::None,
            };
            let args = Args::new(vec![ty, value, tb]);
            if let Err(hook_err) = vm.call(&h, args) {
                crate::modules::sys::flush_stdout();
                crate::modules::sys::write_stderr("Error in sys.excepthook:\n");
                crate::vm::traceback::print_exception(vm, &hook_err);
                crate::modules::sys::write_stderr("\nOriginal exception was:\n");
                crate::vm::traceback::print_exception(vm, e);
            }
        }
        // CPython flushes sys.stdout before the traceback, so `2>&1` shows output in order.
        Some(_) => {
            crate::modules::sys::flush_stdout();
            crate::vm::traceback::print_exception(vm, e);
        }
        None => {
            crate::modules::sys::flush_stdout();
            crate::modules::sys::write_stderr("sys.excepthook is missing\n");
            crate::vm::traceback::print_exception(vm, e);
        }
    }
}
