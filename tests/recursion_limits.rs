//! Deep recursion must end in RecursionError, never in a native stack overflow — also
//! where CPython itself crashes (`sys.setrecursionlimit(10**6)` then unbounded recursion
//! through Python calls or through native re-entry such as `__repr__` or `__eq__`).
//! python3 cannot produce these expected outputs (it dies with SIGSEGV), so the
//! assertions here are written out.

use std::process::Command;

fn run(source: &str) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_minipy")).arg("-c").arg(source).output().expect("minipy runs");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code())
}

const PRELUDE: &str = "import sys\nsys.setrecursionlimit(10**6)\n";

fn assert_recursion_error(body: &str) {
    let program = format!("{PRELUDE}{body}\ntry:\n    go()\nexcept RecursionError as e:\n    print('RecursionError:', e)\n");
    let (stdout, stderr, status) = run(&program);
    assert_eq!(status, Some(0), "program:\n{program}\nstderr:\n{stderr}");
    assert!(stdout.starts_with("RecursionError: maximum recursion depth exceeded"), "program:\n{program}\nstdout:\n{stdout}\nstderr:\n{stderr}");
}

#[test]
fn python_calls_past_a_huge_limit() {
    assert_recursion_error("def go(n=0):\n    return go(n + 1)");
}

#[test]
fn recursive_repr() {
    assert_recursion_error("class R:\n    def __repr__(self):\n        return repr(self)\ndef go():\n    repr(R())");
}

#[test]
fn recursive_eq() {
    assert_recursion_error("class E:\n    def __eq__(self, other):\n        return self == other\ndef go():\n    E() == E()");
}

#[test]
fn recursive_key_function() {
    assert_recursion_error("def key(x):\n    return sorted([1, 2], key=key)\ndef go():\n    sorted([1, 2], key=key)");
}

#[test]
fn recursive_getattr_and_str() {
    assert_recursion_error("class G:\n    def __getattr__(self, name):\n        return getattr(self, name)\ndef go():\n    G().x");
    assert_recursion_error("class S:\n    def __str__(self):\n        return str(self)\ndef go():\n    str(S())");
}

#[test]
fn deep_structures_are_freed_without_overflow() {
    let (stdout, stderr, status) = run(
        "l = []\nfor i in range(200000):\n    l = [l]\ndel l\nx = None\nfor i in range(1000000):\n    x = (x,)\ndel x\n\
         class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\nn = None\nfor i in range(1000000):\n    n = Node(n)\ndel n\nprint('freed')\n",
    );
    assert_eq!((stdout.as_str(), status), ("freed\n", Some(0)), "stderr:\n{stderr}");
}
