//! What grammar actions need besides their symbols: byte offsets to `Loc`s, and error values.

use lalrpop_util::ParseError;

use super::lexer::LexError;
use super::token::Tok;
use std::cell::Cell;
use std::mem::Discriminant;

use crate::ast::{ExprKind, Loc};
use crate::syntax_error::SyntaxErrorKind;

pub type PErr = ParseError<usize, Tok, LexError>;
pub type R<T> = Result<T, PErr>;

/// Shared by one parse and its f-string sub-parses.
pub struct Ctx<'s> {
    pub src: &'s str,
    line_starts: Vec<usize>,
    /// The node `depth::checked` measured last and its depth: chains are built bottom-up,
    /// so the next node usually has it as a child and need not walk it again.
    pub last_checked: Cell<Option<(Loc, Discriminant<ExprKind>, usize)>>,
}

impl<'s> Ctx<'s> {
    pub fn new(src: &'s str) -> Ctx<'s> {
        let mut line_starts = vec![0];
        let b = src.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        Ctx { src, line_starts, last_checked: Cell::new(None) }
    }

    /// 0-based line index and its start offset.
    pub fn line_index(&self, pos: usize) -> (usize, usize) {
        let i = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (i, self.line_starts.get(i).copied().unwrap_or(0))
    }

    pub fn loc(&self, start: usize, end: usize) -> Loc {
        let (l1, s1) = self.line_index(start);
        let (l2, s2) = self.line_index(end);
        Loc::new(l1 as u32 + 1, (start - s1) as u32, l2 as u32 + 1, (end - s2) as u32)
    }

    /// Byte offset of a `Loc`'s start / end (inverse of `loc`).
    pub fn offset(&self, line: u32, col: u32) -> usize {
        let base = self.line_starts.get((line as usize).saturating_sub(1)).copied().unwrap_or(0);
        (base + col as usize).min(self.src.len())
    }

    pub fn start_of(&self, loc: Loc) -> usize {
        self.offset(loc.line, loc.col)
    }

    pub fn end_of(&self, loc: Loc) -> usize {
        self.offset(loc.end_line, loc.end_col)
    }
}

pub fn err(msg: impl Into<String>, start: usize, end: usize) -> PErr {
    ParseError::User { error: LexError::syntax(msg, start, end) }
}

pub fn err_kind(kind: SyntaxErrorKind, msg: impl Into<String>, start: usize, end: usize) -> PErr {
    ParseError::User { error: LexError { kind, msg: msg.into(), start, end, no_caret: false, shown: None } }
}

/// An error located at an AST node.
pub fn err_at(ctx: &Ctx, loc: Loc, msg: impl Into<String>) -> PErr {
    err(msg, ctx.start_of(loc), ctx.end_of(loc))
}
