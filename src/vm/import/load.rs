//! The loader: code for a found module (through the pyc cache), the module object
//! with its attributes, and running its body.

use std::path::Path;
use std::rc::Rc;

use super::find::Origin;
use super::stdlib;
use crate::bytecode::CodeObject;
use crate::bytecode::pyc::{self, SourceStamp};
use crate::objects::dict;
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use crate::vm::{PyErr, PyResult, Vm};

/// `MINIPY_PYC_TRACE=1` logs cache hits and writes to stderr (tests prove the cache works).
fn trace(what: &str, path: &Path) {
    if std::env::var_os("MINIPY_PYC_TRACE").is_some_and(|v| !v.is_empty()) {
        crate::modules::sys::write_stderr(&format!("minipy: pyc {what} {}\n", path.display()));
    }
}

/// A front-end error as the Python exception `import` raises.
pub fn syntax_error_exception(vm: &mut Vm, e: &SyntaxError) -> PyErr {
    let ty = match e.kind {
        SyntaxErrorKind::SyntaxError => vm.interp.exc.syntax_error.clone(),
        SyntaxErrorKind::IndentationError => vm.interp.exc.indentation_error.clone(),
        SyntaxErrorKind::TabError => vm.interp.exc.tab_error.clone(),
        SyntaxErrorKind::RecursionError => return vm.recursion_error(e.msg.clone()),
    };
    let text = e.text.as_deref().map_or(Value::None, |t| vm.new_str(t));
    let details = vec![
        vm.new_str(&e.filename),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        text.clone(),
        Value::Int(e.end_lineno as i64),
        Value::Int(e.end_offset as i64),
    ];
    let details = vm.new_tuple(details);
    let args = vm.new_tuple(vec![vm.new_str(&e.msg), details]);
    let err = vm.new_exception(&ty, args);
    if let Some(d) = err.0.dict.clone() {
        let attrs = [
            ("msg", vm.new_str(&e.msg)),
            ("filename", vm.new_str(&e.filename)),
            ("lineno", Value::Int(e.lineno as i64)),
            ("offset", Value::Int(e.offset as i64)),
            ("text", text),
            ("end_lineno", Value::Int(e.end_lineno as i64)),
            ("end_offset", Value::Int(e.end_offset as i64)),
        ];
        for (k, v) in attrs {
            let _ = dict::set_str(vm, &d, k, v);
        }
    }
    err
}

/// An uncaught SyntaxError prints its location and caret, not `args` (the inverse of
/// `syntax_error_exception`, also right for errors from `compile()`/`exec()`).
pub fn render_syntax_error(vm: &mut Vm, exc: &Value) -> Option<String> {
    let ty = vm.interp.type_of(exc).clone();
    let kind = if crate::objects::types::is_subtype(&ty, &vm.interp.exc.tab_error) {
        SyntaxErrorKind::TabError
    } else if crate::objects::types::is_subtype(&ty, &vm.interp.exc.indentation_error) {
        SyntaxErrorKind::IndentationError
    } else if crate::objects::types::is_subtype(&ty, &vm.interp.exc.syntax_error) {
        SyntaxErrorKind::SyntaxError
    } else {
        return None;
    };
    let is_exact = ty.ptr_eq(&vm.interp.exc.syntax_error) || ty.ptr_eq(&vm.interp.exc.indentation_error) || ty.ptr_eq(&vm.interp.exc.tab_error);
    let d = exc.as_obj()?.dict.clone()?;
    let s = |k| dict::get_str(&d, k).and_then(|v| crate::objects::str::as_str(&v).map(str::to_string));
    let n = |k| match dict::get_str(&d, k) {
        Some(Value::Int(i)) => u32::try_from(i).ok(),
        _ => None,
    };
    let (filename, lineno) = (s("filename")?, n("lineno")?);
    if !is_exact {
        return None;
    }
    let e = SyntaxError {
        kind,
        msg: s("msg").unwrap_or_default(),
        filename,
        lineno,
        offset: n("offset").unwrap_or(0),
        end_lineno: n("end_lineno").unwrap_or(lineno),
        end_offset: n("end_offset").unwrap_or(0),
        text: s("text"),
    };
    Some(e.render())
}

/// Compile a file, or load it from its pyc cache; refresh the cache when it was stale.
pub fn file_code(vm: &mut Vm, path: &Path) -> PyResult<Rc<CodeObject>> {
    let filename = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| crate::modules::sys::io_error(vm, e))?;
    let stamp = SourceStamp::of(&meta);
    if let Some(code) = pyc::read(path, stamp) {
        if &*code.filename == filename {
            trace("hit", path);
            return Ok(code);
        }
    }
    let source = std::fs::read(path).map_err(|e| crate::modules::sys::io_error(vm, e))?;
    let code = crate::compiler::compile_bytes(&source, crate::ast::Mode::Exec, &filename)
        .map_err(|e| syntax_error_exception(vm, &e))?;
    // A file that changed between stat and read must not be cached under the old stamp.
    if super::may_write_bytecode() && !super::sys_dont_write_bytecode(vm) && stamp.size == source.len() as u64 && pyc::write(path, &code, stamp) {
        trace("write", path);
    }
    Ok(code)
}

/// Embedded modules are compiled once per process and kept in memory, and cached on disk
/// in the user's cache directory (`pyc::embedded_cache_path`) across processes.
fn embedded_code(vm: &mut Vm, rel: &str, source: &'static str) -> PyResult<Rc<CodeObject>> {
    if let Some(code) = vm.interp.import.embedded_code.borrow().get(rel) {
        return Ok(code.clone());
    }
    let filename = format!("{}/{}", stdlib::ROOT, rel);
    let code = builtin_source_code(vm, rel, source, &filename).map_err(|e| syntax_error_exception(vm, &e))?;
    vm.interp.import.embedded_code.borrow_mut().insert(rel.to_string(), code.clone());
    Ok(code)
}

/// Code for Python source built into the binary (`key` names it in the cache), through the
/// on-disk cache in the user's cache directory, so start-up and imports skip the compiler.
pub fn builtin_source_code(vm: &Vm, key: &str, source: &str, filename: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    let stamp = pyc::embedded_stamp(source);
    let cache = pyc::embedded_cache_path(key);
    if let Some(code) = cache.as_deref().and_then(|p| pyc::read_at(p, stamp)).filter(|c| *c.filename == *filename) {
        return Ok(code);
    }
    let code = crate::compiler::compile_source(source, crate::ast::Mode::Exec, filename)?;
    if let Some(path) = &cache {
        if super::may_write_bytecode() && !super::sys_dont_write_bytecode(vm) {
            pyc::write_at(path, &code, stamp);
        }
    }
    Ok(code)
}

fn set(vm: &mut Vm, d: &ObjRef, name: &str, value: Value) -> PyResult<()> {
    dict::set_str(vm, d, name, value)
}

/// Create, register and run the module `fullname` found at `origin`; the result is what
/// `sys.modules` holds afterwards (a module may replace itself there).
pub fn load(vm: &mut Vm, fullname: &str, origin: Origin) -> PyResult<Value> {
    let (code_src, file, package_dir) = match origin {
        Origin::Native(init) => {
            let module = Value::Obj(init(vm)?);
            let key = vm.new_str(fullname);
            dict::set_item(vm, &vm.interp.modules.clone(), key, module.clone())?;
            return Ok(module);
        }
        Origin::File { path, package_dir } => {
            let file = path.display().to_string();
            (Some((Some(path), None)), Some(file), package_dir)
        }
        Origin::Embedded { rel, source, package_dir } => {
            let file = format!("{}/{}", stdlib::ROOT, rel);
            (Some((None, Some((rel, source)))), Some(file), package_dir)
        }
        Origin::Namespace { dir } => (None, None, Some(dir)),
    };
    let module = crate::objects::module::new_module(vm, fullname);
    let Some(d) = module.dict.clone() else { return Ok(Value::Obj(module)) };
    let package = if package_dir.is_some() {
        fullname.to_string()
    } else {
        fullname.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string())
    };
    set(vm, &d, "__package__", vm.new_str(&package))?;
    set(vm, &d, "__loader__", Value::None)?;
    set(vm, &d, "__spec__", Value::None)?;
    if let Some(dir) = &package_dir {
        let path = vm.new_list(vec![vm.new_str(dir)]);
        set(vm, &d, "__path__", path)?;
    }
    set(vm, &d, "__file__", file.as_deref().map_or(Value::None, |f| vm.new_str(f)))?;
    // Where the cache lives (or would), as CPython's `__cached__`; embedded modules have none.
    let cached = match &code_src {
        Some((Some(path), _)) => pyc::cache_path(path).map(|p| vm.new_str(&p.display().to_string())),
        _ => None,
    };
    if let Some(c) = cached {
        set(vm, &d, "__cached__", c)?;
    }
    let key = vm.new_str(fullname);
    let modules = vm.interp.modules.clone();
    dict::set_item(vm, &modules, key.clone(), Value::Obj(module.clone()))?;
    let code = match code_src {
        None => return Ok(Value::Obj(module)),
        Some((Some(path), _)) => file_code(vm, &path),
        Some((None, Some((rel, source)))) => embedded_code(vm, &rel, source),
        Some((None, None)) => return Ok(Value::Obj(module)),
    };
    vm.interp.import.initializing.borrow_mut().push(fullname.to_string());
    let result = code.and_then(|code| vm.run_code(code, d, None));
    {
        let mut init = vm.interp.import.initializing.borrow_mut();
        if let Some(i) = init.iter().rposition(|n| n == fullname) {
            init.remove(i);
        }
    }
    if let Err(e) = result {
        // A failed import leaves nothing behind in sys.modules, as in CPython.
        dict::del_item_opt(vm, &modules, &key)?;
        return Err(e);
    }
    Ok(dict::get_item_opt(vm, &modules, &key)?.unwrap_or(Value::Obj(module)))
}
