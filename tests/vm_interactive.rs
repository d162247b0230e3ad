//! The interactive entry point keeps one `__main__` across statements and prints values.

use minipy::vm::Interpreter;

#[test]
fn statements_share_main_and_print_values() {
    let mut interp = Interpreter::new(vec![String::new()]);
    interp.capture_stdout();
    interp.capture_stderr();
    assert_eq!(interp.run_interactive("x = 5\n"), 0);
    assert_eq!(interp.run_interactive("x + 1\n"), 0);
    assert_eq!(interp.run_interactive("None\n"), 0);
    assert_eq!(interp.run_interactive("'s'\n"), 0);
    assert_eq!(interp.run_interactive("1/0\n"), 1);
    assert_eq!(interp.run_interactive("x\n"), 0);
    assert_eq!(interp.take_captured_stdout(), "6\n's'\n5\n");
    let err = interp.take_captured_stderr();
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "{}", err);
}
