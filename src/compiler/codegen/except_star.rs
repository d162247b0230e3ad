//! `try ... except*` (PEP 654), as CPython 3.11 compiles it. The handlers run with
//! `[original, raised-list, rest]` on the stack: CHECK_EG_MATCH splits `rest` by each
//! clause's type, a clause body runs on the matched part, and anything it raises is
//! collected in the list; PREP_RERAISE_STAR finally merges what is left to re-raise.

use super::unit::{FBlock, Op};
use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;

impl<'a> Compiler<'a> {
    pub(super) fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let body_b = self.new_block();
        let mut except = self.new_block();
        let orelse_b = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.emit_op(Op::SetupFinally, except);
        self.use_block(body_b);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        let old = self.unit().loc.take();
        self.pop_block();
        self.jump(orelse_b);
        self.restore_loc(old);
        self.use_block(except);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO);
        self.unit().fblocks.push(FBlock::ExceptionGroupHandler);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // [exc] -> [orig, [], exc]
                self.emit_arg(Opcode::COPY, 1);
                self.emit_arg(Opcode::BUILD_LIST, 0);
                self.emit_arg(Opcode::SWAP, 2);
            }
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Opcode::CHECK_EG_MATCH);
                self.emit_arg(Opcode::COPY, 1);
                self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store, h.loc)?,
                None => self.emit(Opcode::POP_TOP),
            }
            self.emit_op(Op::SetupCleanup, cleanup_end);
            self.use_block(cleanup_body);
            self.unit().fblocks.push(FBlock::HandlerCleanup { name: h.name.clone() });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unset_loc();
            self.pop_block();
            if let Some(name) = &h.name {
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store, h.loc)?;
                self.nameop(name, Ctx::Del, h.loc)?;
            }
            self.jump(except);
            // The clause raised: record the exception and go on with the next clause.
            self.use_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store, h.loc)?;
                self.nameop(name, Ctx::Del, h.loc)?;
            }
            self.emit_arg(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP);
            self.jump(except_with_error);
            self.use_block(except);
            self.emit(Opcode::NOP);
            self.jump(except_with_error);
            self.use_block(no_match);
            self.emit(Opcode::POP_TOP);
            self.use_block(except_with_error);
            if i + 1 == n {
                // The unmatched rest (or None) joins the list too.
                self.emit_arg(Opcode::LIST_APPEND, 1);
                self.jump(reraise_star);
            }
        }
        self.unset_loc();
        self.unit().fblocks.pop();
        let reraise = self.new_block();
        self.use_block(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR);
        self.emit_arg(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP);
        self.pop_block();
        self.emit(Opcode::POP_EXCEPT);
        self.jump(end);
        self.use_block(reraise);
        self.pop_block();
        self.emit_arg(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT);
        self.emit_arg(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse_b);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }
}
