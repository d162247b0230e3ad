//! Print the disassembly of a Python file: `cargo run --example dis_file -- FILE`.
//! Used while comparing minipy's bytecode with `python3 -m dis`.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    match minipy::compiler::compile_source(&source, minipy::ast::Mode::Exec, &path) {
        Ok(code) => print!("{}", minipy::bytecode::dis::disassemble(&code)),
        Err(e) => print!("{}", e.render()),
    }
}
