//! Expressions in load context: operators, displays, calls, f-strings, yield / await.

use std::rc::Rc;

use super::unit::UnitKind;
use super::Compiler;
use crate::ast::*;
use crate::bytecode::opcode::{BinOpArg, CompareArg, BINOP_INPLACE};
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;
use crate::compiler::symtable::BlockType;

/// Above this many items, displays and calls are built incrementally (CPython's
/// STACK_USE_GUIDELINE).
pub const STACK_USE_GUIDELINE: usize = 30;

pub fn binop_arg(op: Operator) -> u32 {
    (match op {
        Operator::Add => BinOpArg::Add,
        Operator::Sub => BinOpArg::Subtract,
        Operator::Mult => BinOpArg::Multiply,
        Operator::MatMult => BinOpArg::MatrixMultiply,
        Operator::Div => BinOpArg::TrueDivide,
        Operator::Mod => BinOpArg::Remainder,
        Operator::Pow => BinOpArg::Power,
        Operator::LShift => BinOpArg::LShift,
        Operator::RShift => BinOpArg::RShift,
        Operator::BitOr => BinOpArg::Or,
        Operator::BitXor => BinOpArg::Xor,
        Operator::BitAnd => BinOpArg::And,
        Operator::FloorDiv => BinOpArg::FloorDivide,
    }) as u32
}

/// `not a in b` is `a not in b` (and `not a is b` is `a is not b`): CPython's AST
/// optimiser rewrites a negated single comparison of these kinds.
fn negated_compare(e: &Expr) -> Option<(&Expr, CmpOp, &Expr)> {
    let ExprKind::Compare { left, ops, comparators } = &e.kind else { return None };
    if ops.len() != 1 || comparators.len() != 1 {
        return None;
    }
    let inverted = match ops[0] {
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        _ => return None,
    };
    Some((left, inverted, &comparators[0]))
}

fn op_is_none_test(op: CmpOp, right: &Expr) -> bool {
    matches!(op, CmpOp::Is | CmpOp::IsNot) && matches!(right.kind, ExprKind::Constant(Constant::None))
}

pub fn inplace_arg(op: Operator) -> u32 {
    binop_arg(op) + BINOP_INPLACE
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        self.enter_nesting(e.loc)?;
        let old = self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.restore_loc(old);
        self.depth -= 1;
        r
    }

    /// The hot, recursive cases stay here with a small stack frame; the rest is in
    /// `expr_other` (deep ASTs recurse through this function).
    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        if self.try_load_folded(e) {
            return Ok(());
        }
        match &e.kind {
            ExprKind::BinOp { left, op: Operator::Mod, right } if self.percent_format(left, right)? => {}
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit_arg(Opcode::BINARY_OP, binop_arg(*op));
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } if negated_compare(operand).is_some() => {
                if let Some((left, op, right)) = negated_compare(operand) {
                    self.expr(left)?;
                    self.iter_operand(right, matches!(op, CmpOp::In | CmpOp::NotIn))?;
                    self.compare_op(op);
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
            }
            ExprKind::Subscript { value, slice, ctx: Ctx::Load } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::BINARY_SUBSCR);
            }
            _ => self.expr_other(e)?,
        }
        Ok(())
    }

    #[inline(never)]
    fn try_load_folded(&mut self, e: &'a Expr) -> bool {
        if matches!(e.kind, ExprKind::Name { .. }) {
            if !matches!(&e.kind, ExprKind::Name { id, ctx: Ctx::Load } if id == "__debug__") {
                return false;
            }
        }
        match super::fold::fold(e) {
            Some(c) => {
                self.load_const(c);
                true
            }
            None => false,
        }
    }

    #[inline(never)]
    fn expr_other(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Constant(c) => {
                let c = super::fold::constant(c);
                self.load_const(c);
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == Ctx::Load && id == "__debug__" {
                    self.load_const(Const::Bool(crate::compiler::optimize_level() == 0));
                } else {
                    self.nameop(id, *ctx, e.loc)?;
                }
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_block();
                let jop = if *op == BoolOp::And { Opcode::JUMP_IF_FALSE_OR_POP } else { Opcode::JUMP_IF_TRUE_OR_POP };
                if let Some((last, init)) = values.split_last() {
                    for v in init {
                        self.expr(v)?;
                        self.emit_jump(jop, end);
                    }
                    self.expr(last)?;
                }
                self.use_block(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit_arg(Opcode::COPY, 1);
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit_arg(Opcode::BINARY_OP, binop_arg(*op));
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } if negated_compare(operand).is_some() => {
                if let Some((left, op, right)) = negated_compare(operand) {
                    self.expr(left)?;
                    self.iter_operand(right, matches!(op, CmpOp::In | CmpOp::NotIn))?;
                    self.compare_op(op);
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                let old = self.unit().loc.take();
                self.jump(end);
                self.restore_loc(old);
                self.use_block(next);
                self.expr(orelse)?;
                self.use_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => {
                self.starunpack(elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, false)?
            }
            ExprKind::List { elts, ctx: Ctx::Load } => {
                self.starunpack(elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false)?
            }
            ExprKind::Tuple { elts, ctx: Ctx::Load } => {
                self.starunpack(elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?
            }
            ExprKind::List { .. } | ExprKind::Tuple { .. } => self.store_target(e)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await(value) => {
                let block = self.scope_block();
                if block.typ != BlockType::Function {
                    return self.error("'await' outside function", e.loc);
                }
                let kind = self.unit_ref().kind;
                let is_async_fn = kind == UnitKind::Function && self.unit_ref().is_async_def;
                if !(is_async_fn || kind == UnitKind::Comprehension) {
                    return self.error("'await' outside async function", e.loc);
                }
                self.expr(value)?;
                self.emit_arg(Opcode::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from_loop(true);
            }
            ExprKind::Yield(value) => {
                if self.scope_block().typ != BlockType::Function {
                    return self.error("'yield' outside function", e.loc);
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                let block = self.scope_block();
                if block.is_coroutine && block.is_generator {
                    self.emit(Opcode::ASYNC_GEN_WRAP);
                }
                self.emit(Opcode::YIELD_VALUE);
                self.emit_arg(Opcode::RESUME, 1);
            }
            ExprKind::YieldFrom(value) => {
                if self.scope_block().typ != BlockType::Function {
                    return self.error("'yield' outside function", e.loc);
                }
                if self.scope_block().is_coroutine {
                    return self.error("'yield from' inside async function", e.loc);
                }
                self.expr(value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Const::None);
                self.yield_from_loop(false);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue { .. } => self.joined_part(e, e.loc)?,
            ExprKind::JoinedStr(values) => {
                if values.len() > STACK_USE_GUIDELINE {
                    // ''.join([...]) keeps the stack small.
                    self.load_const(Const::Str(Rc::from("")));
                    let idx = self.unit().add_name("join");
                    self.emit_arg(Opcode::LOAD_METHOD, idx);
                    self.emit_arg(Opcode::BUILD_LIST, 0);
                    for v in values {
                        self.joined_part(v, e.loc)?;
                        self.emit_arg(Opcode::LIST_APPEND, 1);
                    }
                    self.emit_arg(Opcode::CALL, 1);
                } else {
                    for v in values {
                        self.joined_part(v, e.loc)?;
                    }
                    if values.len() != 1 {
                        self.emit_arg(Opcode::BUILD_STRING, values.len() as u32);
                    }
                }
            }
            ExprKind::Attribute { value, attr, ctx: Ctx::Load } => {
                self.expr(value)?;
                self.match_attr_line(e);
                let idx = self.add_mangled_name(attr);
                self.emit_arg(Opcode::LOAD_ATTR, idx);
            }
            ExprKind::Subscript { value, slice, ctx: Ctx::Load } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::BINARY_SUBSCR);
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => self.store_target(e)?,
            ExprKind::Starred { ctx: Ctx::Store, .. } => {
                return self.error("starred assignment target must be in a list or tuple", e.loc);
            }
            ExprKind::Starred { .. } => return self.error("can't use starred expression here", e.loc),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit_arg(Opcode::BUILD_SLICE, 3);
                    }
                    None => self.emit_arg(Opcode::BUILD_SLICE, 2),
                }
            }
        }
        Ok(())
    }

    /// CPython moves an attribute's start to the attribute name when it spans lines.
    pub(super) fn match_attr_line(&mut self, e: &Expr) {
        if let ExprKind::Attribute { attr, .. } = &e.kind {
            if let Some(loc) = self.unit_ref().loc {
                if loc.line != e.loc.end_line {
                    let len = attr.len() as u32;
                    let col = e.loc.end_col.saturating_sub(len);
                    let end_line = loc.end_line.max(e.loc.end_line);
                    let end_col = if e.loc.end_line == end_line { loc.end_col.max(col) } else { loc.end_col };
                    self.unit().loc = Some(Loc { line: e.loc.end_line, col, end_line, end_col });
                }
            }
        }
    }

    /// SEND / YIELD_VALUE loop shared by `yield from` and `await` (CPython's ADD_YIELD_FROM).
    pub(super) fn yield_from_loop(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.emit_jump(Opcode::SEND, exit);
        self.use_block(resume);
        self.emit(Opcode::YIELD_VALUE);
        self.emit_arg(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.use_block(exit);
    }

    /// The right of `in` / `not in` and the iterable of `for`: a list display is built
    /// as a tuple (a constant one when it can be), a constant set display as a frozenset
    /// (CPython's fold_iter).
    pub(super) fn iter_operand(&mut self, e: &'a Expr, applies: bool) -> Result<(), CompileError> {
        if !applies {
            return self.expr(e);
        }
        match &e.kind {
            ExprKind::List { elts, ctx: Ctx::Load } if !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) => {
                let old = self.set_loc(e.loc);
                let r = match super::fold::fold_iterable(e, false) {
                    Some(c) => {
                        self.load_const(c);
                        Ok(())
                    }
                    None => self.starunpack(elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true),
                };
                self.restore_loc(old);
                r
            }
            ExprKind::Set(_) => match super::fold::fold_iterable(e, true) {
                Some(c) => {
                    let old = self.set_loc(e.loc);
                    self.load_const(c);
                    self.restore_loc(old);
                    Ok(())
                }
                None => self.expr(e),
            },
            _ => self.expr(e),
        }
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opc, arg) = match op {
            CmpOp::Eq => (Opcode::COMPARE_OP, CompareArg::Eq as u32),
            CmpOp::NotEq => (Opcode::COMPARE_OP, CompareArg::Ne as u32),
            CmpOp::Lt => (Opcode::COMPARE_OP, CompareArg::Lt as u32),
            CmpOp::LtE => (Opcode::COMPARE_OP, CompareArg::Le as u32),
            CmpOp::Gt => (Opcode::COMPARE_OP, CompareArg::Gt as u32),
            CmpOp::GtE => (Opcode::COMPARE_OP, CompareArg::Ge as u32),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit_arg(opc, arg);
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> Result<(), CompileError> {
        self.expr(left)?;
        let n = ops.len();
        if n == 0 || comparators.len() != n {
            return Ok(());
        }
        if n == 1 {
            self.iter_operand(&comparators[0], matches!(ops[0], CmpOp::In | CmpOp::NotIn))?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit_arg(Opcode::SWAP, 2);
            self.emit_arg(Opcode::COPY, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.iter_operand(&comparators[n - 1], matches!(ops[n - 1], CmpOp::In | CmpOp::NotIn))?;
        self.compare_op(ops[n - 1]);
        let end = self.new_block();
        let old = self.unit().loc.take();
        self.jump(end);
        self.restore_loc(old);
        self.use_block(cleanup);
        self.emit_arg(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP);
        self.use_block(end);
        Ok(())
    }

    /// Jump to `target` when `e` is truthy (`cond`) or falsy (`!cond`); CPython's
    /// compiler_jump_if, which avoids materialising booleans.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: usize, cond: bool) -> Result<(), CompileError> {
        self.enter_nesting(e.loc)?;
        let old = self.set_loc(e.loc);
        let r = self.jump_if_inner(e, target, cond);
        self.restore_loc(old);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: usize, cond: bool) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } if negated_compare(operand).is_some() => {
                if let Some((left, op, right)) = negated_compare(operand) {
                    if op_is_none_test(op, right) {
                        self.expr(left)?;
                        self.unit().add_const(Const::None);
                        let jump_if_none = (op == CmpOp::Is) == cond;
                        self.emit_jump(
                            if jump_if_none { Opcode::POP_JUMP_IF_NONE } else { Opcode::POP_JUMP_IF_NOT_NONE },
                            target,
                        );
                    } else {
                        self.expr(left)?;
                        self.iter_operand(right, matches!(op, CmpOp::In | CmpOp::NotIn))?;
                        self.compare_op(op);
                        self.emit_jump(if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, target);
                    }
                }
                return Ok(());
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond { self.new_block() } else { target };
                if let Some((last, init)) = values.split_last() {
                    for v in init {
                        self.jump_if(v, next2, cond2)?;
                    }
                    self.jump_if(last, target, cond)?;
                }
                if next2 != target {
                    self.use_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                let old = self.unit().loc.take();
                self.jump(end);
                self.restore_loc(old);
                self.use_block(next2);
                self.jump_if(orelse, target, cond)?;
                self.use_block(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 && comparators.len() == ops.len() => {
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit_arg(Opcode::SWAP, 2);
                    self.emit_arg(Opcode::COPY, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.iter_operand(&comparators[n], matches!(ops[n], CmpOp::In | CmpOp::NotIn))?;
                self.compare_op(ops[n]);
                self.emit_jump(if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, target);
                let end = self.new_block();
                let old = self.unit().loc.take();
                self.jump(end);
                self.restore_loc(old);
                self.use_block(cleanup);
                self.emit(Opcode::POP_TOP);
                if !cond {
                    let old = self.unit().loc.take();
                    self.jump(target);
                    self.restore_loc(old);
                }
                self.use_block(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators }
                if ops.len() == 1
                    && matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                    && matches!(comparators.first().map(|c| &c.kind), Some(ExprKind::Constant(Constant::None))) =>
            {
                // `x is None` jumps without building a bool (3.11's peephole result); the
                // None it no longer loads stays in co_consts.
                self.expr(left)?;
                self.unit().add_const(Const::None);
                let is_none_jump = (ops[0] == CmpOp::Is) == cond;
                self.emit_jump(
                    if is_none_jump { Opcode::POP_JUMP_IF_NONE } else { Opcode::POP_JUMP_IF_NOT_NONE },
                    target,
                );
                return Ok(());
            }
            _ => {}
        }
        if let Some(c) = super::fold::fold(e) {
            let Some(truth) = super::fold::truthiness(&c) else { return Ok(()) };
            // CPython loads the constant and its peephole removes the load: the constant
            // stays in co_consts.
            self.unit().add_const(c);
            self.emit(Opcode::NOP);
            if truth == cond {
                self.jump(target);
            }
            return Ok(());
        }
        self.expr(e)?;
        self.emit_jump(if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, target);
        Ok(())
    }
}
