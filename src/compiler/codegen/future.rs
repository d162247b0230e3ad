//! `from __future__ import ...` checks, as CPython's future.c: the leading future
//! imports must name known features, and none may come after other statements.

use crate::ast::*;
use crate::compiler::error::CompileError;

/// Every feature name Python 3.11 accepts (all but `annotations` are no-ops now).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

pub(super) const MISPLACED: &str = "from __future__ imports must occur at the beginning of the file";

/// Checks the module's leading future imports and returns the line of the last one
/// (0 when none): a `from __future__` statement after that line is misplaced.
pub(super) fn check(module: &Mod) -> Result<u32, CompileError> {
    let (Mod::Module(body) | Mod::Interactive(body)) = module else { return Ok(0) };
    let start = usize::from(body.first().is_some_and(|s| super::docstring(s).is_some()));
    let mut last_line = 0;
    let mut done = false;
    let mut prev_line = 0;
    for s in body.iter().skip(start) {
        // Statements sharing the last future import's line (`a; b`) are still checked.
        if done && s.loc.line > prev_line {
            break;
        }
        prev_line = s.loc.line;
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, .. } if m == "__future__" => {
                if done {
                    // CPython reports this one at the bare column offset (no +1); a
                    // statement precedes it on the line, so the column is at least 1.
                    let loc = Loc { col: s.loc.col.saturating_sub(1), ..s.loc };
                    return Err(CompileError::syntax(MISPLACED.into(), loc));
                }
                for a in names {
                    if a.name == "braces" {
                        return Err(CompileError::syntax("not a chance".into(), s.loc));
                    }
                    if !FEATURES.contains(&a.name.as_str()) {
                        return Err(CompileError::syntax(format!("future feature {} is not defined", a.name), s.loc));
                    }
                }
                last_line = s.loc.line;
            }
            _ => done = true,
        }
    }
    Ok(last_line)
}
