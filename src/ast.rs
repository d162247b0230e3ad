//! The abstract syntax tree: the boundary between the parser and everything after it.
//!
//! Shapes follow CPython's `ast` module (Python/Python.asdl) so that anyone who knows
//! `ast.dump` output can read these, minus `match` and type parameters.
//! Every node carries a `Loc`: 1-based lines, 0-based columns counted in UTF-8 bytes
//! (CPython's `col_offset` convention); end positions are exclusive.

use num_bigint::BigInt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Loc {
    pub fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
        Loc { line, col, end_line, end_col }
    }
    /// The span from the start of `self` to the end of `other`.
    pub fn to(self, other: Loc) -> Loc {
        Loc { line: self.line, col: self.col, end_line: other.end_line, end_col: other.end_col }
    }
}

/// What `compile()` was asked to parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module / script (`exec`).
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`): expression statements print their value.
    Single,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    Module(Vec<Stmt>),
    Interactive(Vec<Stmt>),
    Expression(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` in source order.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: Operator, value: Expr },
    /// `simple` is true for a bare name target not in parentheses (CPython's meaning).
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    For { is_async: bool, target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { is_async: bool, items: Vec<WithItem>, body: Vec<Stmt> },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    /// `try: ... except* E: ...` (PEP 654); always has at least one handler.
    TryStar { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    Match { subject: Expr, cases: Vec<MatchCase> },
    Assert { test: Expr, msg: Option<Expr> },
    Import(Vec<Alias>),
    /// `from ..a.b import x`: module `Some("a.b")`, level 2. `from . import x`: module None, level 1.
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32 },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub is_async: bool,
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp { op: BoolOp, values: Vec<Expr> },
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: Operator, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// A `None` key is a `**mapping` entry whose mapping is the matching value.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// Positional arguments may contain `Starred`; keywords with `arg: None` are `**x`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// One `{...}` of an f-string. `conversion` is one of 's', 'r', 'a'.
    FormattedValue { value: Box<Expr>, conversion: Option<char>, format_spec: Option<Box<Expr>> },
    /// An f-string: a sequence of `Constant(Str)` and `FormattedValue` parts.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute { value: Box<Expr>, attr: String, ctx: Ctx },
    Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: Ctx },
    Starred { value: Box<Expr>, ctx: Ctx },
    Name { id: String, ctx: Ctx },
    List { elts: Vec<Expr>, ctx: Ctx },
    Tuple { elts: Vec<Expr>, ctx: Ctx },
    /// Only inside a subscript: `a[lo:hi:step]`.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// A literal. Strings are Rust strings, except a str holding a lone surrogate escape
/// (`"\ud800"`), which a Rust string cannot hold: that one is `SurrogateStr`.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal `3j`: real part is always 0.0 in source.
    Complex { real: f64, imag: f64 },
    Str(String),
    /// The code points of a str literal with at least one lone surrogate.
    SurrogateStr(Vec<u32>),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub loc: Loc,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// One `case` block of a `match` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub loc: Loc,
    pub kind: PatternKind,
}

/// Patterns as CPython's `ast.pattern` (PEP 634).
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`.
    MatchValue(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    MatchSingleton(Constant),
    MatchSequence(Vec<Pattern>),
    MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String> },
    MatchClass { cls: Expr, patterns: Vec<Pattern>, kwd_attrs: Vec<String>, kwd_patterns: Vec<Pattern> },
    /// `*name` inside a sequence pattern; `*_` has no name.
    MatchStar(Option<String>),
    /// A capture (`name`), the wildcard `_` (neither part), or `pattern as name`.
    MatchAs { pattern: Option<Box<Pattern>>, name: Option<String> },
    MatchOr(Vec<Pattern>),
}

/// Parameters of a `def` or `lambda`, as CPython's `ast.arguments`.
/// `defaults` belong to the last `defaults.len()` of `posonlyargs ++ args`;
/// `kw_defaults` is parallel to `kwonlyargs` (None where there is no default).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub loc: Loc,
    pub name: String,
    pub annotation: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub loc: Loc,
    /// None for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub loc: Loc,
    /// Dotted name for `import a.b.c`; `*` for `from m import *`.
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}
