//! Deep or huge input ends in CPython's errors, never in a native stack overflow — neither
//! while parsing nor while dropping what was built. Runs on the test harness's 2 MiB threads.

use minipy::ast::Mode;
use minipy::parser::parse;
use minipy::syntax_error::SyntaxErrorKind;

fn kind_of(src: &str) -> Result<(), (SyntaxErrorKind, String)> {
    parse(src, Mode::Exec, "deep.py").map(|_| ()).map_err(|e| (e.kind, e.msg))
}

fn assert_recursion(src: &str) {
    let r = kind_of(src);
    assert_eq!(
        r,
        Err((SyntaxErrorKind::RecursionError, "maximum recursion depth exceeded during compilation".into())),
        "for {}...",
        &src[..40.min(src.len())]
    );
}

#[test]
fn long_operator_chains_are_recursion_errors() {
    // The brief's case at full size; the other shapes at 20000 (still far past the limit).
    assert_recursion(&format!("x = {}", vec!["1"; 100_000].join("+")));
    let n = 20_000;
    assert_recursion(&format!("x = {}1", "-".repeat(n)));
    assert_recursion(&format!("x = {}1", "not ".repeat(n)));
    assert_recursion(&format!("x = {}1", "~".repeat(n)));
    assert_recursion(&format!("x = a{}", ".b".repeat(n)));
    assert_recursion(&format!("x = f{}", "()".repeat(n)));
    assert_recursion(&format!("x = a{}", "[0]".repeat(n)));
    assert_recursion(&format!("x = {}1", "lambda: ".repeat(n)));
    assert_recursion(&format!("x = {}0", "1 if 2 else ".repeat(n)));
    assert_recursion(&format!("x = {}", vec!["2"; n].join("**")));
}

#[test]
fn chains_cpython_accepts_still_parse() {
    assert!(kind_of(&format!("x = {}", vec!["1"; 1000].join("+"))).is_ok());
    assert!(kind_of(&format!("x = {}1", "-".repeat(1000))).is_ok());
    // Depth just under the limit, built and dropped on this small thread.
    let n = 2900;
    assert!(kind_of(&format!("x = {}", vec!["1"; n].join("+"))).is_ok());
    assert!(kind_of(&format!("x = {}1", "-".repeat(n))).is_ok());
    assert!(kind_of(&format!("x = a{}", ".b".repeat(n))).is_ok());
    assert!(kind_of(&format!("x = {}1", "lambda: ".repeat(n))).is_ok());
    assert!(kind_of(&format!("x = f{}", "()".repeat(n))).is_ok());
}

#[test]
fn too_many_parentheses() {
    let src = format!("x = {}1{}", "(".repeat(201), ")".repeat(201));
    assert_eq!(kind_of(&src), Err((SyntaxErrorKind::SyntaxError, "too many nested parentheses".into())));
    let src = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
    assert!(kind_of(&src).is_ok());
    let src = format!("x = {}", "[".repeat(100_000));
    assert_eq!(kind_of(&src), Err((SyntaxErrorKind::SyntaxError, "too many nested parentheses".into())));
    let src = format!("x = {}1{}", "f(".repeat(5000), ")".repeat(5000));
    assert_eq!(kind_of(&src), Err((SyntaxErrorKind::SyntaxError, "too many nested parentheses".into())));
}

#[test]
fn too_many_indentation_levels() {
    let mut src = String::new();
    for i in 0..101 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(101));
    src.push_str("pass\n");
    assert_eq!(kind_of(&src), Err((SyntaxErrorKind::IndentationError, "too many levels of indentation".into())));
}

#[test]
fn big_flat_literals_are_fine() {
    let src = format!("x = [{}]\n", vec!["(1, 'a')"; 10_000].join(", "));
    assert!(kind_of(&src).is_ok());
    let src = "x = 1\n".repeat(5_000);
    assert!(kind_of(&src).is_ok());
}
