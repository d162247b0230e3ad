//! The tuple form `_ast.py` produces from node objects, back to `src/ast.rs` (for
//! `compile()` of an AST). `_ast.py` has already checked field types and required fields
//! with CPython's messages; anything still malformed is reported, never a panic.

use num_bigint::BigInt;

use super::to_py::{CMPOPS, OPERATORS};
use crate::ast::*;
use crate::objects::payload::Payload;
use crate::objects::str::as_str;
use crate::objects::value::Value;

type R<T> = Result<T, String>;

/// A node tuple: its class name, position and fields.
struct Node<'a> {
    name: &'a str,
    loc: Loc,
    fields: &'a [Value],
}

fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(items)) => Some(items),
        _ => None,
    }
}

fn num(v: &Value) -> u32 {
    match v {
        Value::Int(i) => u32::try_from(*i).unwrap_or(0),
        _ => 0,
    }
}

fn node(v: &Value) -> R<Node<'_>> {
    let items = tuple_items(v).ok_or("malformed AST node")?;
    if items.len() < 5 {
        return Err("malformed AST node".into());
    }
    let name = as_str(&items[0]).ok_or("malformed AST node")?;
    let loc = Loc::new(num(&items[1]), num(&items[2]), num(&items[3]), num(&items[4]));
    Ok(Node { name, loc, fields: &items[5..] })
}

impl<'a> Node<'a> {
    fn f(&self, i: usize) -> R<&'a Value> {
        self.fields.get(i).ok_or_else(|| format!("malformed {} node", self.name))
    }
}

fn string(v: &Value) -> R<String> {
    as_str(v).map(str::to_string).ok_or_else(|| "AST string must be of type str".to_string())
}
fn opt_string(v: &Value) -> R<Option<String>> {
    if matches!(v, Value::None) { Ok(None) } else { string(v).map(Some) }
}
fn list<T>(v: &Value, f: impl Fn(&Value) -> R<T>) -> R<Vec<T>> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err("AST field must be a list".into()),
    };
    items.iter().map(f).collect()
}
fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

pub fn module(v: &Value) -> R<Mod> {
    let n = node(v)?;
    match n.name {
        "Module" => Ok(Mod::Module(list(n.f(0)?, stmt)?)),
        "Interactive" => Ok(Mod::Interactive(list(n.f(0)?, stmt)?)),
        "Expression" => Ok(Mod::Expression(Box::new(expr(n.f(0)?)?))),
        other => Err(format!("expected Module, Interactive or Expression node, got {other}")),
    }
}

fn stmts(v: &Value) -> R<Vec<Stmt>> {
    list(v, stmt)
}
fn exprs(v: &Value) -> R<Vec<Expr>> {
    list(v, expr)
}
fn opt_expr(v: &Value) -> R<Option<Expr>> {
    if matches!(v, Value::None) { Ok(None) } else { expr(v).map(Some) }
}
fn bexpr(v: &Value) -> R<Box<Expr>> {
    expr(v).map(Box::new)
}

fn stmt(v: &Value) -> R<Stmt> {
    let n = node(v)?;
    let f = |i| n.f(i);
    let kind = match n.name {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            is_async: n.name == "AsyncFunctionDef",
            name: string(f(0)?)?,
            args: arguments(f(1)?)?,
            body: stmts(f(2)?)?,
            decorator_list: exprs(f(3)?)?,
            returns: opt_expr(f(4)?)?,
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: string(f(0)?)?,
            bases: exprs(f(1)?)?,
            keywords: list(f(2)?, keyword)?,
            body: stmts(f(3)?)?,
            decorator_list: exprs(f(4)?)?,
        })),
        "Return" => StmtKind::Return(opt_expr(f(0)?)?),
        "Delete" => StmtKind::Delete(exprs(f(0)?)?),
        "Assign" => StmtKind::Assign { targets: exprs(f(0)?)?, value: expr(f(1)?)? },
        "AugAssign" => StmtKind::AugAssign { target: expr(f(0)?)?, op: operator(f(1)?)?, value: expr(f(2)?)? },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(f(0)?)?,
            annotation: expr(f(1)?)?,
            value: opt_expr(f(2)?)?,
            simple: int(f(3)?) != 0,
        },
        "For" | "AsyncFor" => StmtKind::For {
            is_async: n.name == "AsyncFor",
            target: expr(f(0)?)?,
            iter: expr(f(1)?)?,
            body: stmts(f(2)?)?,
            orelse: stmts(f(3)?)?,
        },
        "While" => StmtKind::While { test: expr(f(0)?)?, body: stmts(f(1)?)?, orelse: stmts(f(2)?)? },
        "If" => StmtKind::If { test: expr(f(0)?)?, body: stmts(f(1)?)?, orelse: stmts(f(2)?)? },
        "With" | "AsyncWith" => StmtKind::With { is_async: n.name == "AsyncWith", items: list(f(0)?, withitem)?, body: stmts(f(1)?)? },
        "Match" => StmtKind::Match { subject: expr(f(0)?)?, cases: list(f(1)?, match_case)? },
        "Raise" => StmtKind::Raise { exc: opt_expr(f(0)?)?, cause: opt_expr(f(1)?)? },
        "Try" | "TryStar" => {
            let (body, handlers, orelse, finalbody) = (stmts(f(0)?)?, list(f(1)?, handler)?, stmts(f(2)?)?, stmts(f(3)?)?);
            if n.name == "Try" {
                StmtKind::Try { body, handlers, orelse, finalbody }
            } else {
                StmtKind::TryStar { body, handlers, orelse, finalbody }
            }
        }
        "Assert" => StmtKind::Assert { test: expr(f(0)?)?, msg: opt_expr(f(1)?)? },
        "Import" => StmtKind::Import(list(f(0)?, alias)?),
        "ImportFrom" => StmtKind::ImportFrom {
            module: opt_string(f(0)?)?,
            names: list(f(1)?, alias)?,
            level: u32::try_from(int(f(2)?)).map_err(|_| "Negative ImportFrom level")?,
        },
        "Global" => StmtKind::Global(list(f(0)?, string)?),
        "Nonlocal" => StmtKind::Nonlocal(list(f(0)?, string)?),
        "Expr" => StmtKind::Expr(expr(f(0)?)?),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => return Err(format!("expected some sort of stmt, but got {other}")),
    };
    Ok(Stmt { loc: n.loc, kind })
}

fn name_of(v: &Value) -> R<&str> {
    as_str(v).ok_or_else(|| "malformed AST operator".to_string())
}

fn operator(v: &Value) -> R<Operator> {
    let s = name_of(v)?;
    OPERATORS.iter().find(|(_, n)| *n == s).map(|(o, _)| *o).ok_or_else(|| format!("expected some sort of operator, but got {s}"))
}
fn cmpop(v: &Value) -> R<CmpOp> {
    let s = name_of(v)?;
    CMPOPS.iter().find(|(_, n)| *n == s).map(|(o, _)| *o).ok_or_else(|| format!("expected some sort of cmpop, but got {s}"))
}
fn ctx(v: &Value) -> R<Ctx> {
    match name_of(v)? {
        "Load" => Ok(Ctx::Load),
        "Store" => Ok(Ctx::Store),
        "Del" => Ok(Ctx::Del),
        s => Err(format!("expected some sort of expr_context, but got {s}")),
    }
}

thread_local! {
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Trees built by hand can nest deeper than the parser allows: bound the recursion here.
fn expr(v: &Value) -> R<Expr> {
    let d = DEPTH.with(|d| d.get());
    if d > 5000 {
        return Err("AST nesting too deep".into());
    }
    DEPTH.with(|c| c.set(d + 1));
    let r = expr_inner(v);
    DEPTH.with(|c| c.set(d));
    r
}

fn expr_inner(v: &Value) -> R<Expr> {
    let n = node(v)?;
    let f = |i| n.f(i);
    let gens = |i| list(n.f(i)?, comprehension);
    let kind = match n.name {
        "BoolOp" => ExprKind::BoolOp {
            op: match name_of(f(0)?)? {
                "And" => BoolOp::And,
                "Or" => BoolOp::Or,
                s => return Err(format!("expected some sort of boolop, but got {s}")),
            },
            values: exprs(f(1)?)?,
        },
        "NamedExpr" => ExprKind::NamedExpr { target: bexpr(f(0)?)?, value: bexpr(f(1)?)? },
        "BinOp" => ExprKind::BinOp { left: bexpr(f(0)?)?, op: operator(f(1)?)?, right: bexpr(f(2)?)? },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match name_of(f(0)?)? {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                "USub" => UnaryOp::USub,
                s => return Err(format!("expected some sort of unaryop, but got {s}")),
            },
            operand: bexpr(f(1)?)?,
        },
        "Lambda" => ExprKind::Lambda { args: Box::new(arguments(f(0)?)?), body: bexpr(f(1)?)? },
        "IfExp" => ExprKind::IfExp { test: bexpr(f(0)?)?, body: bexpr(f(1)?)?, orelse: bexpr(f(2)?)? },
        "Dict" => ExprKind::Dict { keys: list(f(0)?, opt_expr)?, values: exprs(f(1)?)? },
        "Set" => ExprKind::Set(exprs(f(0)?)?),
        "ListComp" => ExprKind::ListComp { elt: bexpr(f(0)?)?, generators: gens(1)? },
        "SetComp" => ExprKind::SetComp { elt: bexpr(f(0)?)?, generators: gens(1)? },
        "GeneratorExp" => ExprKind::GeneratorExp { elt: bexpr(f(0)?)?, generators: gens(1)? },
        "DictComp" => ExprKind::DictComp { key: bexpr(f(0)?)?, value: bexpr(f(1)?)?, generators: gens(2)? },
        "Await" => ExprKind::Await(bexpr(f(0)?)?),
        "Yield" => ExprKind::Yield(opt_expr(f(0)?)?.map(Box::new)),
        "YieldFrom" => ExprKind::YieldFrom(bexpr(f(0)?)?),
        "Compare" => ExprKind::Compare { left: bexpr(f(0)?)?, ops: list(f(1)?, cmpop)?, comparators: exprs(f(2)?)? },
        "Call" => ExprKind::Call { func: bexpr(f(0)?)?, args: exprs(f(1)?)?, keywords: list(f(2)?, keyword)? },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bexpr(f(0)?)?,
            conversion: match int(f(1)?) {
                -1 => None,
                c => Some(char::from_u32(c as u32).filter(|c| "sra".contains(*c)).ok_or("Unknown f-value conversion kind")?),
            },
            format_spec: opt_expr(f(2)?)?.map(Box::new),
        },
        "JoinedStr" => ExprKind::JoinedStr(exprs(f(0)?)?),
        "Constant" => return constant_expr(f(0)?, n.loc),
        "Attribute" => ExprKind::Attribute { value: bexpr(f(0)?)?, attr: string(f(1)?)?, ctx: ctx(f(2)?)? },
        "Subscript" => ExprKind::Subscript { value: bexpr(f(0)?)?, slice: bexpr(f(1)?)?, ctx: ctx(f(2)?)? },
        "Starred" => ExprKind::Starred { value: bexpr(f(0)?)?, ctx: ctx(f(1)?)? },
        "Name" => ExprKind::Name { id: string(f(0)?)?, ctx: ctx(f(1)?)? },
        "List" => ExprKind::List { elts: exprs(f(0)?)?, ctx: ctx(f(1)?)? },
        "Tuple" => ExprKind::Tuple { elts: exprs(f(0)?)?, ctx: ctx(f(1)?)? },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(f(0)?)?.map(Box::new),
            upper: opt_expr(f(1)?)?.map(Box::new),
            step: opt_expr(f(2)?)?.map(Box::new),
        },
        other => return Err(format!("expected some sort of expr, but got {other}")),
    };
    Ok(Expr { loc: n.loc, kind })
}

/// A constant value; tuples and frozensets of constants (which CPython's optimiser
/// produces) become tuple displays, which fold back to constants.
fn constant_expr(v: &Value, loc: Loc) -> R<Expr> {
    let kind = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => {
                let elts = items.iter().map(|x| constant_expr(x, loc)).collect::<R<Vec<_>>>()?;
                ExprKind::Tuple { elts, ctx: Ctx::Load }
            }
            _ => ExprKind::Constant(constant(v)?),
        },
        _ => ExprKind::Constant(constant(v)?),
    };
    Ok(Expr { loc, kind })
}

pub fn constant(v: &Value) -> R<Constant> {
    Ok(match v {
        Value::None => Constant::None,
        Value::Bool(b) => Constant::Bool(*b),
        Value::Int(i) => Constant::Int(BigInt::from(*i)),
        Value::Float(f) => Constant::Float(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Int(i) => Constant::Int(i.to_bigint()),
            Payload::Complex(re, im) => Constant::Complex { real: *re, imag: *im },
            Payload::Str(s) => match as_str(v) {
                Some(s) => Constant::Str(s.to_string()),
                None => Constant::SurrogateStr(s.code_points()),
            },
            Payload::Bytes(b) => Constant::Bytes(b.to_vec()),
            Payload::Ellipsis => Constant::Ellipsis,
            _ => return Err("got an invalid type in Constant".into()),
        },
    })
}

fn comprehension(v: &Value) -> R<Comprehension> {
    let n = node(v)?;
    Ok(Comprehension { target: expr(n.f(0)?)?, iter: expr(n.f(1)?)?, ifs: exprs(n.f(2)?)?, is_async: int(n.f(3)?) != 0 })
}
fn handler(v: &Value) -> R<ExceptHandler> {
    let n = node(v)?;
    Ok(ExceptHandler { loc: n.loc, typ: opt_expr(n.f(0)?)?, name: opt_string(n.f(1)?)?, body: stmts(n.f(2)?)? })
}
fn opt_arg(v: &Value) -> R<Option<Arg>> {
    if matches!(v, Value::None) { Ok(None) } else { arg(v).map(Some) }
}
fn arguments(v: &Value) -> R<Arguments> {
    let n = node(v)?;
    Ok(Arguments {
        posonlyargs: list(n.f(0)?, arg)?,
        args: list(n.f(1)?, arg)?,
        vararg: opt_arg(n.f(2)?)?,
        kwonlyargs: list(n.f(3)?, arg)?,
        kw_defaults: list(n.f(4)?, opt_expr)?,
        kwarg: opt_arg(n.f(5)?)?,
        defaults: exprs(n.f(6)?)?,
    })
}
fn arg(v: &Value) -> R<Arg> {
    let n = node(v)?;
    Ok(Arg { loc: n.loc, name: string(n.f(0)?)?, annotation: opt_expr(n.f(1)?)? })
}
fn keyword(v: &Value) -> R<Keyword> {
    let n = node(v)?;
    Ok(Keyword { loc: n.loc, arg: opt_string(n.f(0)?)?, value: expr(n.f(1)?)? })
}
fn alias(v: &Value) -> R<Alias> {
    let n = node(v)?;
    Ok(Alias { loc: n.loc, name: string(n.f(0)?)?, asname: opt_string(n.f(1)?)? })
}
fn withitem(v: &Value) -> R<WithItem> {
    let n = node(v)?;
    Ok(WithItem { context_expr: expr(n.f(0)?)?, optional_vars: opt_expr(n.f(1)?)? })
}
fn match_case(v: &Value) -> R<MatchCase> {
    let n = node(v)?;
    Ok(MatchCase { pattern: pattern(n.f(0)?)?, guard: opt_expr(n.f(1)?)?, body: stmts(n.f(2)?)? })
}
fn pattern(v: &Value) -> R<Pattern> {
    let n = node(v)?;
    let f = |i| n.f(i);
    let pats = |i| list(n.f(i)?, pattern);
    let kind = match n.name {
        "MatchValue" => PatternKind::MatchValue(expr(f(0)?)?),
        "MatchSingleton" => PatternKind::MatchSingleton(constant(f(0)?)?),
        "MatchSequence" => PatternKind::MatchSequence(pats(0)?),
        "MatchMapping" => PatternKind::MatchMapping { keys: exprs(f(0)?)?, patterns: pats(1)?, rest: opt_string(f(2)?)? },
        "MatchClass" => PatternKind::MatchClass {
            cls: expr(f(0)?)?,
            patterns: pats(1)?,
            kwd_attrs: list(f(2)?, string)?,
            kwd_patterns: pats(3)?,
        },
        "MatchStar" => PatternKind::MatchStar(opt_string(f(0)?)?),
        "MatchAs" => PatternKind::MatchAs {
            pattern: if matches!(f(0)?, Value::None) { None } else { Some(Box::new(pattern(f(0)?)?)) },
            name: opt_string(f(1)?)?,
        },
        "MatchOr" => PatternKind::MatchOr(pats(0)?),
        other => return Err(format!("expected some sort of pattern, but got {other}")),
    };
    Ok(Pattern { loc: n.loc, kind })
}
