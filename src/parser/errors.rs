//! lalrpop's errors ("expected one of N tokens") turned into CPython's messages, and byte
//! spans turned into `SyntaxError` positions.

use lalrpop_util::ParseError;

use super::context::Ctx;
use super::lexer::{line_of, LexError, Spanned};
use super::token::Tok;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

const INVALID: &str = "invalid syntax";

/// An error position meaning "the end of input": CPython shows the last line, no caret.
pub const AT_EOF: usize = usize::MAX;
/// Like `AT_EOF` but for an error met at a DEDENT at the end of input: CPython shows the
/// last line of the file rather than the empty one after it.
pub const AT_LAST_LINE: usize = usize::MAX - 1;

/// The error to report for a failed parse. `lex_error` is the tokenizer's error after the
/// last token, if any: like CPython, it wins over a generic "invalid syntax".
pub fn map_error(ctx: &Ctx, tokens: &[Spanned], lex_error: Option<LexError>, e: ParseError<usize, Tok, LexError>) -> LexError {
    let mapped = match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => LexError::syntax(INVALID, location, location),
        ParseError::ExtraToken { token: (s, _, e) } => LexError::syntax(INVALID, s, e),
        ParseError::UnrecognizedEof { location, expected } => {
            if let Some(le) = lex_error {
                return le;
            }
            unexpected(ctx, tokens, tokens.len(), location, location, &expected)
        }
        ParseError::UnrecognizedToken { token: (s, _, e), expected } => {
            let index = tokens.iter().position(|t| t.0 == s && t.2 == e).unwrap_or(tokens.len());
            unexpected(ctx, tokens, index, s, e, &expected)
        }
    };
    match lex_error {
        Some(le) if overrides(ctx, &le, &mapped) => le,
        _ => mapped,
    }
}

/// CPython tokenizes the rest of the file after a syntax error found by the parser: errors
/// the tokenizer raises itself replace it, indentation errors do not, and an unclosed bracket
/// does only when the syntax error lies on a later line than the bracket.
fn overrides(ctx: &Ctx, lex: &LexError, parse: &LexError) -> bool {
    // "unexpected indent" is raised before CPython looks at the rest of the file.
    if lex.kind != SyntaxErrorKind::SyntaxError
        || parse.kind == SyntaxErrorKind::RecursionError
        || parse.msg == "unexpected indent"
    {
        return false;
    }
    if lex.msg.ends_with("was never closed") {
        // Looking for the comma hint, CPython's parser reads on to the end of input and
        // meets the unclosed bracket first.
        if parse.msg.starts_with("invalid syntax. Perhaps") {
            return true;
        }
        let at = if parse.start >= AT_LAST_LINE { ctx.src.len() } else { parse.start };
        return line_of(ctx.src, at) > line_of(ctx.src, lex.start);
    }
    true
}

fn unexpected(ctx: &Ctx, tokens: &[Spanned], index: usize, s: usize, e: usize, expected: &[String]) -> LexError {
    let tok = tokens.get(index).map(|t| &t.1);
    let wants = |name: &str| expected.iter().any(|x| x == name);
    if tok == Some(&Tok::Indent) {
        let at = s.saturating_sub(1);
        return LexError { kind: SyntaxErrorKind::IndentationError, msg: "unexpected indent".into(), start: at, end: at, no_caret: false, shown: None };
    }
    if wants("Indent") {
        let msg = match block_owner(ctx, tokens, index) {
            Some(what) => format!("expected an indented block after {}", what),
            None => "expected an indented block".into(),
        };
        let (s, e) = if at_eof(tokens, index) { (eof_marker(tokens, index), 0) } else { (s, e) };
        // Met at a DEDENT (whose column CPython does not know), the offset is 0.
        let no_caret = tok == Some(&Tok::Dedent);
        return LexError { kind: SyntaxErrorKind::IndentationError, msg, start: s, end: e, no_caret, shown: None };
    }
    if tok == Some(&Tok::Newline) && wants("\":\"") && !open_lambda(tokens, index) {
        return LexError::syntax("expected ':'", s, e);
    }
    // Only a `try` without handlers (after one, `else` would be accepted too).
    if wants("\"except\"") && wants("\"finally\"") && !wants("\"else\"") {
        // At the end of input CPython points at the last NEWLINE.
        if at_eof(tokens, index) || matches!(tok, Some(Tok::Dedent) | None) {
            if let Some(nl) = tokens[..index.min(tokens.len())].iter().rev().find(|t| t.1 == Tok::Newline) {
                // A NEWLINE made up at the end of a file without one shows no caret.
                if nl.0 == nl.2 {
                    return LexError::syntax("expected 'except' or 'finally' block", AT_EOF, AT_EOF);
                }
                let mut err = LexError::syntax("expected 'except' or 'finally' block", nl.0, nl.0);
                err.no_caret = tok == Some(&Tok::Dedent);
                return err;
            }
        }
        return LexError::syntax("expected 'except' or 'finally' block", s, e);
    }
    let prev = index.checked_sub(1).and_then(|i| tokens.get(i));
    let prev2 = index.checked_sub(2).and_then(|i| tokens.get(i));
    // Block keywords whose colon CPython's grammar demands at once.
    if let Some(p) = prev {
        if p.1 == Tok::RPar && closes_def_params(tokens, index - 1) && !matches!(tok, Some(Tok::Colon | Tok::RArrow)) {
            return LexError::syntax("expected ':'", s, e);
        }
        if wants("\":\"") && after_return_annotation(tokens, index) {
            return LexError::syntax("expected ':'", s, e);
        }
        // `8 := 1`: CPython's grammar wants a name before `:=`, so it stops at the `:=`.
        if p.1 == Tok::ColonEqual && !matches!(prev2.map(|t| &t.1), Some(Tok::Name(_))) {
            return LexError::syntax(INVALID, p.0, p.2);
        }
        let block_keyword = matches!(p.1, Tok::Else | Tok::Try | Tok::Finally) && statement_start(tokens, index - 1);
        if block_keyword && tok != Some(&Tok::Colon) {
            return LexError::syntax("expected ':'", s, e);
        }
    }
    if let (Some(Tok::Equal), Some(p), Some(p2)) = (tok, prev, prev2) {
        if matches!(p.1, Tok::Name(_)) && matches!(p2.1, Tok::If | Tok::Elif | Tok::While) {
            let end = element_end(tokens, index + 1).unwrap_or(e);
            return LexError::syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", p.0, end);
        }
    }
    // `except A, B:` (Python 2): the range runs from the first type to the last.
    if tok == Some(&Tok::Comma) {
        let line_start = tokens[..index.min(tokens.len())].iter().rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent));
        let first = line_start.map_or(1, |i| i + 1);
        if tokens.get(first).map(|t| &t.1) == Some(&Tok::Except) && innermost_open(tokens, index).is_none() {
            if let (Some(ty), Some(end)) = (tokens.get(first + 1), element_end_before_colon(tokens, index)) {
                return LexError::syntax("multiple exception types must be parenthesized", ty.0, end);
            }
        }
    }
    if let Some(err) = bad_annotation_target(ctx, tokens, index) {
        return err;
    }
    if let Some(err) = bad_for_target(ctx, tokens, index) {
        return err;
    }
    if tok == Some(&Tok::For) {
        if let Some(star) = starred_element(tokens, index) {
            let end = prev.map_or(e, |p| p.2);
            return LexError::syntax("iterable unpacking cannot be used in comprehension", star, end);
        }
    }
    if let (Some(p), Some(p2)) = (prev, prev2) {
        if matches!(p.1, Tok::Name(_)) && matches!(p2.1, Tok::Def | Tok::Class) && wants("\"(\"") && p2.1 == Tok::Def {
            return LexError::syntax("expected '('", s, e);
        }
    }
    if wants("\"else\"") && !matches!(tok, Some(Tok::Else | Tok::Colon)) {
        if let Some(start) = ternary_start(tokens, index) {
            let end = prev.map_or(s, |p| p.2);
            return LexError::syntax("expected 'else' after 'if' expression", start, end);
        }
    }
    if let (Some(p), Some(Tok::RBrace | Tok::Comma)) = (prev, tok) {
        if p.1 == Tok::Colon && innermost_open(tokens, index) == Some(Tok::LBrace) {
            return LexError::syntax("expression expected after dictionary key and ':'", p.0, p.2);
        }
    }
    if let (Some(tok), Some(prev)) = (tok, prev) {
        if prev.1.ends_expr() && tok.starts_expr() {
            if let Tok::Name(n) = &prev.1 {
                if (n == "print" || n == "exec") && statement_start(tokens, index - 1) {
                    let line_end = tokens[index..].iter().find(|t| t.1 == Tok::Newline).map(|t| t.0).unwrap_or(e);
                    let msg = format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", n, n);
                    return LexError::syntax(msg, prev.0, line_end);
                }
            }
            let name_then_string = matches!(prev.1, Tok::Name(_)) && matches!(tok, Tok::Str(_));
            if let Some(start) = element_start(tokens, index) {
                if !name_then_string && !in_def_params(tokens, index) {
                    let end = element_end(tokens, index).unwrap_or(e);
                    return LexError::syntax("invalid syntax. Perhaps you forgot a comma?", start, end);
                }
            }
        }
    }
    if at_eof(tokens, index) {
        return LexError::syntax(INVALID, eof_marker(tokens, index), 0);
    }
    if tok == Some(&Tok::Dedent) || tok.is_none() {
        return LexError::syntax(INVALID, s, s);
    }
    LexError::syntax(INVALID, s, e)
}

fn eof_marker(tokens: &[Spanned], index: usize) -> usize {
    if tokens.get(index).map_or(false, |t| t.1 == Tok::Dedent) { AT_LAST_LINE } else { AT_EOF }
}

/// True when the parser stopped at the end of input (after the last NEWLINE).
fn at_eof(tokens: &[Spanned], index: usize) -> bool {
    tokens[index.min(tokens.len())..].iter().all(|t| t.1 == Tok::Dedent)
        && index.checked_sub(1).and_then(|i| tokens.get(i)).map_or(false, |t| t.1 == Tok::Newline)
}

/// `1: int` or `(a, b): int` followed by more errors: CPython first matches
/// `expression ':' expression` and reports the target.
fn bad_annotation_target(ctx: &Ctx, tokens: &[Spanned], index: usize) -> Option<LexError> {
    let before = &tokens[..index.min(tokens.len())];
    let first = before.iter().rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::StartFile | Tok::StartSingle))? + 1;
    let mut depth = 0i32;
    let mut colon = None;
    for (i, t) in before.iter().enumerate().skip(first) {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Colon if depth == 0 => {
                colon = Some(i);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    if colon == first || colon + 1 > index {
        return None;
    }
    let target = super::parse_token_range(ctx, &tokens[first..colon])?;
    let annotation_follows = tokens.get(colon + 1).map_or(false, |t| t.1.starts_expr()) && colon + 1 < index;
    let msg = match target.kind {
        crate::ast::ExprKind::Name { .. } | crate::ast::ExprKind::Attribute { .. } | crate::ast::ExprKind::Subscript { .. } => return None,
        crate::ast::ExprKind::Tuple { .. } => "only single target (not tuple) can be annotated",
        crate::ast::ExprKind::List { .. } => "only single target (not list) can be annotated",
        _ => "illegal target for annotation",
    };
    if !annotation_follows {
        // Without an annotation CPython never got that far: it stops at the colon.
        let c = &tokens[colon];
        return Some(LexError::syntax(INVALID, c.0, c.2));
    }
    Some(LexError::syntax(msg, ctx.start_of(target.loc), ctx.end_of(target.loc)))
}

/// `for f() in x` / `for a + b` (no `in` yet): CPython names what cannot be assigned to.
fn bad_for_target(ctx: &Ctx, tokens: &[Spanned], index: usize) -> Option<LexError> {
    let before = &tokens[..index.min(tokens.len())];
    let for_at = before.iter().rposition(|t| matches!(t.1, Tok::For | Tok::In | Tok::Newline | Tok::Colon))?;
    if before[for_at].1 != Tok::For || !statement_start(tokens, for_at) && tokens.get(for_at.wrapping_sub(1)).map(|t| &t.1) != Some(&Tok::Async) {
        return None;
    }
    let target = super::parse_token_range(ctx, &before[for_at + 1..])?;
    let bad = super::targets::invalid_target(&target, false)?;
    let msg = format!("cannot assign to {}", super::targets::expr_name(bad));
    Some(LexError::syntax(msg, ctx.start_of(bad.loc), ctx.end_of(bad.loc)))
}

/// The end of the last token before the `:` that ends this line's header.
fn element_end_before_colon(tokens: &[Spanned], index: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut end = None;
    for t in tokens.get(index..)? {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Colon | Tok::Newline | Tok::As if depth == 0 => return end,
            _ => {}
        }
        end = Some(t.2);
    }
    end
}

/// A `lambda` on this logical line still waiting for its `:`.
fn open_lambda(tokens: &[Spanned], index: usize) -> bool {
    for t in tokens[..index.min(tokens.len())].iter().rev() {
        match t.1 {
            Tok::Colon => return false,
            Tok::Lambda => return true,
            Tok::Newline | Tok::Indent | Tok::Dedent => return false,
            _ => {}
        }
    }
    false
}

/// True in `def f() -> annotation` before its colon.
fn after_return_annotation(tokens: &[Spanned], index: usize) -> bool {
    let mut depth = 0i32;
    for t in tokens[..index.min(tokens.len())].iter().rev() {
        match t.1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            Tok::RArrow if depth == 0 => return true,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Colon | Tok::Lambda => return false,
            _ => {}
        }
    }
    false
}

/// True when the `)` at `close` ends the parameter list of a `def`.
fn closes_def_params(tokens: &[Spanned], close: usize) -> bool {
    let mut depth = 0i32;
    for i in (0..=close.min(tokens.len().saturating_sub(1))).rev() {
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                depth -= 1;
                if depth == 0 {
                    return i >= 2 && matches!(tokens[i - 1].1, Tok::Name(_)) && tokens[i - 2].1 == Tok::Def;
                }
            }
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}

/// `[*a for ...]`: where the starred element before `index` starts, if it is one.
fn starred_element(tokens: &[Spanned], index: usize) -> Option<usize> {
    let start = element_start(tokens, index)?;
    let i = tokens.iter().position(|t| t.0 == start)?;
    match tokens.get(i.checked_sub(1)?)?.1 {
        Tok::Star => Some(tokens[i - 1].0),
        _ => None,
    }
}

/// True inside the parentheses of `def name(...)`: no comma hint there.
fn in_def_params(tokens: &[Spanned], index: usize) -> bool {
    let mut depth = 0i32;
    for i in (0..index.min(tokens.len())).rev() {
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if depth == 0 {
                    return tokens[i].1 == Tok::LPar
                        && i >= 2
                        && matches!(tokens[i - 1].1, Tok::Name(_))
                        && tokens[i - 2].1 == Tok::Def;
                }
                depth -= 1;
            }
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}

/// The innermost bracket still open before `index`.
fn innermost_open(tokens: &[Spanned], index: usize) -> Option<Tok> {
    let mut depth = 0i32;
    for t in tokens[..index.min(tokens.len())].iter().rev() {
        match t.1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return Some(t.1.clone());
                }
                depth -= 1;
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

/// The end of the expression starting at `index`: up to the next comma, colon or closing
/// bracket at the same depth, or the next juxtaposed expression.
fn element_end(tokens: &[Spanned], index: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut end = None;
    let mut prev: Option<&Tok> = None;
    for t in tokens.get(index..)? {
        if depth == 0 {
            if let Some(p) = prev {
                if p.ends_expr() && t.1.starts_expr() && !matches!(t.1, Tok::LPar | Tok::LSqb) {
                    return end;
                }
            }
        }
        prev = Some(&t.1);
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if depth == 0 {
                    return end;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Colon | Tok::Equal | Tok::Newline | Tok::For | Tok::If if depth == 0 => return end,
            _ => {}
        }
        end = Some(t.2);
    }
    end
}

/// For `body if test` missing its `else`: where `body` starts.
fn ternary_start(tokens: &[Spanned], index: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = index;
    let mut if_at = None;
    while i > 0 {
        i -= 1;
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::If if depth == 0 => {
                if_at = Some(i);
                break;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    let if_at = if_at?;
    if if_at == 0 || statement_start(tokens, if_at) {
        return None;
    }
    let mut j = if_at;
    while j > 0 {
        match tokens[j - 1].1 {
            Tok::Equal | Tok::Comma | Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Colon | Tok::Return
            | Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartFile | Tok::StartEval | Tok::StartSingle => break,
            _ => j -= 1,
        }
    }
    tokens.get(j).map(|t| t.0)
}

fn statement_start(tokens: &[Spanned], i: usize) -> bool {
    i == 0
        || matches!(
            tokens.get(i - 1).map(|t| &t.1),
            Some(Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::StartFile | Tok::StartSingle)
        )
}

/// Inside brackets, the start of the comma-separated element that ends just before `index`.
fn element_start(tokens: &[Spanned], index: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = index;
    let mut start = None;
    while i > 0 {
        i -= 1;
        match tokens[i].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return start;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Colon | Tok::Equal | Tok::ColonEqual | Tok::Star | Tok::DoubleStar | Tok::Yield
            | Tok::If | Tok::Else | Tok::For
                if depth == 0 =>
            {
                return if innermost_open(tokens, i).is_some() { start } else { None };
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
        start = Some(tokens[i].0);
    }
    None
}

/// "'if' statement on line 3" for the header whose block is missing before `index`.
fn block_owner(ctx: &Ctx, tokens: &[Spanned], index: usize) -> Option<String> {
    // Walk back over the header line's NEWLINE to the first token of the logical line.
    let mut i = index.checked_sub(1)?;
    if tokens.get(i).map(|t| &t.1) == Some(&Tok::Newline) {
        i = i.checked_sub(1)?;
    }
    // The owner is the last block-opening keyword at bracket depth 0 on this logical line.
    let mut depth = 0i32;
    let mut owner = None;
    let mut j = i + 1;
    while j > 0 {
        j -= 1;
        match &tokens[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth -= 1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartFile | Tok::StartSingle => break,
            t if depth == 0 => {
                let kw = match t {
                    Tok::If => Some("'if' statement"),
                    Tok::Elif => Some("'elif' statement"),
                    Tok::Else => Some("'else' statement"),
                    Tok::For => Some("'for' statement"),
                    Tok::While => Some("'while' statement"),
                    Tok::With => Some("'with' statement"),
                    Tok::Try => Some("'try' statement"),
                    Tok::Except if tokens.get(j + 1).map(|t| &t.1) == Some(&Tok::Star) => Some("'except*' statement"),
                    Tok::Except => Some("'except' statement"),
                    Tok::Match => Some("'match' statement"),
                    Tok::Case => Some("'case' statement"),
                    Tok::Finally => Some("'finally' statement"),
                    Tok::Def => Some("function definition"),
                    Tok::Class => Some("class definition"),
                    _ => None,
                };
                if kw.is_some() {
                    owner = kw.map(|k| (k, tokens[j].0));
                }
            }
            _ => {}
        }
    }
    let (what, pos) = owner?;
    Some(format!("{} on line {}", what, line_of(ctx.src, pos)))
}

/// Converts byte offsets into CPython's 1-based character positions and the source line.
pub fn to_syntax_error(ctx: &Ctx, filename: &str, e: LexError) -> SyntaxError {
    let src = ctx.src;
    if e.start == AT_EOF || e.start == AT_LAST_LINE {
        // CPython's end of input is on the line of the file's final newline (which may be
        // an empty line), or on the last line when there is no final newline.
        let at = if src.ends_with(['\n', '\r']) { src.len() - 1 } else { src.len() };
        let at = if src[..at].ends_with('\r') && src[at..].starts_with('\n') { at - 1 } else { at };
        let mut se = to_syntax_error(ctx, filename, LexError { start: at, end: at, ..e });
        se.offset = 0;
        se.end_offset = 0;
        return se;
    }
    let start = e.start.min(src.len());
    let end = e.end.max(start).min(src.len());
    let (line, line_start) = ctx.line_index(start);
    let (end_line, end_line_start) = ctx.line_index(end);
    let chars = |a: usize, b: usize| src.get(a..b).map(|s| s.chars().count()).unwrap_or(0) as u32;
    let text_end = {
        let rest = &src[line_start..];
        match rest.find(['\n', '\r']) {
            Some(k) => {
                let nl = if rest[k..].starts_with("\r\n") { 2 } else { 1 };
                line_start + k + nl
            }
            None => src.len(),
        }
    };
    let text = src.get(line_start..text_end).map(|t| t.replace("\r\n", "\n").replace('\r', "\n"));
    let no_caret = e.no_caret;
    if let Some(shown) = &e.shown {
        let (text, a, b) = (**shown).clone();
        let lineno = line as u32 + 1;
        return SyntaxError {
            kind: e.kind,
            msg: e.msg,
            filename: filename.to_string(),
            lineno,
            offset: a as u32 + 1,
            end_lineno: lineno,
            end_offset: b as u32 + 1,
            text: Some(text),
        };
    }
    SyntaxError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.to_string(),
        lineno: line as u32 + 1,
        offset: if no_caret { 0 } else { chars(line_start, start) + 1 },
        end_lineno: end_line as u32 + 1,
        end_offset: if no_caret { 0 } else { chars(end_line_start, end) + 1 },
        text,
    }
}
