//! The raw tokens logos recognises. Strings and numbers only have their first characters
//! here: `literals.rs` scans the rest by hand. NEWLINE / INDENT / DEDENT come from the
//! layout layer in `lexer.rs`.

use logos::Logos;

use super::token::Tok;

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Raw {
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"[a-zA-Z_\x{80}-\x{10FFFF}][a-zA-Z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    #[regex(r#"[rRbBfFuU]{1,2}['"]|['"]"#)]
    Quote,
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LtGt,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    CircumFlex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumFlexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

pub fn simple_tok(raw: Raw) -> Option<Tok> {
    Some(match raw {
        Raw::LPar => Tok::LPar,
        Raw::RPar => Tok::RPar,
        Raw::LSqb => Tok::LSqb,
        Raw::RSqb => Tok::RSqb,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::VBar => Tok::VBar,
        Raw::Amper => Tok::Amper,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::Equal => Tok::Equal,
        Raw::Dot => Tok::Dot,
        Raw::Percent => Tok::Percent,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::Tilde => Tok::Tilde,
        Raw::CircumFlex => Tok::CircumFlex,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinEqual => Tok::MinEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumFlexEqual => Tok::CircumFlexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::At => Tok::At,
        Raw::AtEqual => Tok::AtEqual,
        Raw::RArrow => Tok::RArrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::ColonEqual => Tok::ColonEqual,
        _ => return None,
    })
}
