//! Run a Python file with the library's interpreter (until the CLI is wired).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let mut interp = minipy::vm::Interpreter::new(vec![path.clone()]);
    let status = interp.run_source(&src, &path);
    std::process::exit(status);
}
