//! Development aid: `MINIPY_RUN=path.py cargo test --test vm_run -- --nocapture` runs one
//! script through the library API with real stdout/stderr and prints its exit status.

#[test]
fn run_file_from_env() {
    let Ok(path) = std::env::var("MINIPY_RUN") else { return };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    if std::env::var("MINIPY_DIS").is_ok() {
        if let Ok(code) = minipy::compiler::compile_source(&src, minipy::ast::Mode::Exec, &path) {
            eprintln!("{}", minipy::bytecode::dis::disassemble(&code));
        }
    }
    let mut interp = minipy::vm::Interpreter::new(vec![path.clone()]);
    let status = interp.run_source(&src, &path);
    drop(interp);
    eprintln!("[exit status {}]", status);
}
