//! Source text to AST: the lexer, the indentation layer and the lalrpop grammar.
//!
//! `lexer` (logos + layout) produces tokens, the generated `python` parser builds the AST
//! through `builder` / `targets` / `fstring`, and `errors` maps failures to CPython's
//! SyntaxError messages.

mod builder;
mod context;
mod decode;
mod depth;
mod errors;
mod fstring;
mod lexer;
mod literals;
mod patterns;
mod raw;
mod str_text;
mod targets;
mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    python,
    "/python.rs"
);

use crate::ast::{Expr, Mod, Mode};
use crate::syntax_error::SyntaxError;
use context::{Ctx, R};
use lexer::{tokenize, LexError};
use token::Tok;

pub use decode::decode_source;
pub use depth::MAX_EXPR_DEPTH;

pub fn parse(source: &str, mode: Mode, filename: &str) -> Result<Mod, SyntaxError> {
    let ctx = Ctx::new(source);
    parse_in(&ctx, mode).map_err(|e| errors::to_syntax_error(&ctx, filename, e))
}

/// Decodes (UTF-8, BOM, PEP 263 latin-1 declaration) and parses.
pub fn parse_bytes(source: &[u8], mode: Mode, filename: &str) -> Result<Mod, SyntaxError> {
    let text = decode::decode_source(source, filename)?;
    parse(&text, mode, filename)
}

fn parse_in(ctx: &Ctx, mode: Mode) -> Result<Mod, LexError> {
    if let Some(pos) = ctx.src.find('\0') {
        return Err(LexError::syntax("source code cannot contain null bytes", pos, pos));
    }
    let lexed = tokenize(ctx.src, 0, ctx.src.len(), true);
    if mode == Mode::Single {
        if let Some(pos) = second_simple_statement(&lexed.tokens) {
            return Err(LexError::syntax("multiple statements found while compiling a single statement", pos, pos));
        }
    }
    let start = match mode {
        Mode::Exec => Tok::StartFile,
        Mode::Eval => Tok::StartEval,
        Mode::Single => Tok::StartSingle,
    };
    run(ctx, start, (0, ctx.src.len()), true, lexed)
}

/// For `Mode::Single`: where the first line ends when a simple statement line is followed
/// by more statements (CPython's "multiple statements" error).
fn second_simple_statement(tokens: &[lexer::Spanned]) -> Option<usize> {
    let first = tokens.first()?;
    if matches!(first.1, Tok::If | Tok::While | Tok::For | Tok::Try | Tok::With | Tok::Def | Tok::Class | Tok::At | Tok::Async) {
        return None;
    }
    let nl = tokens.iter().position(|t| t.1 == Tok::Newline)?;
    let more = tokens[nl + 1..].iter().any(|t| !matches!(t.1, Tok::Newline | Tok::Dedent));
    if more { tokens.get(nl).map(|t| t.0) } else { None }
}

/// Runs the grammar over `lexed`, the tokens of `ctx.src[range]`. The tokens are moved into
/// the parser (no copies of names and literals); only a failed parse tokenizes again, to
/// give the error mapping the whole token list.
fn run(ctx: &Ctx, start: Tok, range: (usize, usize), layout: bool, lexed: lexer::Lexed) -> Result<Mod, LexError> {
    let parser = python::TopParser::new();
    let stream = std::iter::once((range.0, start.clone(), range.0)).chain(lexed.tokens).map(Ok::<_, LexError>);
    match parser.parse(ctx, stream) {
        Ok(m) => match lexed.error {
            Some(e) => Err(e),
            None => Ok(m),
        },
        Err(e) => {
            let again = tokenize(ctx.src, range.0, range.1, layout);
            let mut tokens = Vec::with_capacity(again.tokens.len() + 1);
            tokens.push((range.0, start, range.0));
            tokens.extend(again.tokens);
            Err(errors::map_error(ctx, &tokens, again.error, e))
        }
    }
}

/// Parses the expression of an f-string replacement field, `ctx.src[start..end]`, as CPython
/// does: as if in parentheses. Positions stay those of the real source.
pub(crate) fn parse_fstring_expr(ctx: &Ctx, start: usize, end: usize) -> R<Expr> {
    // CPython 3.11 compiles "(expr)": the parentheses stand on the `{` before the
    // expression and on the character after it, so a tuple's span covers both.
    let lexed = tokenize(ctx.src, start, end, false);
    let mut tokens = Vec::with_capacity(lexed.tokens.len() + 3);
    tokens.push((start, Tok::StartEval, start));
    tokens.push((start.saturating_sub(1), Tok::LPar, start));
    tokens.extend(lexed.tokens);
    let result = match lexed.error {
        Some(e) => Err(e),
        None => {
            tokens.push((end, Tok::RPar, end + 1));
            let stream = tokens.iter().cloned().map(Ok::<_, LexError>);
            python::TopParser::new().parse(ctx, stream).map_err(|e| errors::map_error(ctx, &tokens, None, e))
        }
    };
    match result {
        Ok(Mod::Expression(e)) => Ok(*e),
        Ok(_) => Err(context::err("f-string: invalid syntax", start, end)),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            if e.shown.is_none() {
                let chars = |a: usize, b: usize| ctx.src.get(a..b).map_or(0, |t| t.chars().count());
                let (a, b) = (e.start.clamp(start, end), e.end.clamp(start, end));
                let text = format!("({})", ctx.src.get(start..end).unwrap_or(""));
                e.shown = Some(Box::new((text, 1 + chars(start, a), 1 + chars(start, b.max(a)))));
                e.no_caret = false;
                e.start = a;
                e.end = a;
            }
            Err(lalrpop_util::ParseError::User { error: e })
        }
    }
}

/// Parses `tokens` (a slice of a failed statement) as one expression, for error messages
/// that need to know what an unfinished construct held.
pub(crate) fn parse_token_range(ctx: &Ctx, tokens: &[lexer::Spanned]) -> Option<Expr> {
    let at = tokens.first()?.0;
    let stream = std::iter::once((at, Tok::StartEval, at)).chain(tokens.iter().cloned()).map(Ok::<_, LexError>);
    match python::TopParser::new().parse(ctx, stream) {
        Ok(Mod::Expression(e)) => Some(*e),
        _ => None,
    }
}

/// For the REPL: true when `source` is an incomplete compound statement or has unclosed
/// brackets / an unterminated triple-quoted string, i.e. more lines should be read.
pub fn is_incomplete(source: &str) -> bool {
    let trimmed = source.trim_end_matches([' ', '\t']);
    if trimmed.ends_with("\\\n") || trimmed.ends_with('\\') {
        return true;
    }
    let lexed = tokenize(source, 0, source.len(), true);
    if let Some(e) = &lexed.error {
        return e.msg.ends_with("was never closed") || e.msg.starts_with("unterminated triple-quoted");
    }
    let ctx = Ctx::new(source);
    // Ask the grammar directly whether it ran out of input: only then can more lines help.
    let tokens: Vec<lexer::Spanned> = std::iter::once((0, Tok::StartFile, 0)).chain(lexed.tokens).collect();
    let stream = tokens.iter().cloned().map(Ok::<_, LexError>);
    match python::TopParser::new().parse(&ctx, stream) {
        Ok(m) => {
            // A compound statement ends only at an empty line, as in CPython's REPL.
            let compound = matches!(&m, Mod::Module(v) if v.first().map_or(false, |s| is_compound(&s.kind)))
                || source.trim_start().starts_with('@');
            compound && !ends_with_blank_line(source)
        }
        Err(lalrpop_util::ParseError::UnrecognizedEof { .. }) => !ends_with_blank_line(source),
        Err(lalrpop_util::ParseError::UnrecognizedToken { token: (s, _, _), .. }) => {
            let rest = tokens.iter().skip_while(|t| t.0 < s);
            let only_closers = rest.clone().all(|t| t.1 == Tok::Dedent);
            let after_newline = tokens.iter().take_while(|t| t.0 < s).last().map_or(false, |t| t.1 == Tok::Newline);
            only_closers && after_newline && !ends_with_blank_line(source)
        }
        Err(_) => false,
    }
}

fn is_compound(kind: &crate::ast::StmtKind) -> bool {
    use crate::ast::StmtKind::*;
    matches!(kind, FunctionDef(_) | ClassDef(_) | For { .. } | While { .. } | If { .. } | With { .. } | Try { .. })
}

fn ends_with_blank_line(source: &str) -> bool {
    let s = source.strip_suffix('\n').unwrap_or(source);
    s.is_empty() || s.ends_with('\n') || s.rsplit('\n').next().map_or(false, |l| l.trim().is_empty())
}
