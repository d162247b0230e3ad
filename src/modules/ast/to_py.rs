//! `src/ast.rs` to the tuple form `_ast.py` turns into node objects.
//!
//! A node is `(class name, lineno, col_offset, end_lineno, end_col_offset, *fields)` with
//! the fields in `_fields` order; classes without positions carry zeros there. Simple sum
//! values (operators, contexts) are just their class name; lists are lists.

use crate::ast::*;
use crate::objects::value::Value;
use crate::vm::Vm;

pub struct Enc<'a> {
    pub vm: &'a Vm,
    /// The source and the byte offset of each line, to see `u` string prefixes
    /// (CPython's `Constant.kind`), which the tree does not record.
    pub src: &'a str,
    pub line_starts: Vec<usize>,
}

impl<'a> Enc<'a> {
    pub fn new(vm: &'a Vm, src: &'a str) -> Enc<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Enc { vm, src, line_starts }
    }

    /// `'u'` when the literal at `loc` is written with a lowercase u prefix (CPython
    /// ignores `U` there), else None.
    fn str_kind(&self, loc: Loc) -> Value {
        let start = (loc.line as usize).checked_sub(1).and_then(|l| self.line_starts.get(l)).map(|s| s + loc.col as usize);
        let prefix = start.and_then(|i| self.src.as_bytes().get(i..i + 2));
        match prefix {
            Some([b'u', b'\'' | b'"']) => self.s("u"),
            _ => Value::None,
        }
    }

    fn s(&self, s: &str) -> Value {
        self.vm.new_str(s)
    }
    fn node(&self, name: &str, loc: Option<Loc>, fields: Vec<Value>) -> Value {
        let l = loc.unwrap_or_default();
        let mut items = vec![self.s(name), Value::Int(l.line as i64), Value::Int(l.col as i64), Value::Int(l.end_line as i64), Value::Int(l.end_col as i64)];
        items.extend(fields);
        self.vm.new_tuple(items)
    }
    /// Identifiers are interned, as CPython's parser interns them.
    fn id(&self, s: &str) -> Value {
        self.vm.interp.intern(s)
    }
    fn opt_s(&self, s: &Option<String>) -> Value {
        s.as_ref().map_or(Value::None, |s| self.s(s))
    }
    fn list<T>(&self, xs: &[T], f: impl Fn(&Self, &T) -> Value) -> Value {
        self.vm.new_list(xs.iter().map(|x| f(self, x)).collect())
    }
    fn stmts(&self, xs: &[Stmt]) -> Value {
        self.list(xs, Self::stmt)
    }
    fn exprs(&self, xs: &[Expr]) -> Value {
        self.list(xs, Self::expr)
    }
    fn opt_expr(&self, e: Option<&Expr>) -> Value {
        e.map_or(Value::None, |e| self.expr(e))
    }

    pub fn module(&self, m: &Mod) -> Value {
        match m {
            Mod::Module(b) => self.node("Module", None, vec![self.stmts(b), self.vm.new_list(vec![])]),
            Mod::Interactive(b) => self.node("Interactive", None, vec![self.stmts(b)]),
            Mod::Expression(e) => self.node("Expression", None, vec![self.expr(e)]),
        }
    }

    fn stmt(&self, st: &Stmt) -> Value {
        let loc = Some(st.loc);
        let n = |name: &str, f: Vec<Value>| self.node(name, loc, f);
        match &st.kind {
            StmtKind::FunctionDef(f) => n(
                if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
                vec![self.id(&f.name), self.arguments(&f.args), self.stmts(&f.body), self.exprs(&f.decorator_list), self.opt_expr(f.returns.as_ref()), Value::None],
            ),
            StmtKind::ClassDef(c) => n(
                "ClassDef",
                vec![self.id(&c.name), self.exprs(&c.bases), self.list(&c.keywords, Self::keyword), self.stmts(&c.body), self.exprs(&c.decorator_list)],
            ),
            StmtKind::Return(v) => n("Return", vec![self.opt_expr(v.as_ref())]),
            StmtKind::Delete(t) => n("Delete", vec![self.exprs(t)]),
            StmtKind::Assign { targets, value } => n("Assign", vec![self.exprs(targets), self.expr(value), Value::None]),
            StmtKind::AugAssign { target, op, value } => n("AugAssign", vec![self.expr(target), self.s(op_name(*op)), self.expr(value)]),
            StmtKind::AnnAssign { target, annotation, value, simple } => n(
                "AnnAssign",
                vec![self.expr(target), self.expr(annotation), self.opt_expr(value.as_ref()), Value::Int(*simple as i64)],
            ),
            StmtKind::For { is_async, target, iter, body, orelse } => n(
                if *is_async { "AsyncFor" } else { "For" },
                vec![self.expr(target), self.expr(iter), self.stmts(body), self.stmts(orelse), Value::None],
            ),
            StmtKind::While { test, body, orelse } => n("While", vec![self.expr(test), self.stmts(body), self.stmts(orelse)]),
            StmtKind::If { test, body, orelse } => n("If", vec![self.expr(test), self.stmts(body), self.stmts(orelse)]),
            StmtKind::With { is_async, items, body } => n(
                if *is_async { "AsyncWith" } else { "With" },
                vec![self.list(items, Self::withitem), self.stmts(body), Value::None],
            ),
            StmtKind::Match { subject, cases } => n("Match", vec![self.expr(subject), self.list(cases, Self::match_case)]),
            StmtKind::Raise { exc, cause } => n("Raise", vec![self.opt_expr(exc.as_ref()), self.opt_expr(cause.as_ref())]),
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => n(
                if matches!(st.kind, StmtKind::Try { .. }) { "Try" } else { "TryStar" },
                vec![self.stmts(body), self.list(handlers, Self::handler), self.stmts(orelse), self.stmts(finalbody)],
            ),
            StmtKind::Assert { test, msg } => n("Assert", vec![self.expr(test), self.opt_expr(msg.as_ref())]),
            StmtKind::Import(names) => n("Import", vec![self.list(names, Self::alias)]),
            StmtKind::ImportFrom { module, names, level } => {
                n("ImportFrom", vec![self.opt_s(module), self.list(names, Self::alias), Value::Int(*level as i64)])
            }
            StmtKind::Global(names) => n("Global", vec![self.list(names, |e, s| e.s(s))]),
            StmtKind::Nonlocal(names) => n("Nonlocal", vec![self.list(names, |e, s| e.s(s))]),
            StmtKind::Expr(e) => n("Expr", vec![self.expr(e)]),
            StmtKind::Pass => n("Pass", vec![]),
            StmtKind::Break => n("Break", vec![]),
            StmtKind::Continue => n("Continue", vec![]),
        }
    }

    fn expr(&self, ex: &Expr) -> Value {
        let loc = Some(ex.loc);
        let n = |name: &str, f: Vec<Value>| self.node(name, loc, f);
        let b = |e: &Expr| self.expr(e);
        match &ex.kind {
            ExprKind::BoolOp { op, values } => {
                n("BoolOp", vec![self.s(if *op == BoolOp::And { "And" } else { "Or" }), self.exprs(values)])
            }
            ExprKind::NamedExpr { target, value } => n("NamedExpr", vec![b(target), b(value)]),
            ExprKind::BinOp { left, op, right } => n("BinOp", vec![b(left), self.s(op_name(*op)), b(right)]),
            ExprKind::UnaryOp { op, operand } => {
                let name = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                n("UnaryOp", vec![self.s(name), b(operand)])
            }
            ExprKind::Lambda { args, body } => n("Lambda", vec![self.arguments(args), b(body)]),
            ExprKind::IfExp { test, body, orelse } => n("IfExp", vec![b(test), b(body), b(orelse)]),
            ExprKind::Dict { keys, values } => n("Dict", vec![self.list(keys, |e, k| e.opt_expr(k.as_ref())), self.exprs(values)]),
            ExprKind::Set(elts) => n("Set", vec![self.exprs(elts)]),
            ExprKind::ListComp { elt, generators } => n("ListComp", vec![b(elt), self.list(generators, Self::comprehension)]),
            ExprKind::SetComp { elt, generators } => n("SetComp", vec![b(elt), self.list(generators, Self::comprehension)]),
            ExprKind::GeneratorExp { elt, generators } => {
                n("GeneratorExp", vec![b(elt), self.list(generators, Self::comprehension)])
            }
            ExprKind::DictComp { key, value, generators } => {
                n("DictComp", vec![b(key), b(value), self.list(generators, Self::comprehension)])
            }
            ExprKind::Await(v) => n("Await", vec![b(v)]),
            ExprKind::Yield(v) => n("Yield", vec![self.opt_expr(v.as_deref())]),
            ExprKind::YieldFrom(v) => n("YieldFrom", vec![b(v)]),
            ExprKind::Compare { left, ops, comparators } => {
                n("Compare", vec![b(left), self.list(ops, |e, o| e.s(cmp_name(*o))), self.exprs(comparators)])
            }
            ExprKind::Call { func, args, keywords } => {
                n("Call", vec![b(func), self.exprs(args), self.list(keywords, Self::keyword)])
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => n(
                "FormattedValue",
                vec![b(value), Value::Int(conversion.map_or(-1, |c| c as i64)), self.opt_expr(format_spec.as_deref())],
            ),
            ExprKind::JoinedStr(values) => n("JoinedStr", vec![self.exprs(values)]),
            ExprKind::Constant(c) => {
                let kind = if matches!(c, Constant::Str(_) | Constant::SurrogateStr(_)) { self.str_kind(ex.loc) } else { Value::None };
                n("Constant", vec![self.constant(c), kind])
            }
            ExprKind::Attribute { value, attr, ctx } => n("Attribute", vec![b(value), self.id(attr), self.s(ctx_name(*ctx))]),
            ExprKind::Subscript { value, slice, ctx } => n("Subscript", vec![b(value), b(slice), self.s(ctx_name(*ctx))]),
            ExprKind::Starred { value, ctx } => n("Starred", vec![b(value), self.s(ctx_name(*ctx))]),
            ExprKind::Name { id, ctx } => n("Name", vec![self.id(id), self.s(ctx_name(*ctx))]),
            ExprKind::List { elts, ctx } => n("List", vec![self.exprs(elts), self.s(ctx_name(*ctx))]),
            ExprKind::Tuple { elts, ctx } => n("Tuple", vec![self.exprs(elts), self.s(ctx_name(*ctx))]),
            ExprKind::Slice { lower, upper, step } => n(
                "Slice",
                vec![self.opt_expr(lower.as_deref()), self.opt_expr(upper.as_deref()), self.opt_expr(step.as_deref())],
            ),
        }
    }

    pub fn constant(&self, c: &Constant) -> Value {
        let vm = self.vm;
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => vm.new_bigint(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => crate::objects::complex::new_complex(vm, *real, *imag),
            Constant::Str(s) => vm.new_str(s),
            Constant::SurrogateStr(cps) => vm.new_pystr(crate::objects::strdata::PyStr::from_code_points(cps)),
            Constant::Bytes(b) => vm.new_bytes(b.clone()),
            Constant::Ellipsis => vm.interp.ellipsis.clone(),
        }
    }

    fn comprehension(&self, c: &Comprehension) -> Value {
        let f = vec![self.expr(&c.target), self.expr(&c.iter), self.exprs(&c.ifs), Value::Int(c.is_async as i64)];
        self.node("comprehension", None, f)
    }
    fn handler(&self, h: &ExceptHandler) -> Value {
        self.node("ExceptHandler", Some(h.loc), vec![self.opt_expr(h.typ.as_ref()), self.opt_s(&h.name), self.stmts(&h.body)])
    }
    fn arguments(&self, a: &Arguments) -> Value {
        let opt_arg = |x: &Option<Arg>| x.as_ref().map_or(Value::None, |x| self.arg(x));
        let f = vec![
            self.list(&a.posonlyargs, Self::arg),
            self.list(&a.args, Self::arg),
            opt_arg(&a.vararg),
            self.list(&a.kwonlyargs, Self::arg),
            self.list(&a.kw_defaults, |e, d| e.opt_expr(d.as_ref())),
            opt_arg(&a.kwarg),
            self.exprs(&a.defaults),
        ];
        self.node("arguments", None, f)
    }
    fn arg(&self, a: &Arg) -> Value {
        self.node("arg", Some(a.loc), vec![self.id(&a.name), self.opt_expr(a.annotation.as_ref()), Value::None])
    }
    fn keyword(&self, k: &Keyword) -> Value {
        self.node("keyword", Some(k.loc), vec![self.opt_s(&k.arg), self.expr(&k.value)])
    }
    fn alias(&self, a: &Alias) -> Value {
        self.node("alias", Some(a.loc), vec![self.s(&a.name), self.opt_s(&a.asname)])
    }
    fn withitem(&self, w: &WithItem) -> Value {
        self.node("withitem", None, vec![self.expr(&w.context_expr), self.opt_expr(w.optional_vars.as_ref())])
    }
    fn match_case(&self, c: &MatchCase) -> Value {
        self.node("match_case", None, vec![self.pattern(&c.pattern), self.opt_expr(c.guard.as_ref()), self.stmts(&c.body)])
    }
    fn pattern(&self, p: &Pattern) -> Value {
        let n = |name: &str, f: Vec<Value>| self.node(name, Some(p.loc), f);
        let pats = |ps: &[Pattern]| self.list(ps, Self::pattern);
        match &p.kind {
            PatternKind::MatchValue(e) => n("MatchValue", vec![self.expr(e)]),
            PatternKind::MatchSingleton(c) => n("MatchSingleton", vec![self.constant(c)]),
            PatternKind::MatchSequence(ps) => n("MatchSequence", vec![pats(ps)]),
            PatternKind::MatchMapping { keys, patterns, rest } => n("MatchMapping", vec![self.exprs(keys), pats(patterns), self.opt_s(rest)]),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => n(
                "MatchClass",
                vec![self.expr(cls), pats(patterns), self.list(kwd_attrs, |e, s| e.s(s)), pats(kwd_patterns)],
            ),
            PatternKind::MatchStar(name) => n("MatchStar", vec![self.opt_s(name)]),
            PatternKind::MatchAs { pattern, name } => {
                n("MatchAs", vec![pattern.as_ref().map_or(Value::None, |p| self.pattern(p)), self.opt_s(name)])
            }
            PatternKind::MatchOr(ps) => n("MatchOr", vec![pats(ps)]),
        }
    }
}

pub const OPERATORS: [(Operator, &str); 13] = [
    (Operator::Add, "Add"),
    (Operator::Sub, "Sub"),
    (Operator::Mult, "Mult"),
    (Operator::MatMult, "MatMult"),
    (Operator::Div, "Div"),
    (Operator::Mod, "Mod"),
    (Operator::Pow, "Pow"),
    (Operator::LShift, "LShift"),
    (Operator::RShift, "RShift"),
    (Operator::BitOr, "BitOr"),
    (Operator::BitXor, "BitXor"),
    (Operator::BitAnd, "BitAnd"),
    (Operator::FloorDiv, "FloorDiv"),
];

pub const CMPOPS: [(CmpOp, &str); 10] = [
    (CmpOp::Eq, "Eq"),
    (CmpOp::NotEq, "NotEq"),
    (CmpOp::Lt, "Lt"),
    (CmpOp::LtE, "LtE"),
    (CmpOp::Gt, "Gt"),
    (CmpOp::GtE, "GtE"),
    (CmpOp::Is, "Is"),
    (CmpOp::IsNot, "IsNot"),
    (CmpOp::In, "In"),
    (CmpOp::NotIn, "NotIn"),
];

fn op_name(op: Operator) -> &'static str {
    OPERATORS.iter().find(|(o, _)| *o == op).map_or("Add", |(_, n)| n)
}
fn cmp_name(op: CmpOp) -> &'static str {
    CMPOPS.iter().find(|(o, _)| *o == op).map_or("Eq", |(_, n)| n)
}
fn ctx_name(c: Ctx) -> &'static str {
    match c {
        Ctx::Load => "Load",
        Ctx::Store => "Store",
        Ctx::Del => "Del",
    }
}
