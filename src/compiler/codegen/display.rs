//! List, tuple, set and dict displays, with `*` / `**` unpacking and CPython's
//! chunking of large displays.

use std::rc::Rc;

use super::expr::STACK_USE_GUIDELINE;
use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;

impl<'a> Compiler<'a> {
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

    pub(super) fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), CompileError> {
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

    pub(super) fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) -> Result<(), CompileError> {
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
}
