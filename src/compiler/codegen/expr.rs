//! Expressions in load context: operators, displays, calls, f-strings, yield / await.

use std::rc::Rc;

use super::unit::UnitKind;
use super::Compiler;
use crate::ast::*;
use crate::bytecode::opcode::{format_value, BinOpArg, CompareArg, BINOP_INPLACE};
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;
use crate::compiler::symtable::{BlockType, DEF_IMPORT};

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

    /// `'%s, %r' % (a, b)` compiled as the f-string CPython 3.11 turns it into.
    #[inline(never)]
    fn percent_format(&mut self, left: &'a Expr, right: &'a Expr) -> Result<bool, CompileError> {
        let (ExprKind::Constant(Constant::Str(fmt)), ExprKind::Tuple { elts, ctx: Ctx::Load }) = (&left.kind, &right.kind)
        else {
            return Ok(false);
        };
        // A tuple of constants was folded first in CPython, and `str % const` is not folded.
        if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) || super::fold::fold(right).is_some() {
            return Ok(false);
        }
        let Some(parts) = super::fold::percent_format(fmt, elts.len()) else { return Ok(false) };
        for part in &parts {
            match part {
                super::fold::FormatPart::Literal(s) => self.load_const(Const::Str(Rc::from(s.as_str()))),
                super::fold::FormatPart::Value(i, conv, spec) => {
                    let Some(arg) = elts.get(*i) else { return Ok(false) };
                    self.expr(arg)?;
                    let old = self.set_loc(arg.loc);
                    let mut flags = match conv {
                        'r' => format_value::CONV_REPR,
                        'a' => format_value::CONV_ASCII,
                        _ => format_value::CONV_STR,
                    };
                    if let Some(spec) = spec {
                        self.load_const(Const::Str(Rc::from(spec.as_str())));
                        flags |= format_value::HAVE_SPEC;
                    }
                    self.emit_arg(Opcode::FORMAT_VALUE, flags);
                    self.restore_loc(old);
                }
            }
        }
        if parts.len() != 1 {
            self.emit_arg(Opcode::BUILD_STRING, parts.len() as u32);
        }
        Ok(true)
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
                    self.load_const(Const::Bool(true));
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
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut arg = match conversion {
                    Some('s') => format_value::CONV_STR,
                    Some('r') => format_value::CONV_REPR,
                    Some('a') => format_value::CONV_ASCII,
                    _ => format_value::CONV_NONE,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= format_value::HAVE_SPEC;
                }
                self.emit_arg(Opcode::FORMAT_VALUE, arg);
            }
            ExprKind::JoinedStr(values) => {
                if values.len() > STACK_USE_GUIDELINE {
                    // ''.join([...]) keeps the stack small.
                    self.load_const(Const::Str(Rc::from("")));
                    let idx = self.unit().add_name("join");
                    self.emit_arg(Opcode::LOAD_METHOD, idx);
                    self.emit_arg(Opcode::BUILD_LIST, 0);
                    for v in values {
                        self.expr(v)?;
                        self.emit_arg(Opcode::LIST_APPEND, 1);
                    }
                    self.emit_arg(Opcode::CALL, 1);
                } else {
                    for v in values {
                        self.expr(v)?;
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
                // `x is None` jumps without building a bool (3.11's peephole result).
                self.expr(left)?;
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

    /// Build a list/tuple/set from `elts`, extending for `*x` items (CPython's starunpack_helper).
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> Result<(), CompileError> {
        let n = elts.len();
        if n > 2 {
            let folded: Option<Vec<Const>> = elts.iter().map(super::fold::fold_or_const).collect();
            if let Some(items) = folded {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(Rc::from(items)));
                } else {
                    let c = if add == Opcode::SET_ADD {
                        Const::FrozenSet(Rc::from(items))
                    } else {
                        Const::Tuple(Rc::from(items))
                    };
                    self.emit_arg(build, pushed);
                    self.load_const(c);
                    self.emit_arg(extend, 1);
                    if tuple {
                        self.emit(Opcode::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            if tuple && pushed == 0 {
                let folded: Option<Vec<Const>> = elts.iter().map(super::fold::fold_or_const).collect();
                if let Some(items) = folded {
                    self.load_const(Const::Tuple(Rc::from(items)));
                    return Ok(());
                }
            }
            for e in elts {
                self.expr(e)?;
            }
            self.emit_arg(if tuple { Opcode::BUILD_TUPLE } else { build }, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit_arg(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.emit_arg(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit_arg(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit_arg(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), CompileError> {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit_arg(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit_arg(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit_arg(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit_arg(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit_arg(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit_arg(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) -> Result<(), CompileError> {
        let n = end - begin;
        if n > 1 && n * 2 <= STACK_USE_GUIDELINE {
            let consts: Option<Vec<Const>> =
                keys[begin..end].iter().map(|k| k.as_ref().and_then(super::fold::fold_or_const)).collect();
            if let Some(keys_c) = consts {
                for v in &values[begin..end] {
                    self.expr(v)?;
                }
                self.load_const(Const::Tuple(Rc::from(keys_c)));
                self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit_arg(Opcode::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit_arg(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit_arg(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), CompileError> {
        self.validate_keywords(keywords)?;
        // o.m(...) uses LOAD_METHOD when nothing is unpacked.
        if let ExprKind::Attribute { value, attr, ctx: Ctx::Load } = &func.kind {
            let imported = matches!(&value.kind, ExprKind::Name { id, .. }
                if self.table.blocks[0].flags_of(id) & DEF_IMPORT != 0);
            let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                && keywords.iter().all(|k| k.arg.is_some());
            let count = args.len() + keywords.len() + usize::from(!keywords.is_empty());
            if !imported && simple && count < STACK_USE_GUIDELINE {
                self.expr(value)?;
                let old = self.unit().loc;
                self.match_attr_line(func);
                let idx = self.add_mangled_name(attr);
                self.emit_arg(Opcode::LOAD_METHOD, idx);
                for a in args {
                    self.expr(a)?;
                }
                if !keywords.is_empty() {
                    for k in keywords {
                        self.expr(&k.value)?;
                    }
                    self.kw_names(keywords);
                }
                self.emit_arg(Opcode::CALL, (args.len() + keywords.len()) as u32);
                self.restore_loc(old);
                return Ok(());
            }
        }
        match &func.kind {
            ExprKind::Name { id, ctx: Ctx::Load } if self.is_global_load(id) => {
                let old = self.set_loc(func.loc);
                let idx = self.add_mangled_name(id);
                self.emit_arg(Opcode::LOAD_GLOBAL, (idx << 1) | 1);
                self.restore_loc(old);
            }
            _ => {
                let old = self.set_loc(func.loc);
                self.emit(Opcode::PUSH_NULL);
                self.restore_loc(old);
                let _ = e;
                self.expr(func)?;
            }
        }
        self.call_helper(0, args, keywords)
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> Result<(), CompileError> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[i + 1..].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    let dup = keywords[i + 1..].iter().find(|o| o.arg.as_ref() == Some(name)).map_or(k.loc, |o| o.loc);
                    return self.error(&format!("keyword argument repeated: {}", name), dup);
                }
            }
        }
        Ok(())
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names: Vec<Const> =
            keywords.iter().map(|k| Const::Str(Rc::from(k.arg.as_deref().unwrap_or("")))).collect();
        let idx = self.unit().add_const(Const::Tuple(Rc::from(names)));
        self.emit_arg(Opcode::KW_NAMES, idx);
    }

    /// Arguments and the call itself, with `n` extra positional values already pushed
    /// (the class body function and name for `__build_class__`).
    pub(super) fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), CompileError> {
        self.validate_keywords(keywords)?;
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if !keywords.is_empty() {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit_arg(Opcode::CALL, n + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        if n == 0 && args.len() == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.starunpack(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?;
            }
        } else {
            self.starunpack(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?;
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.emit_arg(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit_arg(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit_arg(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, keywords.len() - nseen, keywords.len())?;
                if have_dict {
                    self.emit_arg(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit_arg(Opcode::CALL_FUNCTION_EX, u32::from(!keywords.is_empty()));
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> Result<(), CompileError> {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in &keywords[begin..end] {
                self.expr(&k.value)?;
            }
            let keys: Vec<Const> =
                keywords[begin..end].iter().map(|k| Const::Str(Rc::from(k.arg.as_deref().unwrap_or("")))).collect();
            self.load_const(Const::Tuple(Rc::from(keys)));
            self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_arg(Opcode::BUILD_MAP, 0);
        }
        for k in &keywords[begin..end] {
            self.load_const(Const::Str(Rc::from(k.arg.as_deref().unwrap_or(""))));
            self.expr(&k.value)?;
            if big {
                self.emit_arg(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit_arg(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}
