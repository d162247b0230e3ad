//! try/except/else/finally and with / async with, in 3.11's exception-table scheme:
//! SETUP_* pseudo-instructions mark protected ranges; handlers start with
//! PUSH_EXC_INFO and end with POP_EXCEPT or a RERAISE.

use super::unit::{FBlock, Op};
use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;

impl<'a> Compiler<'a> {
    /// COPY 3; POP_EXCEPT; RERAISE 1: restore the previous exception and re-raise.
    pub(super) fn pop_except_and_reraise(&mut self) {
        self.emit_arg(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT);
        self.emit_arg(Opcode::RERAISE, 1);
    }

    /// `__exit__(None, None, None)`: with the bound `__exit__` under TOS, CALL 2 treats
    /// it as the callable and the first None as `self`-position argument.
    pub(super) fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit_arg(Opcode::CALL, 2);
    }

    pub(super) fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let _ = s;
        let body_b = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::SetupFinally, except);
        self.use_block(body_b);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        let old = self.unit().loc.take();
        self.pop_block();
        self.restore_loc(old);
        self.stmts(orelse)?;
        let old = self.unit().loc.take();
        self.jump(end);
        self.restore_loc(old);
        self.use_block(except);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.unit().fblocks.push(FBlock::ExceptionHandler);
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return self.error("default 'except:' must be last", h.loc);
            }
            except = self.new_block();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Opcode::CHECK_EXC_MATCH);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, Ctx::Store, h.loc)?;
                self.emit_op(Op::SetupCleanup, cleanup_end);
                self.use_block(cleanup_body);
                self.unit().fblocks.push(FBlock::HandlerCleanup { name: Some(name.clone()) });
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.unset_loc();
                self.pop_block();
                self.pop_block();
                self.emit(Opcode::POP_EXCEPT);
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store, h.loc)?;
                self.nameop(name, Ctx::Del, h.loc)?;
                self.jump(end);
                self.use_block(cleanup_end);
                self.unset_loc();
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store, h.loc)?;
                self.nameop(name, Ctx::Del, h.loc)?;
                self.emit_arg(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(Opcode::POP_TOP);
                self.use_block(cleanup_body);
                self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.unset_loc();
                self.pop_block();
                self.emit(Opcode::POP_EXCEPT);
                self.jump(end);
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.unit().fblocks.pop();
        self.emit_arg(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    pub(super) fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> Result<(), CompileError> {
        let body_b = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::SetupFinally, end);
        self.use_block(body_b);
        self.unit().fblocks.push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(s, body, handlers, orelse)?;
        }
        let old = self.unit().loc.take();
        self.pop_block();
        self.restore_loc(old);
        self.unit().fblocks.pop();
        self.stmts(finalbody)?;
        let old = self.unit().loc.take();
        self.jump(exit);
        self.restore_loc(old);
        self.use_block(end);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.unset_loc();
        self.emit_arg(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    /// `with a as x, b as y: body` is compiled as nested withs, item `pos` outermost.
    pub(super) fn with_stmt(
        &mut self,
        s: &'a Stmt,
        is_async: bool,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
    ) -> Result<(), CompileError> {
        if is_async && !self.unit_ref().is_async_def {
            return self.error("'async with' outside async function", s.loc);
        }
        let Some(item) = items.get(pos) else { return self.stmts(body) };
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH);
            self.emit_arg(Opcode::GET_AWAITABLE, 1);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        } else {
            self.emit(Opcode::BEFORE_WITH);
        }
        self.emit_op(Op::SetupWith, fin);
        self.use_block(block);
        self.unit().fblocks.push(if is_async { FBlock::AsyncWith { loc: s.loc } } else { FBlock::With { loc: s.loc } });
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Opcode::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, is_async, items, pos + 1, body)?;
        }
        if !is_async {
            self.unset_loc();
        }
        self.pop_block();
        self.unit().fblocks.pop();
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit_arg(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        }
        self.emit(Opcode::POP_TOP);
        self.jump(exit);
        self.use_block(fin);
        self.emit_op(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.emit(Opcode::WITH_EXCEPT_START);
        if is_async {
            self.emit_arg(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        }
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: usize) {
        self.unset_loc();
        let exit = self.new_block();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, exit);
        self.emit_arg(Opcode::RERAISE, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        self.emit(Opcode::POP_TOP);
        self.pop_block();
        self.emit(Opcode::POP_EXCEPT);
        self.emit(Opcode::POP_TOP);
        self.emit(Opcode::POP_TOP);
    }
}
