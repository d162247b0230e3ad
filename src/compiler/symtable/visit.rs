//! First pass: walk the AST recording, per scope, how each name is used.

use std::collections::HashMap;

use super::*;
use crate::ast::*;
use crate::compiler::error::CompileError;

struct Builder {
    future_annotations: bool,
    blocks: Vec<Block>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    depth: u32,
}

/// `future_annotations`: annotations are strings, so their names are not uses.
pub fn build(module: &Mod, future_annotations: bool) -> Result<SymbolTable, CompileError> {
    let mut b = Builder { blocks: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), depth: 0, future_annotations };
    b.blocks.push(Block::new("top", BlockType::Module, false, None));
    b.by_node.insert(module as *const Mod as usize, 0);
    b.stack.push(0);
    match module {
        Mod::Module(body) | Mod::Interactive(body) => b.stmts(body)?,
        Mod::Expression(e) => b.expr(e)?,
    }
    let mut table = SymbolTable { blocks: b.blocks, by_node: b.by_node };
    super::analyze::analyze(&mut table)?;
    Ok(table)
}

impl Builder {
    fn cur(&mut self) -> &mut Block {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.blocks[i]
    }

    fn cur_idx(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Result<(), CompileError> {
        let private = self.cur().private.clone();
        let name = mangle(private.as_deref(), name);
        let block = self.cur();
        let old = block.flags_of(&name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(CompileError::syntax(
                format!("duplicate argument '{}' in function definition", name),
                loc,
            ));
        }
        let mut flags = old | flag;
        if flag & DEF_PARAM != 0 {
            block.params.push(name.clone());
        }
        if block.comp_iter_expr > 0 && flag & DEF_LOCAL != 0 {
            flags |= DEF_COMP_ITER;
        }
        block.symbols.insert(name.clone(), Symbol { flags, scope: Scope::Local });
        if flag & DEF_GLOBAL != 0 {
            // Record in the module block so implicit lookups there see it too.
            let top = &mut self.blocks[0];
            let f = top.flags_of(&name) | DEF_GLOBAL;
            top.symbols.insert(name, Symbol { flags: f, scope: Scope::Local });
        }
        Ok(())
    }

    fn enter(&mut self, name: &str, typ: BlockType, key: usize) -> usize {
        let parent = self.cur_idx();
        let nested = self.blocks[parent].nested || self.blocks[parent].typ == BlockType::Function;
        let private = if typ == BlockType::Class {
            Some(name.to_string())
        } else {
            self.blocks[parent].private.clone()
        };
        let idx = self.blocks.len();
        self.blocks.push(Block::new(name, typ, nested, private));
        self.blocks[parent].children.push(idx);
        self.by_node.insert(key, idx);
        self.stack.push(idx);
        idx
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    #[inline(never)]
    fn guard(&mut self, loc: Loc) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError::recursion(loc));
        }
        Ok(())
    }

    /// Captures in a pattern bind like assignments; values and class names are loads.
    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
                for q in items {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(n) = rest {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.guard(s.loc)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.exprs(&f.decorator_list)?;
                self.defaults(&f.args)?;
                self.annotations(&f.args, f.returns.as_ref())?;
                let key = &**f as *const FunctionDef as usize;
                self.enter(&f.name, BlockType::Function, key);
                if f.is_async {
                    self.cur().is_coroutine = true;
                }
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.leave();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorator_list)?;
                let key = &**c as *const ClassDef as usize;
                self.enter(&c.name, BlockType::Class, key);
                self.stmts(&c.body)?;
                self.leave();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.cur().flags_of(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_idx() != 0 && *simple {
                        let kind = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(CompileError::syntax(
                            format!("annotated name '{}' can't be {}", id, kind),
                            s.loc,
                        ));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                if !self.future_annotations {
                    self.expr(annotation)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody }
            | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().typ != BlockType::Module {
                            return Err(CompileError::syntax(
                                "import * only allowed at module level".into(),
                                a.loc,
                            ));
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_def(bound, DEF_IMPORT, a.loc)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let private = self.cur().private.clone();
                    let cur = self.cur().flags_of(&mangle(private.as_deref(), n));
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and global", n)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to global declaration", n)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be global", n)
                        } else {
                            format!("name '{}' is assigned to before global declaration", n)
                        };
                        return Err(CompileError::syntax(msg, s.loc));
                    }
                    self.add_def(n, DEF_GLOBAL, s.loc)?;
                    self.cur().directives.entry(n.clone()).or_insert(s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let private = self.cur().private.clone();
                    let cur = self.cur().flags_of(&mangle(private.as_deref(), n));
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{}' is parameter and nonlocal", n)
                        } else if cur & USE != 0 {
                            format!("name '{}' is used prior to nonlocal declaration", n)
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{}' can't be nonlocal", n)
                        } else {
                            format!("name '{}' is assigned to before nonlocal declaration", n)
                        };
                        return Err(CompileError::syntax(msg, s.loc));
                    }
                    if self.cur().typ == BlockType::Module {
                        return Err(CompileError::syntax(
                            "nonlocal declaration not allowed at module level".into(),
                            s.loc,
                        ));
                    }
                    self.add_def(n, DEF_NONLOCAL, s.loc)?;
                    self.cur().directives.entry(n.clone()).or_insert(s.loc);
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn defaults(&mut self, a: &Arguments) -> Result<(), CompileError> {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> Result<(), CompileError> {
        if self.future_annotations {
            return Ok(());
        }
        let all = a.posonlyargs.iter().chain(&a.args).chain(&a.vararg).chain(&a.kwonlyargs).chain(&a.kwarg);
        for arg in all {
            if let Some(ann) = &arg.annotation {
                self.expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> Result<(), CompileError> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.name, DEF_PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.name, DEF_PARAM, v.loc)?;
            self.cur().has_varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.loc)?;
            self.cur().has_varkeywords = true;
        }
        // Keep CPython's varnames order: positional, keyword-only, *args, **kwargs.
        let block = self.cur();
        let n_pos_kw = a.posonlyargs.len() + a.args.len() + a.kwonlyargs.len();
        if block.params.len() >= n_pos_kw {
            // already in that order since we added them in that order
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.guard(e.loc)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    /// Hot recursive cases with a small frame; the rest lives in `expr_other`.
    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr_other(e),
        }
    }

    #[inline(never)]
    fn expr_other(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => self.named_expr(e, target, value)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(elts) => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "listcomp", generators, elt, None)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "setcomp", generators, elt, None)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "genexpr", generators, elt, None)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "dictcomp", generators, key, Some(value))?
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                // CPython: an await inside a comprehension makes the comprehension
                // itself a coroutine (awaited by its caller, or an async genexpr).
                if self.cur().is_comprehension {
                    self.cur().is_coroutine = true;
                }
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.mark_yield(e.loc)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.mark_yield(e.loc)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Name { id, ctx } => self.name(e, id, *ctx)?,
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    // The helpers below keep expr_inner's stack frame small: it is on the recursion path.
    #[inline(never)]
    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Result<(), CompileError> {
        if self.cur().comp_iter_expr > 0 {
            return Err(CompileError::syntax(
                "assignment expression cannot be used in a comprehension iterable expression".into(),
                e.loc,
            ));
        }
        self.expr(value)?;
        self.walrus_target(target)
    }

    #[inline(never)]
    fn lambda(&mut self, e: &Expr, args: &Arguments, body: &Expr) -> Result<(), CompileError> {
        self.defaults(args)?;
        self.enter("lambda", BlockType::Function, e as *const Expr as usize);
        self.params(args)?;
        self.expr(body)?;
        self.leave();
        Ok(())
    }

    #[inline(never)]
    fn name(&mut self, e: &Expr, id: &str, ctx: Ctx) -> Result<(), CompileError> {
        let flag = if ctx == Ctx::Load { USE } else { DEF_LOCAL };
        self.add_def(id, flag, e.loc)?;
        if ctx == Ctx::Load && id == "super" && self.cur().typ == BlockType::Function {
            self.add_def("__class__", USE, e.loc)?;
        }
        Ok(())
    }

    #[inline(never)]
    fn mark_yield(&mut self, loc: Loc) -> Result<(), CompileError> {
        let block = self.cur();
        if block.is_comprehension {
            let kind = block.name.trim_start_matches('<').trim_end_matches('>').to_string();
            let what = match kind.as_str() {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(CompileError::syntax(format!("'yield' inside {}", what), loc));
        }
        block.is_generator = true;
        Ok(())
    }

    /// PEP 572: a walrus target inside a comprehension binds in the nearest enclosing
    /// non-comprehension scope.
    #[inline(never)]
    fn walrus_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.expr(target);
        };
        if !self.cur().is_comprehension {
            return self.add_def(id, DEF_LOCAL, target.loc);
        }
        for pos in (0..self.stack.len()).rev() {
            let idx = self.stack[pos];
            let block = &self.blocks[idx];
            if block.is_comprehension {
                if block.flags_of(id) & DEF_COMP_ITER != 0 {
                    return Err(CompileError::syntax(
                        format!("assignment expression cannot rebind comprehension iteration variable '{}'", id),
                        target.loc,
                    ));
                }
                continue;
            }
            match block.typ {
                BlockType::Function => {
                    let flag = if block.flags_of(id) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(id, flag, target.loc)?;
                    self.cur().directives.entry(id.clone()).or_insert(target.loc);
                    self.add_def_in(idx, id, DEF_LOCAL);
                    return Ok(());
                }
                BlockType::Module => {
                    self.add_def(id, DEF_GLOBAL, target.loc)?;
                    self.cur().directives.entry(id.clone()).or_insert(target.loc);
                    self.add_def_in(idx, id, DEF_GLOBAL);
                    return Ok(());
                }
                BlockType::Class => {
                    return Err(CompileError::syntax(
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                        target.loc,
                    ));
                }
            }
        }
        Ok(())
    }

    fn add_def_in(&mut self, idx: usize, name: &str, flag: u32) {
        let block = &mut self.blocks[idx];
        let f = block.flags_of(name) | flag;
        block.symbols.insert(name.to_string(), Symbol { flags: f, scope: Scope::Local });
    }

    #[inline(never)]
    fn comprehension(
        &mut self,
        e: &Expr,
        kind: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else { return Ok(()) };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        let name = format!("<{}>", kind);
        self.enter(&name, BlockType::Function, e as *const Expr as usize);
        let is_async = generators.iter().any(|g| g.is_async);
        {
            let block = self.cur();
            block.is_comprehension = true;
            if kind == "genexpr" {
                block.is_generator = true;
            }
            if is_async {
                block.is_coroutine = true;
            }
        }
        self.add_def(".0", DEF_PARAM, first.iter.loc)?;
        self.comp_generator(first, true)?;
        for g in &generators[1..] {
            self.comp_generator(g, false)?;
        }
        self.expr(elt)?;
        if let Some(v) = value {
            self.expr(v)?;
        }
        let awaited = self.cur().is_coroutine && kind != "genexpr";
        self.leave();
        // An async list/set/dict comprehension is awaited where it is built, so an
        // enclosing comprehension becomes a coroutine too.
        if awaited && self.cur().is_comprehension {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_generator(&mut self, g: &Comprehension, first: bool) -> Result<(), CompileError> {
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&g.target);
        self.cur().comp_iter_expr -= 1;
        r?;
        if !first {
            self.cur().comp_iter_expr += 1;
            let r = self.expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
        }
        self.exprs(&g.ifs)
    }
}

