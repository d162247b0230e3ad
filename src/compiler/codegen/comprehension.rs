//! List/set/dict comprehensions and generator expressions: each is a nested code
//! object taking the outermost iterator as its one argument `.0`.

use super::unit::{FBlock, Op, UnitKind};
use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let (kind, name, generators, elt, val) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, "<listcomp>", generators, &**elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, "<setcomp>", generators, &**elt, None),
            ExprKind::GeneratorExp { elt, generators } => (CompKind::Gen, "<genexpr>", generators, &**elt, None),
            ExprKind::DictComp { key, value, generators } => {
                (CompKind::Dict, "<dictcomp>", generators, &**key, Some(&**value))
            }
            _ => return Ok(()),
        };
        let Some(outermost) = generators.first() else {
            return self.error("comprehension with no generators", e.loc);
        };
        let Some(scope) = self.table.block_for(e) else {
            return self.error("internal compiler error: no scope for comprehension", e.loc);
        };
        let outer_kind = self.unit_ref().kind;
        let outer_async = self.unit_ref().is_async_def;
        self.enter_scope(UnitKind::Comprehension, name, scope, e.loc.line, e.loc);
        self.set_loc(e.loc);
        let is_async_gen = self.scope_block().is_coroutine;
        if is_async_gen && kind != CompKind::Gen && !outer_async && outer_kind != UnitKind::Comprehension {
            return self.error("asynchronous comprehension outside of an asynchronous function", e.loc);
        }
        match kind {
            CompKind::List => self.emit_arg(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit_arg(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit_arg(Opcode::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.unit().argcount = 1;
        self.comp_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.emit(Opcode::RETURN_VALUE);
        } else {
            self.finish_with_return_none();
        }
        let code = self.exit_scope()?;
        self.make_closure(code, 0);
        self.iter_operand(&outermost.iter, true)?;
        self.emit(if outermost.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER });
        self.emit_arg(Opcode::CALL, 0);
        if is_async_gen && kind != CompKind::Gen {
            self.emit_arg(Opcode::GET_AWAITABLE, 0);
            self.load_const(Const::None);
            self.yield_from_loop(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> Result<(), CompileError> {
        let Some(g) = gens.get(index) else { return Ok(()) };
        if g.is_async {
            self.async_comp_generator(gens, index, depth, elt, val, kind)
        } else {
            self.sync_comp_generator(gens, index, depth, elt, val, kind)
        }
    }

    fn comp_element(&mut self, depth: u32, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind) -> Result<(), CompileError> {
        match kind {
            CompKind::Gen => {
                self.expr(elt)?;
                if self.scope_block().is_coroutine {
                    self.emit(Opcode::ASYNC_GEN_WRAP);
                }
                self.emit(Opcode::YIELD_VALUE);
                self.emit_arg(Opcode::RESUME, 1);
                self.emit(Opcode::POP_TOP);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit_arg(Opcode::LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit_arg(Opcode::SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit_arg(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> Result<(), CompileError> {
        let g = &gens[index];
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            self.emit_arg(Opcode::LOAD_FAST, 0);
        } else {
            // `for y in [f(x)]` binds without a loop.
            let single = match &g.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    elts.first().filter(|x| !matches!(x.kind, ExprKind::Starred { .. }))
                }
                _ => None,
            };
            if let Some(x) = single {
                self.expr(x)?;
                start = None;
            } else {
                self.iter_operand(&g.iter, true)?;
                self.emit(Opcode::GET_ITER);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_block(st);
            self.emit_jump(Opcode::FOR_ITER, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(depth, elt, val, kind)?;
        }
        self.use_block(if_cleanup);
        if let Some(st) = start {
            self.jump(st);
            self.use_block(anchor);
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> Result<(), CompileError> {
        let g = &gens[index];
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        if index == 0 {
            self.emit_arg(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(Opcode::GET_AITER);
        }
        self.use_block(start);
        self.unit().fblocks.push(FBlock::AsyncComprehensionGenerator);
        self.emit_op(Op::SetupFinally, except);
        self.emit(Opcode::GET_ANEXT);
        self.load_const(Const::None);
        self.yield_from_loop(true);
        self.pop_block();
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(depth, elt, val, kind)?;
        }
        self.use_block(if_cleanup);
        self.jump(start);
        self.unit().fblocks.pop();
        self.use_block(except);
        self.emit(Opcode::END_ASYNC_FOR);
        Ok(())
    }
}
