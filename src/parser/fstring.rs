//! f-strings (Python 3.11 rules): literal text, `{{` / `}}`, and replacement fields whose
//! expressions are parsed by the same grammar from the real source text, so their
//! positions point into the file.

use super::builder::expr;
use super::context::{err, Ctx, R};
use super::literals::{decode_str, StrText};
use super::token::StrLit;
use crate::ast::{Expr, ExprKind};

/// CPython refuses format specs nested more than this deep.
const MAX_NESTING: u32 = 2;

/// The parts of one f-string literal (`lit.text` is the raw body at `lit.content_start`).
/// Parts take the span `whole` of all concatenated literals (CPython 3.11 does so); format
/// specs and error messages use the literal's own span `own`.
pub fn parse(ctx: &Ctx, lit: &StrLit, whole: (usize, usize), own: (usize, usize)) -> R<Vec<Expr>> {
    let (l, r) = own;
    let mut p = Parser { ctx, lit, l, r, whole, parts: Vec::new(), literal: StrText::default() };
    let end = lit.text.len();
    let stop = p.body(0, end, 0, false)?;
    if stop < end {
        return Err(err("f-string: single '}' is not allowed", r, r));
    }
    p.flush();
    Ok(p.parts)
}

struct Parser<'c, 's> {
    ctx: &'c Ctx<'s>,
    lit: &'c StrLit,
    l: usize,
    r: usize,
    whole: (usize, usize),
    parts: Vec<Expr>,
    literal: StrText,
}

impl<'c, 's> Parser<'c, 's> {
    /// CPython 3.11 reports f-string errors just after the literal.
    fn fail(&self, msg: &str) -> super::context::PErr {
        err(format!("f-string: {}", msg), self.r, self.r)
    }

    fn flush(&mut self) {
        if !self.literal.is_empty() {
            let s = std::mem::take(&mut self.literal);
            self.parts.push(expr(self.ctx, self.whole.0, self.whole.1, ExprKind::Constant(s.into_constant())));
        }
    }

    fn push_literal(&mut self, raw: &str) -> R<()> {
        if self.lit.raw {
            self.literal.push_str(raw);
        } else {
            let s = decode_str(raw).map_err(|m| err(m, self.r, self.r))?;
            self.literal.append(&s);
        }
        Ok(())
    }

    /// Literal text and fields from `i` until `end` or (in a format spec) an unmatched `}`.
    /// Returns where it stopped.
    fn body(&mut self, mut i: usize, end: usize, nesting: u32, in_spec: bool) -> R<usize> {
        let text = self.lit.text.as_str();
        let b = text.as_bytes();
        let mut chunk = i;
        while i < end {
            match b[i] {
                b'\\' if !self.lit.raw && b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') => {
                    i = text[i..end].find('}').map(|k| i + k + 1).unwrap_or(end);
                }
                // A backslash never hides a brace: `f"\{x}"` still has a field.
                b'\\' if !self.lit.raw && !matches!(b.get(i + 1), Some(b'{' | b'}')) => i += 2,
                b'{' if !in_spec && b.get(i + 1) == Some(&b'{') => {
                    self.push_literal(&text[chunk..i + 1])?;
                    i += 2;
                    chunk = i;
                }
                b'}' if !in_spec && b.get(i + 1) == Some(&b'}') => {
                    self.push_literal(&text[chunk..i + 1])?;
                    i += 2;
                    chunk = i;
                }
                b'}' => {
                    self.push_literal(&text[chunk..i])?;
                    return Ok(i);
                }
                b'{' => {
                    self.push_literal(&text[chunk..i])?;
                    i = self.field(i, end, nesting)?;
                    chunk = i;
                }
                _ => i += 1,
            }
        }
        let i = i.min(end);
        self.push_literal(&text[chunk..i])?;
        Ok(i)
    }

    /// One `{expr[=][!c][:spec]}` starting at the `{` at `open`; returns the index after `}`.
    fn field(&mut self, open: usize, end: usize, nesting: u32) -> R<usize> {
        if nesting >= MAX_NESTING {
            return Err(self.fail("expressions nested too deeply"));
        }
        let text = self.lit.text.as_str();
        let b = text.as_bytes();
        let start = open + 1;
        let mut i = start;
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        let mut self_doc = false;
        while i < end {
            let c = b[i];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                if c == b'\\' {
                    return Err(self.fail("expression part cannot include a backslash"));
                }
                i += 1;
                continue;
            }
            match c {
                b'\\' => return Err(self.fail("expression part cannot include a backslash")),
                b'#' => return Err(self.fail("expression part cannot include '#'")),
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth > 0 => depth -= 1,
                b'}' | b':' if depth == 0 => break,
                b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break,
                b'=' | b'!' | b'<' | b'>' if b.get(i + 1) == Some(&b'=') => i += 1,
                b'=' if depth == 0 => {
                    self_doc = true;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.fail("unterminated string"));
        }
        let expr_end = i;
        if text[start..expr_end].trim().is_empty() {
            return Err(self.fail("empty expression not allowed"));
        }
        if i >= end {
            return Err(self.fail("expecting '}'"));
        }
        let base = self.lit.content_start;
        let value = super::parse_fstring_expr(self.ctx, base + start, base + expr_end)?;
        let mut conversion = None;
        if self_doc {
            i += 1;
            while i < end && b[i].is_ascii_whitespace() {
                i += 1;
            }
            self.literal.push_str(&text[start..i]);
        }
        if i < end && b[i] == b'!' {
            let c = text[i + 1..].chars().next();
            match c {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                _ => return Err(self.fail("invalid conversion character: expected 's', 'r', or 'a'")),
            }
            i += 2;
        }
        let mut format_spec = None;
        if i < end && b[i] == b':' {
            // CPython 3.11 gives spec parts the whole span, except a trailing literal.
            let mut sub = Parser { ctx: self.ctx, lit: self.lit, l: self.l, r: self.r, whole: self.whole, parts: Vec::new(), literal: StrText::default() };
            i = sub.body(i + 1, end, nesting + 1, true)?;
            sub.whole = (self.l, self.r);
            sub.flush();
            format_spec = Some(Box::new(expr(self.ctx, self.l, self.r, ExprKind::JoinedStr(sub.parts))));
        }
        if i >= end || b[i] != b'}' {
            return Err(self.fail("expecting '}'"));
        }
        if self_doc && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        self.flush();
        self.parts.push(Expr {
            loc: self.ctx.loc(self.whole.0, self.whole.1),
            kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec },
        });
        Ok(i + 1)
    }
}
