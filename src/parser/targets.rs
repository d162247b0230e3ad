//! Targets are parsed as expressions; these checks turn them into Store / Del targets or
//! report what CPython reports for an expression that cannot be one.

use super::context::{err_at, Ctx, R};
use crate::ast::{Constant, Ctx as ECtx, Expr, ExprKind};

/// The noun CPython uses for an expression in "cannot assign to ..." messages.
pub fn expr_name(e: &Expr) -> &'static str {
    use ExprKind::*;
    match &e.kind {
        Attribute { .. } => "attribute",
        Subscript { .. } => "subscript",
        Starred { .. } => "starred",
        Name { .. } => "name",
        List { .. } => "list",
        Tuple { .. } => "tuple",
        Lambda { .. } => "lambda",
        Call { .. } => "function call",
        BoolOp { .. } | BinOp { .. } | UnaryOp { .. } => "expression",
        GeneratorExp { .. } => "generator expression",
        Yield(_) | YieldFrom(_) => "yield expression",
        Await(_) => "await expression",
        ListComp { .. } => "list comprehension",
        SetComp { .. } => "set comprehension",
        DictComp { .. } => "dict comprehension",
        Dict { .. } => "dict literal",
        Set(_) => "set display",
        JoinedStr(_) | FormattedValue { .. } => "f-string expression",
        Constant(crate::ast::Constant::None) => "None",
        Constant(crate::ast::Constant::Bool(true)) => "True",
        Constant(crate::ast::Constant::Bool(false)) => "False",
        Constant(crate::ast::Constant::Ellipsis) => "ellipsis",
        Constant(_) => "literal",
        Compare { .. } => "comparison",
        IfExp { .. } => "conditional expression",
        NamedExpr { .. } => "named expression",
        Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
pub fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if !del => invalid_target(value, del),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, del)),
        _ => Some(e),
    }
}

/// Sets the context of a checked target, recursively through tuples, lists and starred.
fn set_ctx(e: &mut Expr, c: ECtx) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => *ctx = c,
        ExprKind::Starred { value, ctx } => {
            *ctx = c;
            set_ctx(value, c)
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = c;
            elts.iter_mut().for_each(|x| set_ctx(x, c))
        }
        _ => {}
    }
}

fn check_starred(ctx: &Ctx, e: &Expr) -> R<()> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(err_at(ctx, e.loc, "starred assignment target must be in a list or tuple"));
    }
    if let ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } = &e.kind {
        let stars = elts.iter().filter(|x| matches!(x.kind, ExprKind::Starred { .. })).count();
        if stars > 1 {
            return Err(err_at(ctx, e.loc, "multiple starred expressions in assignment"));
        }
    }
    Ok(())
}

/// A target of `for`, `with ... as`, comprehensions, or a non-first `=` target.
pub fn store(ctx: &Ctx, mut e: Expr) -> R<Expr> {
    if let Some(bad) = invalid_target(&e, false) {
        return Err(err_at(ctx, bad.loc, format!("cannot assign to {}", expr_name(bad))));
    }
    check_starred(ctx, &e)?;
    set_ctx(&mut e, ECtx::Store);
    Ok(e)
}

/// Targets of `t1 = t2 = value`; a lone invalid first target gets CPython's "Maybe you
/// meant '=='" hint.
pub fn assign_targets(ctx: &Ctx, targets: Vec<Expr>, value: &Expr) -> R<Vec<Expr>> {
    let single = targets.len() == 1;
    let mut out = Vec::with_capacity(targets.len());
    for t in targets {
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
            let start = ctx.start_of(t.loc);
            let parenthesized = start > 0 && ctx.src.as_bytes().get(start - 1) == Some(&b'(');
            if !parenthesized {
                return Err(err_at(ctx, t.loc, "assignment to yield expression not possible"));
            }
        }
        if let Some(bad) = invalid_target(&t, false) {
            let parenthesized = matches!(t.kind, ExprKind::Tuple { .. }) && ctx.src.as_bytes().get(ctx.start_of(t.loc)) == Some(&b'(');
            let hint = single && !parenthesized && hint_applies(&t, bad) && !matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
            let msg = if hint {
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(bad))
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(err_at(ctx, bad.loc, msg));
        }
        check_starred(ctx, &t)?;
        let mut t = t;
        set_ctx(&mut t, ECtx::Store);
        out.push(t);
    }
    Ok(out)
}

/// CPython's `invalid_named_expression` fires for the whole target or the last element of a
/// bare tuple, when that expression is at the `bitwise_or` level.
fn hint_applies(target: &Expr, bad: &Expr) -> bool {
    let is_candidate = match &target.kind {
        ExprKind::Tuple { elts, .. } => elts.last().map_or(false, |l| std::ptr::eq(l, bad)),
        _ => std::ptr::eq(target, bad),
    };
    is_candidate
        && !matches!(
            &bad.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp { op: crate::ast::UnaryOp::Not, .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::None | Constant::Bool(_))
        )
}

pub fn delete(ctx: &Ctx, mut e: Expr) -> R<Expr> {
    if let Some(bad) = invalid_target(&e, true) {
        return Err(err_at(ctx, bad.loc, format!("cannot delete {}", expr_name(bad))));
    }
    set_ctx(&mut e, ECtx::Del);
    Ok(e)
}

pub fn aug_target(ctx: &Ctx, mut e: Expr) -> R<Expr> {
    match e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_ctx(&mut e, ECtx::Store);
            Ok(e)
        }
        _ => Err(err_at(ctx, e.loc, format!("'{}' is an illegal expression for augmented assignment", expr_name(&e)))),
    }
}

/// The target of an annotated assignment.
pub fn ann_target(ctx: &Ctx, mut e: Expr) -> R<Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_ctx(&mut e, ECtx::Store);
            Ok(e)
        }
        ExprKind::Tuple { .. } => Err(err_at(ctx, e.loc, "only single target (not tuple) can be annotated")),
        ExprKind::List { .. } => Err(err_at(ctx, e.loc, "only single target (not list) can be annotated")),
        _ => Err(err_at(ctx, e.loc, "illegal target for annotation")),
    }
}
