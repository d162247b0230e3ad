//! `compile`, `exec` and `eval`: running source text or code objects in given namespaces.
use std::rc::Rc;

use crate::ast::Mode;
use crate::bytecode::CodeObject;
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::str::as_str;
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::args::Args;
use crate::vm::{PyResult, Vm};

fn parse_mode(vm: &Vm, v: &Value, fname: &str) -> PyResult<Mode> {
    match as_str(v) {
        Some("exec") => Ok(Mode::Exec),
        Some("eval") => Ok(Mode::Eval),
        Some("single") => Ok(Mode::Single),
        _ => Err(vm.value_error(format!("{fname}() mode must be 'exec', 'eval' or 'single'"))),
    }
}

/// Source text from a str, bytes or bytearray argument; None when `v` is none of them.
fn source_text(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = as_str(v) {
        return Ok(Some(s.to_string()));
    }
    match v.payload() {
        // CPython encodes the source to UTF-8 before parsing: a lone surrogate fails there.
        Some(Payload::Str(s)) => {
            crate::objects::codecs::encode(vm, s, crate::objects::codecs::Codec::Utf8, "strict")?;
            Ok(Some(s.to_lossy().into_owned()))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) => {
            let b = crate::objects::bytes::as_bytes(v).unwrap_or_default();
            match String::from_utf8(b) {
                Ok(s) => Ok(Some(s)),
                Err(_) => Err(vm.value_error("source code string cannot be decoded as UTF-8")),
            }
        }
        _ => Ok(None),
    }
}

fn compile_text(vm: &mut Vm, src: &str, mode: Mode, filename: &str) -> PyResult<Rc<CodeObject>> {
    if src.contains('\0') {
        return Err(vm.new_error(
            &vm.interp.exc.syntax_error.clone(),
            "source code string cannot contain null bytes",
        ));
    }
    crate::compiler::compile_source(src, mode, filename).map_err(|e| crate::vm::import::load::syntax_error_exception(vm, &e))
}

fn compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    for (i, name) in ["source", "filename", "mode"].iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if args.args.len() == i {
                args.args.push(v);
            }
        }
    }
    let flags = args.take_kw("flags").or_else(|| args.args.get(3).cloned());
    let _ = args.take_kw("dont_inherit");
    let optimize = args.take_kw("optimize").or_else(|| args.args.get(5).cloned());
    args.check(vm, "compile", 3, 6)?;
    if let Some(v) = crate::modules::ast::compile_route(vm, &args.args, flags.as_ref(), optimize.as_ref())? {
        return Ok(v);
    }
    // -1 (the default) compiles at the process's -O level.
    let optimize = match optimize {
        None | Some(Value::Int(-1)) => None,
        Some(Value::Int(n @ 0..=2)) => Some(n as u8),
        Some(Value::Int(_)) => return Err(vm.value_error("compile(): invalid optimize value")),
        Some(v) => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)))),
    };
    let mode = parse_mode(vm, &args.at(2), "compile")?;
    let filename = match as_str(&args.at(1)) {
        Some(s) => s.to_string(),
        None => {
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                vm.type_name(&args.at(1))
            )))
        }
    };
    let src = args.at(0);
    if matches!(src.payload(), Some(Payload::Code(_))) {
        return Ok(src);
    }
    let Some(text) = source_text(vm, &src)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let code = match optimize {
        Some(level) => crate::compiler::with_optimize(level, || compile_text(vm, &text, mode, &filename))?,
        None => compile_text(vm, &text, mode, &filename)?,
    };
    let rt = crate::objects::function::code_rt(vm, &code);
    Ok(Value::Obj(ObjRef::new(vm.interp.types.code.clone(), Payload::Code(rt))))
}

fn is_dict(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
}

/// Shared body of exec and eval: namespaces resolved as CPython does, then the code run.
fn run(vm: &mut Vm, mut args: Args, name: &str, mode: Mode) -> PyResult<Value> {
    if let Some(g) = args.take_kw("globals") {
        if args.args.len() == 1 {
            args.args.push(g);
        }
    }
    if let Some(l) = args.take_kw("locals") {
        while args.args.len() < 2 {
            args.args.push(Value::None);
        }
        if args.args.len() == 2 {
            args.args.push(l);
        }
    }
    args.check(vm, name, 1, 3)?;
    let (g, l) = (args.at(1), args.at(2));
    let is_mapping = |vm: &Vm, v: &Value| is_dict(v) || crate::objects::types::lookup(vm.interp.type_of(v), "__getitem__").is_some();
    if !matches!(g, Value::None) && !is_dict(&g) {
        return Err(if name == "exec" {
            vm.type_error(format!("exec() globals must be a dict, not {}", vm.type_name(&g)))
        } else if is_mapping(vm, &g) {
            vm.type_error("globals must be a real dict; try eval(expr, {}, mapping)")
        } else {
            vm.type_error("globals must be a dict")
        });
    }
    if !matches!(l, Value::None) && !is_mapping(vm, &l) {
        return Err(if name == "exec" {
            vm.type_error(format!("locals must be a mapping or None, not {}", vm.type_name(&l)))
        } else {
            vm.type_error("locals must be a mapping")
        });
    }
    let (globals, locals) = match (&g, &l) {
        (Value::Obj(g), Value::Obj(l)) => (g.clone(), l.clone()),
        (Value::Obj(g), _) => (g.clone(), g.clone()),
        _ => {
            let Some(f) = vm.frames.last() else { return Err(vm.runtime_error(format!("{name}(): no current frame"))) };
            let globals = f.globals.clone();
            let locals = match &l {
                Value::Obj(l) => l.clone(),
                _ => match super::functions::locals(vm, Args::default())? {
                    Value::Obj(o) => o,
                    _ => globals.clone(),
                },
            };
            (globals, locals)
        }
    };
    // CPython puts the builtins into a globals dict that lacks them.
    if crate::objects::dict::get_str(&globals, "__builtins__").is_none() {
        let b = Value::Obj(vm.interp.builtins.clone());
        crate::objects::dict::set_str(vm, &globals, "__builtins__", b)?;
    }
    let src = args.at(0);
    let code = match src.payload() {
        Some(Payload::Code(rt)) => rt.code.clone(),
        _ => {
            let Some(text) = source_text(vm, &src)? else {
                let msg = if name == "exec" {
                    format!("exec() arg 1 must be a string, bytes or code object")
                } else {
                    format!("eval() arg 1 must be a string, bytes or code object")
                };
                return Err(vm.type_error(msg));
            };
            // eval ignores leading blanks, as CPython strips spaces and tabs.
            let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            compile_text(vm, &text, mode, "<string>")?
        }
    };
    let r = vm.run_code(code, globals, Some(locals))?;
    Ok(if name == "exec" { Value::None } else { r })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, args, "exec", Mode::Exec)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run(vm, args, "eval", Mode::Eval)
}

pub fn register(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[("compile", compile), ("exec", exec), ("eval", eval)];
    for (name, f) in fns {
        super::add_function(vm, d, name, *f)?;
    }
    Ok(())
}
