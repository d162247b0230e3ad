//! Code generation: walks the AST with the symbol table's answers and emits CPython
//! 3.11-shaped bytecode into basic blocks, which `assemble` turns into code objects.

mod assemble;
mod call;
mod comprehension;
mod display;
mod except_star;
mod exceptions;
mod expr;
mod fold;
mod fstring;
mod future;
mod function;
mod pattern;
mod stack;
mod stmt;
mod target;
pub mod unit;

use std::rc::Rc;

use super::error::CompileError;
use super::symtable::{self, BlockType, Scope, SymbolTable};
use crate::ast::*;
use crate::bytecode::code::flags;
use crate::bytecode::{CodeObject, Const, Opcode};
use unit::{BlockId, Op, Unit, UnitKind};

/// Past this nesting depth (statements + expressions) compilation fails with
/// RecursionError, as CPython's compiler does for absurdly deep input.
const MAX_NESTING: u32 = 6000;

pub struct Compiler<'a> {
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    filename: String,
    interactive: bool,
    depth: u32,
    /// The module's source, when known (annotations under the future import are its text).
    source: Option<&'a str>,
    /// `from __future__ import annotations`: annotations are compiled as strings.
    future_annotations: bool,
    /// The line of the last leading `from __future__` import (0: none).
    future_lineno: u32,
}

/// `dis.stack_effect`: the depth change of a real instruction (the jump edge when `jump`).
pub fn stack_effect(op: crate::bytecode::Opcode, arg: u32, jump: bool) -> i32 {
    stack::stack_effect(unit::Op::Real(op), arg, jump)
}

pub fn compile_module(module: &Mod, filename: &str, source: Option<&str>) -> Result<Rc<CodeObject>, CompileError> {
    let future_lineno = future::check(module)?;
    let future_annotations = has_future_annotations(module);
    let table = symtable::build(module, future_annotations)?;
    let mut c = Compiler {
        table,
        units: Vec::new(),
        filename: filename.to_string(),
        interactive: false,
        depth: 0,
        source,
        future_annotations,
        future_lineno,
    };
    c.units.push(Unit::new(UnitKind::Module, "<module>", "<module>".into(), 0, 1));
    if c.future_annotations {
        c.unit().flags |= flags::FUTURE_ANNOTATIONS;
    }
    c.unit().loc = Some(Loc { line: 0, col: 0, end_line: 1, end_col: 0 });
    c.emit_arg(Opcode::RESUME, 0);
    c.unit().loc = None;
    match module {
        Mod::Module(body) => {
            c.body(body)?;
            c.finish_with_return_none();
        }
        Mod::Interactive(body) => {
            c.interactive = true;
            for s in body {
                c.stmt(s)?;
            }
            c.finish_with_return_none();
        }
        Mod::Expression(e) => {
            c.expr(e)?;
            c.emit(Opcode::RETURN_VALUE);
        }
    }
    c.exit_scope()
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let i = self.units.len() - 1;
        &mut self.units[i]
    }

    fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    fn scope_block(&self) -> &symtable::Block {
        &self.table.blocks[self.unit_ref().scope]
    }

    fn emit(&mut self, op: Opcode) {
        self.unit().emit(Op::Real(op), 0, None);
    }

    fn emit_arg(&mut self, op: Opcode, arg: u32) {
        self.unit().emit(Op::Real(op), arg, None);
    }

    fn emit_jump(&mut self, op: Opcode, target: BlockId) {
        self.unit().emit(Op::Real(op), 0, Some(target));
    }

    fn emit_op(&mut self, op: Op, target: BlockId) {
        self.unit().emit(op, 0, Some(target));
    }

    fn jump(&mut self, target: BlockId) {
        self.unit().emit(Op::Jump, 0, Some(target));
    }

    fn pop_block(&mut self) {
        self.unit().emit(Op::PopBlock, 0, None);
    }

    fn new_block(&mut self) -> BlockId {
        self.unit().new_block()
    }

    fn use_block(&mut self, b: BlockId) {
        self.unit().use_next_block(b);
    }

    fn load_const(&mut self, c: Const) {
        let i = self.unit().add_const(c);
        self.emit_arg(Opcode::LOAD_CONST, i);
    }

    fn set_loc(&mut self, loc: Loc) -> Option<Loc> {
        std::mem::replace(&mut self.unit().loc, Some(loc))
    }

    /// The location being compiled (CPython reports some errors there, not at a sub-node).
    fn unit_loc(&self) -> Option<Loc> {
        self.units.last().and_then(|u| u.loc)
    }

    fn unset_loc(&mut self) {
        self.unit().loc = None;
    }

    fn restore_loc(&mut self, old: Option<Loc>) {
        self.unit().loc = old;
    }

    fn error<T>(&self, msg: &str, loc: Loc) -> Result<T, CompileError> {
        Err(CompileError::syntax(msg.to_string(), loc))
    }

    fn enter_nesting(&mut self, loc: Loc) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(CompileError::recursion(loc));
        }
        Ok(())
    }

    fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.unit_ref().private.as_deref(), name)
    }

    fn add_mangled_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.unit().add_name(&mangled)
    }

    fn finish_with_return_none(&mut self) {
        self.unset_loc();
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE);
    }

    /// A module or class body: SETUP_ANNOTATIONS when needed, the docstring to `__doc__`.
    fn body(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        if find_annotations(body) {
            // A module's SETUP_ANNOTATIONS is on its first statement's line; a class's on
            // the class line (the location already current).
            let old = self.unit_ref().loc;
            if self.unit_ref().kind == UnitKind::Module {
                if let Some(first) = body.first() {
                    self.set_loc(first.loc);
                }
            }
            self.emit(Opcode::SETUP_ANNOTATIONS);
            self.restore_loc(old);
        }
        let mut rest = body;
        if let Some((first, tail)) = body.split_first() {
            if let Some(doc) = kept_docstring(first) {
                let old = self.set_loc(first.loc);
                self.load_const(doc);
                self.nameop("__doc__", Ctx::Store, first.loc)?;
                self.restore_loc(old);
                rest = tail;
            }
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Open a new code object for the scope opened by `node`.
    fn enter_scope(&mut self, kind: UnitKind, name: &str, scope: usize, firstlineno: u32, loc: Loc) {
        let qualname = self.qualname_for(name, kind);
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut u = Unit::new(kind, name, qualname, scope, firstlineno);
        u.private = private;
        let block = &self.table.blocks[scope];
        let mut cells: Vec<String> = block
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Cell)
            .map(|(k, _)| k.clone())
            .collect();
        if kind == UnitKind::Class && block.needs_class_closure {
            cells.push("__class__".into());
        }
        // co_cellvars order: parameters that are cells (in parameter order), then the
        // other cells sorted by name.
        cells.sort();
        let mut ordered: Vec<String> = block.params.iter().filter(|p| cells.contains(p)).cloned().collect();
        ordered.extend(cells.into_iter().filter(|c| !block.params.contains(c)));
        let cells = ordered;
        let mut frees: Vec<String> = block
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Free || s.flags & symtable::DEF_FREE_CLASS != 0)
            .map(|(k, _)| k.clone())
            .collect();
        frees.sort();
        u.cellvars = cells;
        u.freevars = frees;
        for p in &block.params {
            u.varnames.insert(p.clone());
        }
        if block.typ == BlockType::Function {
            u.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if block.nested {
                u.flags |= flags::NESTED;
            }
            match (block.is_generator, block.is_coroutine) {
                (true, false) => u.flags |= flags::GENERATOR,
                (false, true) => u.flags |= flags::COROUTINE,
                (true, true) => u.flags |= flags::ASYNC_GENERATOR,
                _ => {}
            }
            if block.has_varargs {
                u.flags |= flags::VARARGS;
            }
            if block.has_varkeywords {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        if u.cellvars.is_empty() && u.freevars.is_empty() {
            u.flags |= flags::NOFREE;
        }
        if self.future_annotations {
            u.flags |= flags::FUTURE_ANNOTATIONS;
        }
        self.units.push(u);
        let line_loc = Loc { line: firstlineno, col: loc.col, end_line: firstlineno, end_col: loc.col };
        self.unit().loc = Some(line_loc);
        self.emit_arg(Opcode::RESUME, 0);
        self.unit().loc = None;
    }

    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        let _ = kind;
        let Some(parent) = self.units.last() else { return name.to_string() };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        let pblock = &self.table.blocks[parent.scope];
        let mangled = symtable::mangle(parent.private.as_deref(), name);
        if pblock.scope_of(&mangled) == Some(Scope::GlobalExplicit) {
            return name.to_string();
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    fn exit_scope(&mut self) -> Result<Rc<CodeObject>, CompileError> {
        let mut u = match self.units.pop() {
            Some(u) => u,
            None => return self.error("internal compiler error: no scope", Loc::default()),
        };
        let code = assemble::assemble(&mut u, &self.filename)?;
        Ok(Rc::new(code))
    }

    /// Compile an annotation: its value, or under the future import its source text.
    fn annotation(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            // CPython unparses the AST (a string literal becomes its repr) and loads the
            // text at the statement's position.
            let text = match &e.kind {
                ExprKind::Constant(Constant::Str(v)) => crate::bytecode::dis::str_repr(v),
                _ => self.annotation_text(e),
            };
            self.load_const(Const::Str(Rc::from(text)));
            return Ok(());
        }
        self.expr(e)
    }

    /// The annotation's source text, lines joined (CPython unparses the AST; the
    /// source text is the same for ordinarily formatted code).
    fn annotation_text(&self, e: &Expr) -> String {
        let Some(src) = self.source else { return String::new() };
        let lines: Vec<&str> = src.split_inclusive('\n').collect();
        let (l0, l1) = (e.loc.line as usize, e.loc.end_line as usize);
        if l0 == 0 || l1 < l0 || l1 > lines.len() {
            return String::new();
        }
        let mut out = String::new();
        for ln in l0..=l1 {
            let text = lines[ln - 1];
            let start = if ln == l0 { (e.loc.col as usize).min(text.len()) } else { 0 };
            let end = if ln == l1 { (e.loc.end_col as usize).min(text.len()) } else { text.len() };
            let piece = text.get(start..end.max(start)).unwrap_or("");
            if ln == l0 {
                out.push_str(piece.trim_end_matches(['\n', '\r']));
            } else {
                out.push_str(piece.trim_start().trim_end_matches(['\n', '\r']));
            }
        }
        out
    }

    /// Load `code` as a function: closure cells, then MAKE_FUNCTION with `flags`.
    fn make_closure(&mut self, code: Rc<CodeObject>, mut fn_flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let idx = self.closure_index(name);
                self.emit_arg(Opcode::LOAD_CLOSURE, idx);
            }
            self.emit_arg(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            fn_flags |= crate::bytecode::opcode::make_function::CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.emit_arg(Opcode::MAKE_FUNCTION, fn_flags);
    }

    fn closure_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.unit_ref().deref_index(name) {
            return i;
        }
        // Should not happen with a consistent symbol table; keep going with a fresh free var.
        let u = self.unit();
        u.freevars.push(name.to_string());
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    /// Load, store or delete a name according to its scope (CPython's compiler_nameop).
    fn nameop(&mut self, name: &str, ctx: Ctx, loc: Loc) -> Result<(), CompileError> {
        if ctx == Ctx::Store && name == "__debug__" {
            return self.error("cannot assign to __debug__", loc);
        }
        if ctx == Ctx::Del && name == "__debug__" {
            return self.error("cannot delete __debug__", loc);
        }
        let mangled = self.mangle(name);
        let block = self.scope_block();
        let is_function = block.typ == BlockType::Function;
        let is_class = block.typ == BlockType::Class;
        let scope = block.scope_of(&mangled);
        let free_class = block.flags_of(&mangled) & symtable::DEF_FREE_CLASS != 0;
        let _ = free_class;
        enum Kind {
            Fast,
            Global,
            Deref,
            Name,
        }
        let kind = match scope {
            Some(Scope::Free) => Kind::Deref,
            Some(Scope::Cell) => {
                if is_class && mangled == "__class__" {
                    Kind::Deref
                } else {
                    Kind::Deref
                }
            }
            Some(Scope::Local) if is_function => Kind::Fast,
            Some(Scope::GlobalImplicit) if is_function => Kind::Global,
            Some(Scope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Deref => {
                let idx = self.closure_index(&mangled);
                let op = match ctx {
                    Ctx::Load if is_class => Opcode::LOAD_CLASSDEREF,
                    Ctx::Load => Opcode::LOAD_DEREF,
                    Ctx::Store => Opcode::STORE_DEREF,
                    Ctx::Del => Opcode::DELETE_DEREF,
                };
                self.emit_arg(op, idx);
            }
            Kind::Fast => {
                let idx = self.unit().add_varname(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                };
                self.emit_arg(op, idx);
            }
            Kind::Global => {
                let idx = self.unit().add_name(&mangled);
                match ctx {
                    Ctx::Load => self.emit_arg(Opcode::LOAD_GLOBAL, idx << 1),
                    Ctx::Store => self.emit_arg(Opcode::STORE_GLOBAL, idx),
                    Ctx::Del => self.emit_arg(Opcode::DELETE_GLOBAL, idx),
                }
            }
            Kind::Name => {
                let idx = self.unit().add_name(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_NAME,
                    Ctx::Store => Opcode::STORE_NAME,
                    Ctx::Del => Opcode::DELETE_NAME,
                };
                self.emit_arg(op, idx);
            }
        }
        Ok(())
    }

    /// True when `name` loads as a global in the current scope (so a call can use
    /// LOAD_GLOBAL's NULL bit).
    fn is_global_load(&self, name: &str) -> bool {
        let mangled = self.mangle(name);
        let block = self.scope_block();
        match block.scope_of(&mangled) {
            Some(Scope::GlobalExplicit) => true,
            Some(Scope::GlobalImplicit) => block.typ == BlockType::Function,
            _ => false,
        }
    }
}

/// `from __future__ import annotations` among the module's leading statements (after
/// the docstring and other future imports, where Python allows it).
fn has_future_annotations(module: &Mod) -> bool {
    let Mod::Module(body) = module else { return false };
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, level: 0 } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ if i == 0 && docstring(s).is_some() => {}
            _ => return false,
        }
    }
    false
}

/// The docstring a body keeps: none under `-OO` (the string is then an ordinary
/// expression statement), as CPython's compiler.
fn kept_docstring(s: &Stmt) -> Option<Const> {
    if crate::compiler::optimize_level() >= 2 { None } else { docstring(s) }
}

/// The docstring of a body: its first statement when that is a string literal.
pub fn docstring(s: &Stmt) -> Option<Const> {
    match &s.kind {
        StmtKind::Expr(Expr { kind: ExprKind::Constant(c @ (Constant::Str(_) | Constant::SurrogateStr(_))), .. }) => {
            Some(fold::constant(c))
        }
        _ => None,
    }
}

/// Whether a module/class body has annotated assignments (looking into compound
/// statements but not into nested functions or classes), as CPython's find_ann.
fn find_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_annotations(body) || find_annotations(orelse)
        }
        StmtKind::With { body, .. } => find_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        StmtKind::Try { body, handlers, orelse, finalbody }
        | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            find_annotations(body)
                || handlers.iter().any(|h| find_annotations(&h.body))
                || find_annotations(orelse)
                || find_annotations(finalbody)
        }
        _ => false,
    })
}

pub(crate) fn folds_to_constant(expr: &crate::ast::Expr) -> bool {
    fold::fold(expr).is_some()
}
