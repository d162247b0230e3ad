//! Node construction that needs more than one line of a grammar action: parameter lists,
//! call arguments, comparisons, string concatenation.

use super::context::{err, err_at, Ctx, R};
use super::depth::checked;
use super::fstring;
use super::literals::StrText;
use super::token::{StrKind, StrLit};
use crate::ast::*;

pub fn expr(ctx: &Ctx, l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr { loc: ctx.loc(l, r), kind }
}

/// An expression node that can form unbracketed chains, so its depth is checked.
pub fn deep(ctx: &Ctx, l: usize, r: usize, kind: ExprKind) -> R<Expr> {
    checked(ctx, expr(ctx, l, r, kind))
}

pub fn stmt(ctx: &Ctx, l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt { loc: ctx.loc(l, r), kind }
}

pub fn name(ctx: &Ctx, l: usize, r: usize, id: String) -> Expr {
    expr(ctx, l, r, ExprKind::Name { id, ctx: crate::ast::Ctx::Load })
}

pub fn binop(ctx: &Ctx, l: usize, r: usize, left: Expr, op: Operator, right: Expr) -> R<Expr> {
    deep(ctx, l, r, ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) })
}

pub fn unary(ctx: &Ctx, l: usize, r: usize, op: UnaryOp, operand: Expr) -> R<Expr> {
    deep(ctx, l, r, ExprKind::UnaryOp { op, operand: Box::new(operand) })
}

pub fn boolop(ctx: &Ctx, l: usize, r: usize, op: BoolOp, first: Expr, rest: Vec<Expr>) -> R<Expr> {
    if rest.is_empty() {
        return Ok(first);
    }
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    deep(ctx, l, r, ExprKind::BoolOp { op, values })
}

pub fn compare(ctx: &Ctx, l: usize, r: usize, left: Expr, rest: Vec<(CmpOp, Expr)>) -> R<Expr> {
    if rest.is_empty() {
        return Ok(left);
    }
    let (ops, comparators) = rest.into_iter().unzip();
    deep(ctx, l, r, ExprKind::Compare { left: Box::new(left), ops, comparators })
}

pub fn named(ctx: &Ctx, l: usize, r: usize, target: Expr, value: Expr) -> R<Expr> {
    let target = match target.kind {
        ExprKind::Name { id, .. } => Expr { loc: target.loc, kind: ExprKind::Name { id, ctx: crate::ast::Ctx::Store } },
        _ => {
            let msg = format!("cannot use assignment expressions with {}", super::targets::expr_name(&target));
            return Err(err_at(ctx, target.loc, msg));
        }
    };
    deep(ctx, l, r, ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) })
}

/// One comma-separated item of a parameter list, before validation.
pub enum Param {
    Plain(Arg, Option<Expr>),
    Star(Option<Arg>, usize, usize),
    DoubleStar(Arg),
    Slash(usize, usize),
}

pub fn arg(ctx: &Ctx, l: usize, r: usize, name: String, annotation: Option<Expr>) -> Arg {
    Arg { loc: ctx.loc(l, r), name, annotation }
}

/// Orders parameters into `Arguments` with CPython's checks and messages.
pub fn arguments(ctx: &Ctx, items: Vec<Param>) -> R<Arguments> {
    let mut a = Arguments::default();
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut seen_default = false;
    let mut bare_star: Option<(usize, usize)> = None;
    let mut after_dstar = false;
    let mut names: Vec<String> = Vec::new();
    let mut dup_check = |ctx: &Ctx, x: &Arg| -> R<()> {
        if names.iter().any(|n| *n == x.name) {
            return Err(err_at(ctx, x.loc, format!("duplicate argument '{}' in function definition", x.name)));
        }
        names.push(x.name.clone());
        Ok(())
    };
    for item in items {
        if after_dstar {
            let (s, e) = match &item {
                Param::Plain(x, _) | Param::DoubleStar(x) => (ctx.start_of(x.loc), ctx.end_of(x.loc)),
                Param::Star(_, s, e) | Param::Slash(s, e) => (*s, *e),
            };
            return Err(err("arguments cannot follow var-keyword argument", s, e));
        }
        match item {
            Param::Slash(s, e) => {
                if seen_slash {
                    return Err(err("/ may appear only once", s, e));
                }
                if seen_star {
                    return Err(err("/ must be ahead of *", s, e));
                }
                if a.args.is_empty() {
                    return Err(err("at least one argument must precede /", s, e));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::Plain(x, default) => {
                dup_check(ctx, &x)?;
                if seen_star {
                    bare_star = None;
                    a.kwonlyargs.push(x);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(err_at(ctx, x.loc, "non-default argument follows default argument"));
                        }
                        None => {}
                    }
                    a.args.push(x);
                }
            }
            Param::Star(x, s, e) => {
                if seen_star {
                    return Err(err("* argument may appear only once", s, e));
                }
                seen_star = true;
                match x {
                    Some(x) => {
                        dup_check(ctx, &x)?;
                        a.vararg = Some(x);
                    }
                    None => bare_star = Some((s, e)),
                }
            }
            Param::DoubleStar(x) => {
                if let Some((s, e)) = bare_star {
                    return Err(err("named arguments must follow bare *", s, e));
                }
                dup_check(ctx, &x)?;
                a.kwarg = Some(x);
                after_dstar = true;
            }
        }
    }
    if let Some((s, e)) = bare_star {
        return Err(err("named arguments must follow bare *", s, e));
    }
    Ok(a)
}

/// One argument of a call, before validation.
pub enum CallArg {
    Pos(Expr),
    Star(Expr),
    Keyword(Keyword),
    DoubleStar(Keyword),
    /// A bare generator expression: only valid as the sole argument.
    Gen(Expr),
}

pub fn keyword(ctx: &Ctx, l: usize, r: usize, target: Expr, value: Expr) -> R<CallArg> {
    match target.kind {
        ExprKind::Name { id, .. } => Ok(CallArg::Keyword(Keyword { loc: ctx.loc(l, r), arg: Some(id), value })),
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => {
            Err(err_at(ctx, target.loc, format!("cannot assign to {}", super::targets::expr_name(&target))))
        }
        _ => {
            // The range runs to the `=` inclusive.
            let eq = next_token_at(ctx, ctx.end_of(target.loc));
            Err(err("expression cannot contain assignment, perhaps you meant \"==\"?", ctx.start_of(target.loc), eq + 1))
        }
    }
}

pub fn call_args(ctx: &Ctx, items: Vec<CallArg>) -> R<(Vec<Expr>, Vec<Keyword>)> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            CallArg::Gen(g) => {
                if n > 1 {
                    return Err(err_at(ctx, g.loc, "Generator expression must be parenthesized"));
                }
                args.push(g);
            }
            CallArg::Pos(e) => {
                // CPython points at the token after the argument (its parser's lookahead).
                let after = next_token_at(ctx, ctx.end_of(e.loc));
                if seen_dstar {
                    return Err(err("positional argument follows keyword argument unpacking", after, after + 1));
                }
                if seen_kw {
                    return Err(err("positional argument follows keyword argument", after, after + 1));
                }
                args.push(e);
            }
            CallArg::Star(e) => {
                if seen_dstar {
                    let s = ctx.start_of(e.loc);
                    return Err(err("iterable argument unpacking follows keyword argument unpacking", s, s + 1));
                }
                args.push(e);
            }
            CallArg::Keyword(k) => {
                if keywords.iter().any(|p| p.arg.is_some() && p.arg == k.arg) {
                    let msg = format!("keyword argument repeated: {}", k.arg.as_deref().unwrap_or(""));
                    return Err(err_at(ctx, k.loc, msg));
                }
                seen_kw = true;
                keywords.push(k);
            }
            CallArg::DoubleStar(k) => {
                seen_dstar = true;
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

/// `lp` is the offset of the call's `(`: a lone generator argument's span covers the parentheses.
/// Offset of the first non-blank character at or after `pos`.
fn next_token_at(ctx: &Ctx, pos: usize) -> usize {
    let rest = ctx.src.get(pos..).unwrap_or("");
    pos + rest.find(|c: char| !c.is_whitespace() && c != '\\').unwrap_or(rest.len())
}

/// Class bases: a bare generator expression is plain invalid syntax, at its `for`.
pub fn class_args(ctx: &Ctx, items: Vec<CallArg>) -> R<(Vec<Expr>, Vec<Keyword>)> {
    for item in &items {
        if let CallArg::Gen(g) = item {
            if let ExprKind::GeneratorExp { elt, .. } = &g.kind {
                let from = ctx.end_of(elt.loc);
                let at = ctx.src.get(from..).and_then(|r| r.find("for")).map_or(from, |k| from + k);
                return Err(err("invalid syntax", at, at + 3));
            }
        }
    }
    call_args(ctx, items)
}

pub fn call(ctx: &Ctx, l: usize, lp: usize, r: usize, func: Expr, items: Vec<CallArg>) -> R<Expr> {
    let bare_gen = matches!(items.as_slice(), [CallArg::Gen(_)]);
    let (mut args, keywords) = call_args(ctx, items)?;
    if let (true, [g]) = (bare_gen, args.as_mut_slice()) {
        g.loc = ctx.loc(lp, r);
    }
    deep(ctx, l, r, ExprKind::Call { func: Box::new(func), args, keywords })
}

/// `a[*b]` subscripts with a one-element tuple, as CPython does.
pub fn lone_subscript(e: Expr) -> Expr {
    match e.kind {
        ExprKind::Starred { .. } => Expr { loc: e.loc, kind: ExprKind::Tuple { elts: vec![e], ctx: crate::ast::Ctx::Load } },
        _ => e,
    }
}

/// Adjacent string literals: one constant, or a JoinedStr when any piece is an f-string.
pub fn strings(ctx: &Ctx, l: usize, r: usize, parts: Vec<(usize, StrLit, usize)>) -> R<Expr> {
    let has_bytes = parts.iter().any(|p| p.1.kind == StrKind::Bytes);
    if has_bytes && parts.iter().any(|p| p.1.kind != StrKind::Bytes) {
        return Err(err("cannot mix bytes and nonbytes literals", r, r));
    }
    if has_bytes {
        let mut v = Vec::new();
        for p in parts {
            v.extend_from_slice(&p.1.bytes);
        }
        return Ok(expr(ctx, l, r, ExprKind::Constant(Constant::Bytes(v))));
    }
    let piece = |p: &StrLit| StrText { text: p.text.clone(), wide: p.wide.clone() };
    if parts.iter().all(|p| p.1.kind == StrKind::Str) {
        let mut s = StrText::default();
        for p in &parts {
            s.append(&piece(&p.1));
        }
        return Ok(expr(ctx, l, r, ExprKind::Constant(s.into_constant())));
    }
    let mut values: Vec<Expr> = Vec::new();
    let mut pending = StrText::default();
    for (ps, p, pe) in parts {
        if p.kind == StrKind::Str {
            pending.append(&piece(&p));
            continue;
        }
        for v in fstring::parse(ctx, &p, (l, r), (ps, pe))? {
            match v.kind {
                ExprKind::Constant(Constant::Str(s)) => pending.push_str(&s),
                ExprKind::Constant(Constant::SurrogateStr(w)) => {
                    let lossy = w.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
                    pending.append(&StrText { text: lossy, wide: Some(w) });
                }
                _ => {
                    if !pending.is_empty() {
                        values.push(expr(ctx, l, r, ExprKind::Constant(std::mem::take(&mut pending).into_constant())));
                    }
                    values.push(v);
                }
            }
        }
    }
    if !pending.is_empty() {
        values.push(expr(ctx, l, r, ExprKind::Constant(pending.into_constant())));
    }
    Ok(expr(ctx, l, r, ExprKind::JoinedStr(values)))
}

/// Builds `if`/`elif` chains from the innermost `elif` outwards.
pub fn if_chain(ctx: &Ctx, l: usize, test: Expr, body: Vec<Stmt>, elifs: Vec<(usize, Expr, Vec<Stmt>)>, orelse: Vec<Stmt>) -> Stmt {
    let mut tail = orelse;
    for (el, t, b) in elifs.into_iter().rev() {
        let end = blocks_end(ctx, &[&b, &tail], el);
        let s = stmt(ctx, el, end, StmtKind::If { test: t, body: b, orelse: tail });
        tail = vec![s];
    }
    let end = blocks_end(ctx, &[&body, &tail], l);
    stmt(ctx, l, end, StmtKind::If { test, body, orelse: tail })
}

/// Where a compound statement ends: at the end of its last non-empty block (not at the
/// DEDENT that closes it).
pub fn blocks_end(ctx: &Ctx, blocks: &[&[Stmt]], fallback: usize) -> usize {
    blocks.iter().rev().find_map(|b| b.last()).map(|s| ctx.end_of(s.loc)).unwrap_or(fallback)
}

pub fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorator_list = decorators,
        StmtKind::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    s
}
