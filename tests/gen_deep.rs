//! A `yield from` chain 10,000 generators deep: resuming, sending, throwing, closing and
//! dropping it must work (CPython stops near 1,000 with RecursionError, so this is not
//! compared with python3; the frames live on the VM's frame stack, not the native one).

use std::process::Command;

#[test]
fn yield_from_chain_10000_deep() {
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .arg("tests/gens/deep_yield_from.py")
        .output()
        .expect("run minipy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}\nstdout:\n{}\nstderr:\n{}", out.status, stdout, stderr);
    let expected = "leaf\nsent\nleaf finally\nreturned ret\nleaf finally\nthrown through deep\n\
                    leaf finally\nclosed\nleaf finally\ndropped\n";
    assert_eq!(stdout, expected);
}

/// The delegation rule (`vm::DELEGATION_LIMIT_MIN`): frames resumed through `yield from` /
/// `await` count against their own limit, so 100,000 levels work at the default recursion
/// limit while unbounded delegation and ordinary recursion still raise RecursionError.
#[test]
fn delegation_depth_at_default_limit() {
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .arg("tests/gens/deep_default_limit.py")
        .output()
        .expect("run minipy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}\nstdout:\n{}\nstderr:\n{}", out.status, stdout, stderr);
    let expected = "1000\nleaf sent caught\nleaf finally\nreturned ret\nleaf finally\n\
                    delegation: maximum recursion depth exceeded\nawait: maximum recursion depth exceeded\n\
                    call: maximum recursion depth exceeded\ncalls at the bottom: 900\n";
    assert_eq!(stdout, expected);
}
