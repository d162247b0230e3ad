//! `_minipy_ast`: the native half of `_ast`/`ast`. `parse` turns source into the tuple
//! form of the tree (`to_py.rs`), `compile` turns that form back into `src/ast.rs` and
//! compiles it (`from_py.rs`); `stdlib/_ast.py` builds and reads the node objects.

pub mod from_py;
pub mod to_py;

use crate::ast::Mode;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::str::as_str;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn mode_arg(vm: &Vm, v: &Value) -> PyResult<Mode> {
    match as_str(v) {
        Some("exec") => Ok(Mode::Exec),
        Some("eval") => Ok(Mode::Eval),
        Some("single") => Ok(Mode::Single),
        _ => Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    as_str(v).map(str::to_string).ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", vm.type_name(v))))
}

/// parse(source: str|bytes, filename, mode) -> the tree as nested tuples.
fn parse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "parse", 3, 3)?;
    let filename = str_arg(vm, &args.at(1), "filename")?;
    let mode = mode_arg(vm, &args.at(2))?;
    let src = args.at(0);
    let text = if let Some(s) = as_str(&src) {
        Ok(s.to_string())
    } else {
        match src.payload() {
            Some(Payload::Str(s)) => {
                crate::objects::codecs::encode(vm, s, crate::objects::codecs::Codec::Utf8, "strict")?;
                Ok(s.to_lossy().into_owned())
            }
            Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
                let b = crate::objects::bytes::as_bytes(&src).unwrap_or_default();
                crate::parser::decode_source(&b, &filename)
            }
            _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
        }
    };
    match text.and_then(|t| crate::parser::parse(&t, mode, &filename).map(|m| (t, m))) {
        Ok((t, m)) => Ok(to_py::Enc::new(vm, &t).module(&m)),
        Err(e) => Err(crate::vm::import::load::syntax_error_exception(vm, &e)),
    }
}

/// compile(tree, filename, optimize) -> a code object from the tuple form.
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "compile", 3, 3)?;
    let filename = str_arg(vm, &args.at(1), "filename")?;
    let module = from_py::module(&args.at(0)).map_err(|m| vm.value_error(m))?;
    let run = || crate::compiler::compile(&module, &filename);
    let code = match args.at(2) {
        Value::Int(n @ 0..=2) => crate::compiler::with_optimize(n as u8, run),
        _ => run(),
    }
    .map_err(|e| crate::vm::import::load::syntax_error_exception(vm, &e))?;
    let rt = crate::objects::function::code_rt(vm, &code);
    Ok(Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(rt))))
}

/// `compile()` of an AST object or with `PyCF_ONLY_AST`: handed to `_ast._compile` /
/// `_ast._parse`. None when neither applies (plain source compiles as before).
pub fn compile_route(vm: &mut Vm, args: &[Value], flags: Option<&Value>, optimize: Option<&Value>) -> PyResult<Option<Value>> {
    const PYCF_ONLY_AST: i64 = 0x400;
    // CO_FUTURE_* (0x20000..=0x1000000), CO_NESTED, and the PyCF_ compile flags.
    const KNOWN: i64 = 0x1fe_0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;
    match flags {
        Some(Value::Int(f)) if f & !KNOWN != 0 => return Err(vm.value_error("compile(): unrecognised flags")),
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Int(_)) => {
            return Err(vm.new_error(&vm.interp.exc.overflow_error.clone(), "Python int too large to convert to C int"))
        }
        _ => {}
    }
    if let Some(Value::Obj(o)) = optimize {
        if matches!(o.payload, Payload::Int(_)) {
            return Err(vm.new_error(&vm.interp.exc.overflow_error.clone(), "Python int too large to convert to C int"));
        }
    }
    let only_ast = matches!(flags, Some(Value::Int(f)) if f & PYCF_ONLY_AST != 0);
    let src = args.first().cloned().unwrap_or(Value::None);
    // An AST object exists only once `_ast` is imported, so its absence settles the question.
    let ast_mod = crate::objects::dict::get_str(&vm.interp.modules.clone(), "_ast");
    let is_node = match (&ast_mod, &src) {
        (Some(m), Value::Obj(_)) => match vm.getattr_str(m, "AST") {
            Ok(Value::Obj(cls)) => vm.is_instance_of(&src, &cls),
            _ => false,
        },
        _ => false,
    };
    if !only_ast && !is_node {
        return Ok(None);
    }
    let m = match ast_mod {
        Some(m) => m,
        None => crate::vm::import::import_absolute(vm, "_ast")?,
    };
    let rest: Vec<Value> = args.iter().skip(1).take(2).cloned().collect();
    let flags = flags.cloned().unwrap_or(Value::Int(0));
    let mut call_args = vec![src];
    call_args.extend(rest);
    call_args.push(flags);
    let func = if is_node {
        call_args.push(optimize.cloned().unwrap_or(Value::Int(-1)));
        vm.getattr_str(&m, "_compile")?
    } else {
        vm.getattr_str(&m, "_parse")?
    };
    vm.call(&func, Args::new(call_args)).map(Some)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::objects::module::new_module(vm, "_minipy_ast");
    let Some(d) = m.dict.clone() else { return Ok(m) };
    let fns: [(&'static str, NativeFn); 2] = [("parse", parse), ("compile", compile)];
    for (name, func) in fns {
        let f = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &d, name, f)?;
    }
    Ok(m)
}
