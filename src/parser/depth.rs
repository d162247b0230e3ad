//! Expression nesting limit. CPython 3.11 gives up near 3000 levels ("maximum recursion
//! depth exceeded during compilation"); we refuse to build anything deeper, so no later
//! stage (nor dropping the tree) can recurse past it.

use super::context::{err_kind, Ctx, R};
use crate::ast::{Expr, ExprKind};
use crate::syntax_error::SyntaxErrorKind;

pub const MAX_EXPR_DEPTH: usize = 2990;

/// Calls `f` on every direct sub-expression of `e`.
pub fn for_each_child<'a>(e: &'a Expr, mut f: impl FnMut(&'a Expr)) {
    use ExprKind::*;
    match &e.kind {
        BoolOp { values, .. } => values.iter().for_each(f),
        NamedExpr { target, value } => {
            f(target);
            f(value)
        }
        BinOp { left, right, .. } => {
            f(left);
            f(right)
        }
        UnaryOp { operand, .. } => f(operand),
        Lambda { args, body } => {
            args.defaults.iter().for_each(&mut f);
            args.kw_defaults.iter().flatten().for_each(&mut f);
            f(body)
        }
        IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse)
        }
        Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut f);
            values.iter().for_each(f)
        }
        Set(elts) | List { elts, .. } | Tuple { elts, .. } | JoinedStr(elts) => elts.iter().for_each(f),
        ListComp { elt, generators } | SetComp { elt, generators } | GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut f);
            }
        }
        DictComp { key, value, generators } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut f);
            }
        }
        Await(v) | YieldFrom(v) => f(v),
        Yield(v) => v.iter().for_each(|v| f(v)),
        Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(f)
        }
        Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(&mut f);
            keywords.iter().for_each(|k| f(&k.value))
        }
        FormattedValue { value, format_spec, .. } => {
            f(value);
            format_spec.iter().for_each(|s| f(s))
        }
        Attribute { value, .. } | Starred { value, .. } => f(value),
        Subscript { value, slice, .. } => {
            f(value);
            f(slice)
        }
        Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                f(part)
            }
        }
        Constant(_) | Name { .. } => {}
    }
}

/// Passes `e` through unless it is nested more deeply than CPython can compile.
/// Walks with an explicit stack: the check itself must not recurse.
pub fn checked(ctx: &Ctx, e: Expr) -> R<Expr> {
    // Every level of nesting adds at least one byte of source to a node's span, except for
    // a few f-string wrappers (bounded by quote kinds and spec nesting); so a node spanning
    // fewer bytes than the limit minus that slack cannot be too deep, and is not walked.
    const SLACK: usize = 64;
    let span = ctx.end_of(e.loc).saturating_sub(ctx.start_of(e.loc));
    if span + SLACK < MAX_EXPR_DEPTH {
        return Ok(e);
    }
    let cached = ctx.last_checked.get();
    let mut deepest = 0;
    let mut stack: Vec<(&Expr, usize)> = vec![(&e, 1)];
    while let Some((node, mut d)) = stack.pop() {
        let known = cached.filter(|c| c.0 == node.loc && c.1 == std::mem::discriminant(&node.kind));
        if let Some((_, _, below)) = known {
            d += below - 1;
        }
        deepest = deepest.max(d);
        if d > MAX_EXPR_DEPTH {
            return Err(err_kind(
                SyntaxErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                ctx.start_of(e.loc),
                ctx.end_of(e.loc),
            ));
        }
        if known.is_none() {
            for_each_child(node, |c| stack.push((c, d + 1)));
        }
    }
    ctx.last_checked.set(Some((e.loc, std::mem::discriminant(&e.kind), deepest)));
    Ok(e)
}
