//! Print the disassembly of a Python file: `cargo run --example dis_file -- FILE`.
//! With `--info`, print each code object's attributes instead (as `co_*` would show),
//! for comparison with CPython's.

use minipy::bytecode::{CodeObject, Const};

fn info(code: &CodeObject, out: &mut String) {
    let list = |v: &[std::rc::Rc<str>]| v.iter().map(|s| format!("'{}'", s)).collect::<Vec<_>>().join(", ");
    out.push_str(&format!(
        "{} {} args={} posonly={} kwonly={} flags={} stack={} names=({}) varnames=({}) cellvars=({}) freevars=({})\n",
        code.name,
        code.qualname,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags & !0x40,
        code.stacksize,
        list(&code.names),
        list(&code.varnames),
        list(&code.cellvars),
        list(&code.freevars)
    ));
    for c in &code.consts {
        if let Const::Code(inner) = c {
            info(inner, out);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let want_info = args.iter().any(|a| a == "--info");
    let path = args.iter().skip(1).find(|a| !a.starts_with("--")).cloned().unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    match minipy::compiler::compile_source(&source, minipy::ast::Mode::Exec, &path) {
        Ok(code) if want_info => {
            let mut out = String::new();
            info(&code, &mut out);
            print!("{}", out);
        }
        Ok(code) => print!("{}", minipy::bytecode::dis::disassemble(&code)),
        Err(e) => print!("{}", e.render()),
    }
}
