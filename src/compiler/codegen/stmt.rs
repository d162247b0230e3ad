//! Simple and compound statements other than try/with and definitions: loops,
//! conditionals, imports, assert, return/break/continue and their unwinding.

use std::rc::Rc;

use super::unit::{FBlock, Op};
use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;
use crate::compiler::symtable::BlockType;

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        self.enter_nesting(s.loc)?;
        let old = self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.restore_loc(old);
        self.depth -= 1;
        r
    }

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f)?,
            StmtKind::ClassDef(c) => self.class_def(s, c)?,
            StmtKind::Return(value) => self.return_stmt(s, value.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit_arg(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)?
            }
            StmtKind::For { is_async: false, target, iter, body, orelse } => self.for_stmt(target, iter, body, orelse)?,
            StmtKind::For { is_async: true, target, iter, body, orelse } => {
                self.async_for(s, target, iter, body, orelse)?
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() { end } else { self.new_block() };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    let old = self.unit().loc.take();
                    self.jump(end);
                    self.restore_loc(old);
                    self.use_block(next);
                    self.stmts(orelse)?;
                }
                self.use_block(end);
            }
            StmtKind::With { is_async, items, body } => self.with_stmt(s, *is_async, items, 0, body)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit_arg(Opcode::RAISE_VARARGS, n);
                self.next_block();
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse)?;
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody, false)?;
                }
            }
            StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_star_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody, true)?;
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            // `-O` compiles asserts to nothing, as CPython.
            StmtKind::Assert { .. } if crate::compiler::optimize_level() > 0 => {}
            StmtKind::Assert { test, msg } => {
                let end = self.new_block();
                self.jump_if(test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit_arg(Opcode::CALL, 0);
                }
                self.emit_arg(Opcode::RAISE_VARARGS, 1);
                self.use_block(end);
            }
            StmtKind::Import(names) => self.import(s, names)?,
            StmtKind::ImportFrom { module, names, level } => self.import_from(s, module.as_deref(), names, *level)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Expr(value) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(value)?;
                    self.emit(Opcode::PRINT_EXPR);
                } else if matches!(value.kind, ExprKind::Constant(_)) {
                    self.emit(Opcode::NOP);
                } else {
                    self.expr(value)?;
                    self.unset_loc();
                    self.emit(Opcode::POP_TOP);
                }
            }
            StmtKind::Pass => self.emit(Opcode::NOP),
            StmtKind::Break => self.break_stmt(s)?,
            StmtKind::Continue => self.continue_stmt(s)?,
        }
        Ok(())
    }

    /// Start a fresh block after a terminator so that what follows is a new block.
    pub(super) fn next_block(&mut self) {
        let b = self.new_block();
        self.use_block(b);
    }

    fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<(), CompileError> {
        let start = self.new_block();
        let body_b = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.unit().fblocks.push(FBlock::ForLoop { start, exit: end });
        self.iter_operand(iter, true)?;
        self.emit(Opcode::GET_ITER);
        self.use_block(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.use_block(body_b);
        self.store_target(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(start);
        self.use_block(cleanup);
        self.unit().fblocks.pop();
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        if !self.unit_ref().is_async_def && self.unit_ref().kind != super::unit::UnitKind::Comprehension {
            return self.error("'async for' outside async function", s.loc);
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(iter)?;
        self.emit(Opcode::GET_AITER);
        self.use_block(start);
        self.unit().fblocks.push(FBlock::ForLoop { start, exit: end });
        self.emit_op(Op::SetupFinally, except);
        self.emit(Opcode::GET_ANEXT);
        self.load_const(Const::None);
        self.yield_from_loop(true);
        self.pop_block();
        self.store_target(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(start);
        self.unit().fblocks.pop();
        self.use_block(except);
        self.set_loc(iter.loc);
        self.emit(Opcode::END_ASYNC_FOR);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn while_stmt(&mut self, s: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<(), CompileError> {
        let lp = self.new_block();
        let body_b = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(lp);
        self.unit().fblocks.push(FBlock::WhileLoop { start: lp, exit: end });
        self.jump_if(test, anchor, false)?;
        self.use_block(body_b);
        self.stmts(body)?;
        self.set_loc(s.loc);
        self.jump_if(test, body_b, true)?;
        self.unit().fblocks.pop();
        self.use_block(anchor);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> Result<(), CompileError> {
        let block = self.scope_block();
        if block.typ != BlockType::Function {
            return self.error("'return' outside function", s.loc);
        }
        if value.is_some() && block.is_coroutine && block.is_generator {
            return self.error("'return' with value in async generator", s.loc);
        }
        let folded = value.and_then(super::fold::fold_or_const);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.expr(v)?;
            }
        } else if let Some(v) = value {
            self.set_loc(v.loc);
            self.emit(Opcode::NOP);
        }
        if value.is_none_or(|v| v.loc.line != s.loc.line) {
            self.set_loc(s.loc);
            self.emit(Opcode::NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (value, folded) {
            (None, _) => self.load_const(Const::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE);
        self.next_block();
        Ok(())
    }

    fn break_stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        self.emit(Opcode::NOP);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return self.error("'break' outside loop", s.loc);
        };
        let exit = match &lp {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => *exit,
            _ => return self.error("'break' outside loop", s.loc),
        };
        self.unwind_fblock(&lp, false)?;
        self.jump(exit);
        self.next_block();
        Ok(())
    }

    fn continue_stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        self.emit(Opcode::NOP);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return self.error("'continue' not properly in loop", s.loc);
        };
        let start = match &lp {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => *start,
            _ => return self.error("'continue' not properly in loop", s.loc),
        };
        self.jump(start);
        self.next_block();
        Ok(())
    }

    /// Unwind every frame block up to (not including) the innermost loop when
    /// `stop_at_loop`; returns that loop.
    pub(super) fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> Result<Option<FBlock<'a>>, CompileError> {
        let Some(top) = self.unit_ref().fblocks.last().cloned() else { return Ok(None) };
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        if matches!(top, FBlock::ExceptionGroupHandler) {
            let loc = self.unit_ref().loc.unwrap_or_default();
            return self.error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
        }
        self.unit().fblocks.pop();
        let r = self.unwind_fblock(&top, preserve_tos);
        let r2 = match r {
            Ok(()) => self.unwind_fblock_stack(preserve_tos, stop_at_loop),
            Err(e) => Err(e),
        };
        self.unit().fblocks.push(top);
        r2
    }

    /// Emit what leaving `fb` early requires (CPython's compiler_unwind_fblock).
    pub(super) fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> Result<(), CompileError> {
        match fb {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP);
            }
            FBlock::TryExcept => self.pop_block(),
            FBlock::FinallyTry { body } => {
                self.pop_block();
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP);
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.pop_block();
                self.emit(Opcode::POP_EXCEPT);
            }
            FBlock::With { loc } | FBlock::AsyncWith { loc } => {
                self.set_loc(*loc);
                self.pop_block();
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if matches!(fb, FBlock::AsyncWith { .. }) {
                    self.emit_arg(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.yield_from_loop(true);
                }
                self.emit(Opcode::POP_TOP);
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.pop_block();
                self.emit(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    let loc = self.unit_ref().loc.unwrap_or_default();
                    self.load_const(Const::None);
                    self.nameop(n, Ctx::Store, loc)?;
                    self.nameop(n, Ctx::Del, loc)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit_arg(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    fn import(&mut self, s: &'a Stmt, names: &'a [Alias]) -> Result<(), CompileError> {
        for a in names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let idx = self.unit().add_name(&a.name);
            self.emit_arg(Opcode::IMPORT_NAME, idx);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (i, attr) in parts[1..].iter().enumerate() {
                            let idx = self.unit().add_name(attr);
                            self.emit_arg(Opcode::IMPORT_FROM, idx);
                            if i + 2 < parts.len() {
                                self.emit_arg(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP);
                            }
                        }
                        self.nameop(asname, Ctx::Store, s.loc)?;
                        self.emit(Opcode::POP_TOP);
                    } else {
                        self.nameop(asname, Ctx::Store, s.loc)?;
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or(&a.name);
                    self.nameop(first, Ctx::Store, s.loc)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, s: &'a Stmt, module: Option<&str>, names: &'a [Alias], level: u32) -> Result<(), CompileError> {
        if module == Some("__future__") && s.loc.line > self.future_lineno {
            return self.error(super::future::MISPLACED, s.loc);
        }
        self.load_const(Const::Int(level as i64));
        let fromlist: Vec<Const> = names.iter().map(|a| Const::Str(Rc::from(a.name.as_str()))).collect();
        self.load_const(Const::Tuple(Rc::from(fromlist)));
        let idx = self.unit().add_name(module.unwrap_or(""));
        self.emit_arg(Opcode::IMPORT_NAME, idx);
        for (i, a) in names.iter().enumerate() {
            if i == 0 && a.name == "*" {
                self.emit(Opcode::IMPORT_STAR);
                return Ok(());
            }
            let idx = self.unit().add_name(&a.name);
            self.emit_arg(Opcode::IMPORT_FROM, idx);
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, Ctx::Store, s.loc)?;
        }
        self.emit(Opcode::POP_TOP);
        Ok(())
    }

    fn ann_assign(&mut self, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) -> Result<(), CompileError> {
        if let ExprKind::Name { id, .. } = &target.kind {
            if id == "__debug__" {
                let loc = self.unit_loc().unwrap_or(target.loc);
                return self.error("cannot assign to __debug__", loc);
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let module_or_class = matches!(self.scope_block().typ, BlockType::Module | BlockType::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && module_or_class {
                    self.annotation(annotation)?;
                    let idx = self.unit().add_name("__annotations__");
                    self.emit_arg(Opcode::LOAD_NAME, idx);
                    let mangled = self.mangle(id);
                    self.load_const(Const::Str(Rc::from(mangled)));
                    self.emit(Opcode::STORE_SUBSCR);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::POP_TOP);
                }
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Opcode::POP_TOP);
                    self.expr(slice)?;
                    self.emit(Opcode::POP_TOP);
                }
            }
            _ => return self.error("invalid node type for annotated assignment", target.loc),
        }
        if !simple && module_or_class && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Opcode::POP_TOP);
        }
        Ok(())
    }
}
