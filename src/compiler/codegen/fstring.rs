//! f-strings and `'%s' % (...)` formatting compiled as f-strings.

use std::rc::Rc;

use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;
use crate::bytecode::opcode::format_value;

impl<'a> Compiler<'a> {
    /// A part of an f-string. In CPython 3.11's AST every part carries the whole
    /// f-string's position, so its LOAD_CONST / FORMAT_VALUE do too.
    #[inline(never)]
    pub(super) fn joined_part(&mut self, part: &'a Expr, loc: Loc) -> Result<(), CompileError> {
        let old = self.set_loc(loc);
        let r = match &part.kind {
            ExprKind::FormattedValue { value, conversion, format_spec } => (|| {
                self.expr(value)?;
                let mut arg = match conversion {
                    Some('s') => format_value::CONV_STR,
                    Some('r') => format_value::CONV_REPR,
                    Some('a') => format_value::CONV_ASCII,
                    _ => format_value::CONV_NONE,
                };
                if let Some(spec) = format_spec {
                    match &spec.kind {
                        ExprKind::JoinedStr(values) => {
                            for v in values {
                                self.joined_part(v, loc)?;
                            }
                            if values.len() != 1 {
                                self.emit_arg(Opcode::BUILD_STRING, values.len() as u32);
                            }
                        }
                        _ => self.expr(spec)?,
                    }
                    arg |= format_value::HAVE_SPEC;
                }
                self.emit_arg(Opcode::FORMAT_VALUE, arg);
                Ok(())
            })(),
            ExprKind::Constant(c) => {
                let c = super::fold::constant(c);
                self.load_const(c);
                Ok(())
            }
            _ => self.expr(part),
        };
        self.restore_loc(old);
        r
    }

    /// `'%s, %r' % (a, b)` compiled as the f-string CPython 3.11 turns it into.
    #[inline(never)]
    pub(super) fn percent_format(&mut self, left: &'a Expr, right: &'a Expr) -> Result<bool, CompileError> {
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
}
