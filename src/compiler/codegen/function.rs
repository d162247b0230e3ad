//! `def`, `lambda` and `class`: defaults, annotations, decorators and the nested
//! code objects they create.

use std::rc::Rc;

use super::unit::UnitKind;
use super::Compiler;
use crate::ast::*;
use crate::bytecode::opcode::make_function;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;

impl<'a> Compiler<'a> {
    fn decorators(&mut self, decos: &'a [Expr]) -> Result<(), CompileError> {
        decos.iter().try_for_each(|d| self.expr(d))
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        for d in decos.iter().rev() {
            let old = self.set_loc(d.loc);
            self.emit_arg(Opcode::CALL, 0);
            self.restore_loc(old);
        }
    }

    /// Push the defaults tuple / kw-defaults dict; returns the MAKE_FUNCTION flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            // Constant defaults become one tuple constant in the assembler's peephole pass.
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit_arg(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= make_function::DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                keys.push(Const::Str(Rc::from(self.mangle(&arg.name))));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(Rc::from(keys)));
            self.emit_arg(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// The flat (name, value, ...) annotations tuple; true when one was pushed.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<bool, CompileError> {
        let mut pairs: Vec<(String, &'a Expr)> = Vec::new();
        // CPython's order: args, then positional-only, *args, keyword-only, **kwargs, return.
        for a in args.args.iter().chain(&args.posonlyargs) {
            if let Some(ann) = &a.annotation {
                pairs.push((a.name.clone(), ann));
            }
        }
        if let Some(ann) = args.vararg.as_ref().and_then(|v| v.annotation.as_ref().map(|a| (v, a))) {
            pairs.push((ann.0.name.clone(), ann.1));
        }
        for a in &args.kwonlyargs {
            if let Some(ann) = &a.annotation {
                pairs.push((a.name.clone(), ann));
            }
        }
        if let Some(ann) = args.kwarg.as_ref().and_then(|v| v.annotation.as_ref().map(|a| (v, a))) {
            pairs.push((ann.0.name.clone(), ann.1));
        }
        if let Some(r) = returns {
            pairs.push(("return".to_string(), r));
        }
        if pairs.is_empty() {
            return Ok(false);
        }
        let n = pairs.len() as u32 * 2;
        for (name, e) in pairs {
            let mangled = self.mangle(&name);
            self.load_const(Const::Str(Rc::from(mangled)));
            if self.future_annotations {
                self.annotation(e)?;
            } else if let ExprKind::Starred { value, .. } = &e.kind {
                self.expr(value)?;
                self.emit_arg(Opcode::UNPACK_SEQUENCE, 1);
            } else {
                self.expr(e)?;
            }
        }
        self.emit_arg(Opcode::BUILD_TUPLE, n);
        Ok(true)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    pub(super) fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> Result<(), CompileError> {
        self.decorators(&f.decorator_list)?;
        let firstlineno = f.decorator_list.first().map_or(s.loc.line, |d| d.loc.line);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= make_function::ANNOTATIONS;
        }
        let Some(scope) = self.table.block_for(f) else {
            return self.error("internal compiler error: no scope for function", s.loc);
        };
        self.enter_scope(UnitKind::Function, &f.name, scope, firstlineno, s.loc);
        self.unit().is_async_def = f.is_async;
        let doc = f.body.first().and_then(super::kept_docstring);
        let has_doc = doc.is_some();
        match doc {
            Some(d) => self.unit().add_const(d),
            None => self.unit().add_const(Const::None),
        };
        self.set_arg_counts(&f.args);
        let body = if has_doc { &f.body[1..] } else { &f.body[..] };
        for st in body {
            self.stmt(st)?;
        }
        self.finish_with_return_none();
        let code = self.exit_scope()?;
        self.make_closure(code, flags);
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, Ctx::Store, s.loc)
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> Result<(), CompileError> {
        let flags = self.default_arguments(args)?;
        let Some(scope) = self.table.block_for(e) else {
            return self.error("internal compiler error: no scope for lambda", e.loc);
        };
        self.enter_scope(UnitKind::Lambda, "<lambda>", scope, e.loc.line, e.loc);
        // None first, so a lambda never has a docstring.
        self.unit().add_const(Const::None);
        self.set_arg_counts(args);
        self.expr(body)?;
        self.set_loc(body.loc);
        self.emit(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.make_closure(code, flags);
        Ok(())
    }

    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> Result<(), CompileError> {
        self.decorators(&c.decorator_list)?;
        let firstlineno = c.decorator_list.first().map_or(s.loc.line, |d| d.loc.line);
        let Some(scope) = self.table.block_for(c) else {
            return self.error("internal compiler error: no scope for class", s.loc);
        };
        self.enter_scope(UnitKind::Class, &c.name, scope, firstlineno, s.loc);
        // The prologue is on the class's first line (its first decorator's, if any).
        self.set_loc(Loc { line: firstlineno, col: s.loc.col, end_line: firstlineno, end_col: s.loc.col });
        self.nameop("__name__", Ctx::Load, s.loc)?;
        self.nameop("__module__", Ctx::Store, s.loc)?;
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Const::Str(Rc::from(qualname)));
        self.nameop("__qualname__", Ctx::Store, s.loc)?;
        self.body(&c.body)?;
        self.unset_loc();
        if self.scope_block().needs_class_closure {
            let idx = self.closure_index("__class__");
            self.emit_arg(Opcode::LOAD_CLOSURE, idx);
            self.emit_arg(Opcode::COPY, 1);
            self.nameop("__classcell__", Ctx::Store, s.loc)?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.emit(Opcode::PUSH_NULL);
        self.emit(Opcode::LOAD_BUILD_CLASS);
        self.make_closure(code, 0);
        self.load_const(Const::Str(Rc::from(c.name.as_str())));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.nameop(&c.name, Ctx::Store, s.loc)
    }
}
