//! Assignment targets: names, attributes, subscripts, (starred) unpacking, `del`,
//! and augmented assignment's load-operate-store sequences.

use super::Compiler;
use crate::ast::*;
use crate::bytecode::Opcode;
use crate::compiler::error::CompileError;

impl<'a> Compiler<'a> {
    /// Store TOS into `t`.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        self.enter_nesting(t.loc)?;
        let old = self.set_loc(t.loc);
        let r = self.store_inner(t);
        self.restore_loc(old);
        self.depth -= 1;
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store, t.loc),
            ExprKind::Attribute { value, attr, .. } => {
                if attr == "__debug__" {
                    return self.error("cannot assign to __debug__", t.loc);
                }
                self.expr(value)?;
                self.match_attr_line(t);
                let idx = self.add_mangled_name(attr);
                self.emit_arg(Opcode::STORE_ATTR, idx);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::STORE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(elts, t.loc)?;
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => self.error("starred assignment target must be in a list or tuple", t.loc),
            _ => self.error("cannot assign to expression", t.loc),
        }
    }

    fn unpack(&mut self, elts: &[Expr], loc: Loc) -> Result<(), CompileError> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return self.error("multiple starred expressions in assignment", loc);
                }
                if i >= 256 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return self.error("too many expressions in star-unpacking assignment", loc);
                }
                self.emit_arg(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            let _ = loc;
            self.emit_arg(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        Ok(())
    }

    pub(super) fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        let old = self.set_loc(t.loc);
        let r = match &t.kind {
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Del, t.loc),
            ExprKind::Attribute { attr, .. } if attr == "__debug__" => self.error("cannot delete __debug__", t.loc),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value).map(|_| {
                    let idx = self.add_mangled_name(attr);
                    self.emit_arg(Opcode::DELETE_ATTR, idx);
                })
            }
            ExprKind::Subscript { value, slice, .. } => self.expr(value).and_then(|_| self.expr(slice)).map(|_| {
                self.emit(Opcode::DELETE_SUBSCR);
            }),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            _ => self.error("cannot delete expression", t.loc),
        };
        self.restore_loc(old);
        r
    }

    pub(super) fn aug_assign(&mut self, s: &'a Stmt, target: &'a Expr, op: Operator, value: &'a Expr) -> Result<(), CompileError> {
        let old = self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.emit_arg(Opcode::COPY, 1);
                self.match_attr_line(target);
                let idx = self.add_mangled_name(attr);
                self.emit_arg(Opcode::LOAD_ATTR, idx);
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit_arg(Opcode::COPY, 2);
                self.emit_arg(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Load, target.loc)?,
            _ => return self.error("'expression' is an illegal expression for augmented assignment", target.loc),
        }
        self.set_loc(s.loc);
        self.expr(value)?;
        self.emit_arg(Opcode::BINARY_OP, super::expr::inplace_arg(op));
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.match_attr_line(target);
                self.emit_arg(Opcode::SWAP, 2);
                let idx = self.add_mangled_name(attr);
                self.emit_arg(Opcode::STORE_ATTR, idx);
            }
            ExprKind::Subscript { .. } => {
                self.emit_arg(Opcode::SWAP, 3);
                self.emit_arg(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store, target.loc)?,
            _ => {}
        }
        self.restore_loc(old);
        Ok(())
    }
}
