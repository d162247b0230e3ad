//! Errors found after parsing (symbol table and code generator), with the messages
//! and positions python3 3.11 reports for the same source (generated with python3).

use minipy::ast::Mode;
use minipy::compiler::compile_source;

fn check(source: &str, msg: &str, lineno: u32, offset: u32, end_lineno: u32, end_offset: u32) {
    let err = match compile_source(source, Mode::Exec, "x.py") {
        Ok(_) => panic!("expected a SyntaxError for {:?}", source),
        Err(e) => e,
    };
    assert_eq!(
        (err.msg.as_str(), err.lineno, err.offset, err.end_lineno, err.end_offset),
        (msg, lineno, offset, end_lineno, end_offset),
        "source: {:?}",
        source
    );
    let line = source.lines().nth(lineno as usize - 1).map(|l| format!("{}\n", l));
    assert_eq!(err.text, line);
}

#[test]
fn nonlocal_no_binding() {
    check("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15);
}

#[test]
fn nonlocal_module() {
    check("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11);
}

#[test]
fn global_after_use() {
    check("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13);
}

#[test]
fn global_after_assign() {
    check("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13);
}

#[test]
fn global_param() {
    check("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13);
}

#[test]
fn nonlocal_param() {
    check("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5, 2, 15);
}

#[test]
fn nonlocal_after_use() {
    check("def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n", "name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19);
}

#[test]
fn return_outside() {
    check("return 1\n", "'return' outside function", 1, 1, 1, 9);
}

#[test]
fn yield_outside() {
    check("yield 1\n", "'yield' outside function", 1, 1, 1, 8);
}

#[test]
fn yield_in_class() {
    check("class A:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12);
}

#[test]
fn await_outside() {
    check("await x\n", "'await' outside function", 1, 1, 1, 8);
}

#[test]
fn await_in_def() {
    check("def f():\n    await x\n", "'await' outside async function", 2, 5, 2, 12);
}

#[test]
fn break_outside() {
    check("break\n", "'break' outside loop", 1, 1, 1, 6);
}

#[test]
fn continue_outside() {
    check("continue\n", "'continue' not properly in loop", 1, 1, 1, 9);
}

#[test]
fn break_in_def_in_loop() {
    check("for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9, 3, 14);
}

#[test]
fn walrus_comp_iter() {
    check("[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1, 22);
}

#[test]
fn walrus_rebind_iter() {
    check("[x := 1 for x in y]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 1, 3);
}

#[test]
fn walrus_in_class_comp() {
    check("class A:\n    [(y := x) for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8);
}

#[test]
fn return_value_async_gen() {
    check("async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5, 3, 13);
}

#[test]
fn yield_from_async() {
    check("async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5, 2, 17);
}

#[test]
fn async_for_outside() {
    check("def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2, 5, 3, 13);
}

#[test]
fn async_with_outside() {
    check("def f():\n    async with x:\n        pass\n", "'async with' outside async function", 2, 5, 3, 13);
}

#[test]
fn async_comp_outside() {
    check("def f():\n    return [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32);
}

#[test]
fn duplicate_arg() {
    check("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 10, 1, 11);
}

#[test]
fn import_star_in_def() {
    check("def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21);
}

#[test]
fn default_except_last() {
    check("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3, 1, 4, 9);
}

#[test]
fn keyword_repeated() {
    check("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11);
}

#[test]
fn yield_in_listcomp() {
    check("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 14, 2, 21);
}

#[test]
fn annotated_global() {
    check("def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5, 3, 15);
}

#[test]
fn multiple_starred() {
    check("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 1, 10);
}

#[test]
fn starred_alone() {
    check("*a = b\n", "starred assignment target must be in a list or tuple", 1, 1, 1, 3);
}

#[test]
fn assign_debug() {
    check("__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10);
}

#[test]
fn nonlocal_global() {
    check("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 4, 9, 4, 17);
}

/// Runs `f` on a thread with the main thread's usual 8 MiB stack.
fn on_main_sized_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new().stack_size(8 << 20).spawn(f).expect("spawn").join().expect("no panic");
}

#[test]
fn deep_binop_chain_compiles_like_cpython() {
    // python3 3.11 compiles 2980 terms and reports RecursionError for 2995.
    on_main_sized_stack(|| {
        let ok = format!("x = {}\n", vec!["a"; 2980].join("+"));
        assert!(compile_source(&ok, Mode::Exec, "x.py").is_ok());
        let deep = format!("x = {}\n", vec!["a"; 2995].join("+"));
        let err = compile_source(&deep, Mode::Exec, "x.py").err().expect("too deep");
        assert_eq!(err.kind, minipy::syntax_error::SyntaxErrorKind::RecursionError);
        assert_eq!(err.msg, "maximum recursion depth exceeded during compilation");
    });
}

#[test]
fn deep_conditional_and_boolean_chains_do_not_overflow() {
    on_main_sized_stack(|| {
        for src in [
            format!("x = {}c\n", "a if b else ".repeat(1400)),
            format!("x = {}c\n", "lambda: ".repeat(1400)),
            format!("if {}:\n  pass\n", vec!["not a"; 2900].join(" and ")),
            format!("x = {}a\n", "not ".repeat(2900)),
            format!("x = {}\n", vec!["a"; 2900].join("**")),
        ] {
            let _ = compile_source(&src, Mode::Exec, "x.py");
        }
    });
}
