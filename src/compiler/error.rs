//! Errors found after parsing (scope errors, misplaced `return` / `break` ...), kept
//! with the AST span until the filename and source text are known.

use crate::ast::Loc;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Boxed so that `Result<(), CompileError>` is one word: the compiler recurses over
/// deep ASTs and every byte of its stack frames counts.
#[derive(Clone, Debug)]
pub struct CompileError(Box<ErrorData>);

#[derive(Clone, Debug)]
pub struct ErrorData {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub loc: Loc,
}

impl CompileError {
    #[inline(never)]
    pub fn syntax(msg: String, loc: Loc) -> CompileError {
        CompileError(Box::new(ErrorData { kind: SyntaxErrorKind::SyntaxError, msg, loc }))
    }

    #[inline(never)]
    pub fn recursion(loc: Loc) -> CompileError {
        CompileError(Box::new(ErrorData {
            kind: SyntaxErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            loc,
        }))
    }

    /// The user-facing error. AST columns are UTF-8 byte offsets; SyntaxError offsets are
    /// 1-based character offsets, so the source line (when known) converts them.
    pub fn into_syntax_error(self, filename: &str, source: Option<&str>) -> SyntaxError {
        let e = *self.0;
        let line_text = |line: u32| -> Option<String> {
            let src = source?;
            if line == 0 {
                return None;
            }
            src.split_inclusive('\n').nth(line as usize - 1).map(|l| l.to_string())
        };
        let to_chars = |text: &Option<String>, col: u32| -> u32 {
            match text {
                Some(t) => {
                    let col = (col as usize).min(t.len());
                    let mut c = col;
                    while c > 0 && !t.is_char_boundary(c) {
                        c -= 1;
                    }
                    t[..c].chars().count() as u32 + 1
                }
                None => col + 1,
            }
        };
        let text = line_text(e.loc.line);
        let end_text = if e.loc.end_line == e.loc.line { text.clone() } else { line_text(e.loc.end_line) };
        let offset = if e.loc.line == 0 { 0 } else { to_chars(&text, e.loc.col) };
        let end_offset = if e.loc.end_line == 0 { 0 } else { to_chars(&end_text, e.loc.end_col) };
        SyntaxError {
            kind: e.kind,
            msg: e.msg,
            filename: filename.to_string(),
            lineno: e.loc.line,
            offset,
            end_lineno: e.loc.end_line,
            end_offset,
            text,
        }
    }
}
