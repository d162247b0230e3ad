//! Calls: LOAD_METHOD / LOAD_GLOBAL-with-NULL forms, KW_NAMES, and CALL_FUNCTION_EX
//! with `*` / `**` unpacking.

use std::rc::Rc;

use super::expr::STACK_USE_GUIDELINE;
use super::Compiler;
use crate::ast::*;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;
use crate::compiler::symtable::DEF_IMPORT;

impl<'a> Compiler<'a> {
    pub(super) fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<(), CompileError> {
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
                // CPython 3.11 places LOAD_METHOD on the attribute (on its name alone when
                // the attribute spans lines): tracebacks underline just `obj.name`.
                let call_loc = self.unit().loc;
                let at = func.loc;
                let method_loc = if at.line == at.end_line {
                    at
                } else {
                    crate::ast::Loc::new(at.end_line, at.end_col.saturating_sub(attr.len() as u32), at.end_line, at.end_col)
                };
                self.unit().loc = Some(method_loc);
                let idx = self.add_mangled_name(attr);
                self.emit_arg(Opcode::LOAD_METHOD, idx);
                self.unit().loc = call_loc;
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

    pub(super) fn validate_keywords(&self, keywords: &[Keyword]) -> Result<(), CompileError> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if name == "__debug__" {
                    let loc = self.unit_loc().unwrap_or(k.loc);
                    return self.error("cannot assign to __debug__", loc);
                }
                if keywords[i + 1..].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    let dup = keywords[i + 1..].iter().find(|o| o.arg.as_ref() == Some(name)).map_or(k.loc, |o| o.loc);
                    return self.error(&format!("keyword argument repeated: {}", name), dup);
                }
            }
        }
        Ok(())
    }

    pub(super) fn kw_names(&mut self, keywords: &[Keyword]) {
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

    pub(super) fn subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> Result<(), CompileError> {
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
