//! AST to code objects: the symbol table (`symtable`), code generation (`codegen`)
//! and the errors both report.
//!
//! Conventions the VM relies on:
//! * Every code object starts with `RESUME 0`; after each YIELD_VALUE comes `RESUME 1`
//!   (`yield`), `RESUME 2` (`yield from`) or `RESUME 3` (`await`), as in CPython 3.11.
//! * Function code: `consts[0]` is the docstring (`Const::Str`) or `Const::None` when
//!   there is none; lambdas always have `Const::None` there. Comprehension code objects
//!   follow no such rule (they cannot have a docstring). Module and class docstrings are
//!   stored to `__doc__` with STORE_NAME.
//! * Flags: OPTIMIZED|NEWLOCALS for functions, lambdas and comprehensions; VARARGS /
//!   VARKEYWORDS; GENERATOR / COROUTINE / ASYNC_GENERATOR; NESTED for code nested in a
//!   function; NOFREE when there are neither cell nor free variables.
//! * `cellvars`: parameters that are cells in parameter order, then the others sorted
//!   by name; `freevars` sorted by name (CPython's co_cellvars / co_freevars); deref instructions
//!   index `cellvars ++ freevars`. A class body whose methods use `super` or `__class__`
//!   has the cell `__class__`, stores it to `__classcell__` and returns it.
//! * `cell2arg` lists parameters that are also cells.
//! * `positions` has one entry per instruction. Artificial instructions take the
//!   position of the instruction before them (CPython leaves them without a line;
//!   `dis` output is the same). The module's first RESUME is on line 0.
//! * Calls: `CALL n` expects `[NULL|callable, callable|self, args...]`. Four calls use
//!   the "method slot" trick as CPython does: decorators (`[deco, func] CALL 0`),
//!   comprehensions (`[func, iter] CALL 0`), `assert` messages
//!   (`[AssertionError, msg] CALL 0`) and `__exit__(None, None, None)`
//!   (`[exit, None, None, None] CALL 2`).
//! * CALL_FUNCTION_EX's positional operand is a tuple, except for `f(*x)` with a single
//!   starred argument, where it is `x` itself (any iterable; the VM converts it).
//! * `exception_table` entries are disjoint and sorted; `depth` is the stack depth to
//!   unwind to; `lasti` handlers also receive the raising instruction's index.
//!   `RERAISE n` (n > 0) takes lasti from `STACK[-(n+1)]`, as CPython.
//! * Conditional jumps only go forward (a backward one is rewritten as the inverse
//!   jump over a JUMP_BACKWARD), so every loop passes through JUMP_BACKWARD.
//! * `stacksize` comes from flow analysis over all edges, handlers included.
//! * CPython 3.11's AST and peephole optimisations are reproduced so `dis` output
//!   matches: constant folding (operators, tuples, subscripts, `__debug__`), `in [..]`
//!   / `for x in [..]` as tuples, `'%s' % (a,)` as an f-string, `not a in b` as
//!   `a not in b`, jump threading, small exit blocks copied, static SWAP removal.
//! * `from __future__ import annotations`: annotations are string constants (their
//!   source text), and every code object carries `flags::FUTURE_ANNOTATIONS`.
//! * Nesting deeper than CPython's limit (about 2990 levels of expressions and
//!   statements) is `RecursionError: maximum recursion depth exceeded during
//!   compilation`. Release builds need well under 1 MiB of native stack for that;
//!   unoptimised builds about 2 MiB, so compile on a thread with a normal main-thread
//!   sized stack.

pub mod codegen;
pub mod error;
pub mod symtable;

use std::rc::Rc;

use crate::ast::{Mod, Mode};
use crate::bytecode::CodeObject;
use crate::syntax_error::SyntaxError;

thread_local! {
    /// `compile(..., optimize=N)` for the duration of one compile; None means the process's `-O` level.
    static OPTIMIZE_OVERRIDE: std::cell::Cell<Option<u8>> = const { std::cell::Cell::new(None) };
}

/// The optimisation level code is compiled at: 1 (`-O`) drops asserts and makes `__debug__`
/// False, 2 (`-OO`) also drops docstrings, as CPython's compiler.
pub fn optimize_level() -> u8 {
    OPTIMIZE_OVERRIDE.with(|o| o.get()).unwrap_or_else(|| crate::config::get().optimize)
}

/// Run `f` compiling at `level` (`compile()`'s explicit `optimize` argument).
pub fn with_optimize<T>(level: u8, f: impl FnOnce() -> T) -> T {
    let old = OPTIMIZE_OVERRIDE.with(|o| o.replace(Some(level)));
    let out = f();
    OPTIMIZE_OVERRIDE.with(|o| o.set(old));
    out
}

/// Compile a parsed module. Scope errors carry no source line (`text` is None);
/// `compile_source` fills it in. Without the source, annotations under
/// `from __future__ import annotations` compile to empty strings: use `compile_source`.
pub fn compile(module: &Mod, filename: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    codegen::compile_module(module, filename, None).map_err(|e| e.into_syntax_error(filename, None))
}

/// parse + compile: what `compile()`, `exec`, imports and the CLI call.
pub fn compile_source(source: &str, mode: Mode, filename: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    let module = crate::parser::parse(source, mode, filename)?;
    codegen::compile_module(&module, filename, Some(source)).map_err(|e| e.into_syntax_error(filename, Some(source)))
}

/// Decode source bytes (UTF-8, BOM, a PEP 263 declaration), then parse and compile:
/// what running a script file does.
pub fn compile_bytes(source: &[u8], mode: Mode, filename: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    let text = crate::parser::decode_source(source, filename)?;
    compile_source(&text, mode, filename)
}

/// Whether the compiler's constant folding turns `expr` into a constant (tracebacks
/// mark an operator only where CPython's optimised AST still has the operation).
pub fn folds_to_constant(expr: &crate::ast::Expr) -> bool {
    codegen::folds_to_constant(expr)
}
