//! The tokens the grammar consumes: what the lexer and indentation layer produce.

use num_bigint::BigInt;

/// One string literal piece as written (adjacent pieces are joined by the grammar).
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub kind: StrKind,
    /// Decoded text for plain strings; for f-strings the raw text between the quotes.
    pub text: String,
    /// The code points of a plain string whose text holds a lone surrogate (see `StrText`).
    pub wide: Option<Vec<u32>>,
    pub bytes: Vec<u8>,
    pub raw: bool,
    /// Byte offset of the text between the quotes in the full source (f-string sub-parses
    /// report positions relative to it).
    pub content_start: usize,
    /// Whether the literal was triple-quoted (f-string expressions may then span lines).
    pub triple: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrKind {
    Str,
    Bytes,
    FStr,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    /// Selects the grammar's entry point (one table for all three modes).
    StartFile,
    StartEval,
    StartSingle,
    /// A character no rule accepts (`$`, `?`, a backquote): always a syntax error.
    ErrorToken,
    /// A `(` right after `with` whose matching `)` is followed by `:`: parenthesised with-items.
    WithLPar,
    /// The soft keywords `match` and `case`, at the start of a logical line that ends with
    /// `:` (the lexer decides; elsewhere they are names).
    Match,
    Case,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    CircumFlex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumFlexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

impl Tok {
    pub fn keyword(name: &str) -> Option<Tok> {
        Some(match name {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// True for tokens that can end an expression (used for the "forgot a comma" hint).
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_)
                | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::True | Tok::False | Tok::None
                | Tok::Ellipsis
        )
    }

    /// True for tokens that can start an expression.
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_)
                | Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::True | Tok::False | Tok::None
                | Tok::Ellipsis | Tok::Lambda | Tok::Not | Tok::Minus | Tok::Plus | Tok::Tilde
                | Tok::Await
        )
    }
}
