//! Building `match` patterns (PEP 634) from grammar actions, with the parse-time errors
//! CPython's PEG grammar reports for them. Compile-time checks (unreachable patterns,
//! repeated names) live in the code generator.

use super::builder;
use super::context::{err, err_at, Ctx, R};
use super::token::StrLit;
use crate::ast::*;

pub enum MapItem {
    Pair(Expr, Pattern),
    /// `**name` with its span.
    Rest(String, usize, usize),
}

pub enum ClassArg {
    Pos(Pattern),
    /// `name=pattern`.
    Kw(String, Pattern),
}

pub fn pattern(ctx: &Ctx, l: usize, r: usize, kind: PatternKind) -> Pattern {
    Pattern { loc: ctx.loc(l, r), kind }
}

/// `_` binds nothing.
pub fn capture_name(n: String) -> Option<String> {
    if n == "_" {
        None
    } else {
        Some(n)
    }
}

pub fn as_pattern(ctx: &Ctx, l: usize, nl: usize, r: usize, p: Pattern, n: String) -> R<Pattern> {
    if n == "_" {
        return Err(err("cannot use '_' as a target", nl, r));
    }
    Ok(pattern(ctx, l, r, PatternKind::MatchAs { pattern: Some(Box::new(p)), name: Some(n) }))
}

pub fn sequence(ctx: &Ctx, l: usize, r: usize, items: Vec<Pattern>) -> R<Pattern> {
    Ok(pattern(ctx, l, r, PatternKind::MatchSequence(items)))
}

/// `None`, `True` and `False` are compared by identity; every other literal by `==`.
pub fn literal(ctx: &Ctx, l: usize, r: usize, e: Expr) -> Pattern {
    let kind = match &e.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) => PatternKind::MatchSingleton(c.clone()),
        _ => PatternKind::MatchValue(e),
    };
    pattern(ctx, l, r, kind)
}

fn is_imaginary(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::Complex { .. }))
}

/// `real + imagj` / `real - imagj`: the left side must be real, the right imaginary.
pub fn complex(ctx: &Ctx, l: usize, r: usize, re: Expr, op: Operator, im: Expr) -> R<Expr> {
    let real_part = match &re.kind {
        ExprKind::UnaryOp { operand, .. } => operand.as_ref(),
        _ => &re,
    };
    if is_imaginary(real_part) {
        return Err(err_at(ctx, re.loc, "real number required in complex literal"));
    }
    if !is_imaginary(&im) {
        return Err(err_at(ctx, im.loc, "imaginary number required in complex literal"));
    }
    builder::binop(ctx, l, r, re, op, im)
}

/// String literals, but not f-strings (a pattern cannot compute).
pub fn strings(ctx: &Ctx, l: usize, r: usize, parts: Vec<(usize, StrLit, usize)>) -> R<Expr> {
    let e = builder::strings(ctx, l, r, parts)?;
    if matches!(e.kind, ExprKind::JoinedStr(_)) {
        return Err(err_at(ctx, e.loc, "patterns may only match literals and attribute lookups"));
    }
    Ok(e)
}

pub fn mapping(ctx: &Ctx, l: usize, r: usize, items: Vec<MapItem>) -> R<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    let mut rest_at = None;
    for item in items {
        match item {
            MapItem::Pair(k, p) => {
                if rest_at.is_some() {
                    // CPython's grammar stops at the first item after `**rest`.
                    return Err(err_at(ctx, k.loc, "invalid syntax"));
                }
                keys.push(k);
                patterns.push(p);
            }
            MapItem::Rest(n, nl, nr) => {
                if n == "_" || rest_at.is_some() {
                    return Err(err("invalid syntax", nl, nr));
                }
                rest_at = Some(nl);
                rest = Some(n);
            }
        }
    }
    Ok(pattern(ctx, l, r, PatternKind::MatchMapping { keys, patterns, rest }))
}

pub fn class(ctx: &Ctx, l: usize, r: usize, cls: Expr, args: Vec<ClassArg>) -> R<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns: Vec<Pattern> = Vec::new();
    for a in args {
        match a {
            ClassArg::Pos(p) => {
                if !kwd_patterns.is_empty() {
                    return Err(err_at(ctx, p.loc, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            ClassArg::Kw(n, p) => {
                kwd_attrs.push(n);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(ctx, l, r, PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }))
}
