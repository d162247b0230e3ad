//! Constant folding as CPython 3.11's AST optimiser does it: unary and binary
//! operators on literals (within its size limits) and tuples of constants.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::*;
use crate::bytecode::Const;

/// Largest int (in bits) a folded `*`, `**` or `<<` may produce.
const MAX_INT_SIZE: u64 = 128;
/// Largest str / bytes a folded `*` may produce.
const MAX_STR_SIZE: usize = 4096;
/// Largest tuple a folded `*` may produce.
const MAX_COLLECTION_SIZE: usize = 256;

pub fn int_const(i: BigInt) -> Const {
    match i.to_i64() {
        Some(v) => Const::Int(v),
        None => Const::BigInt(i),
    }
}

pub fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => int_const(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex { real: *real, imag: *imag },
        Constant::Str(s) => Const::Str(Rc::from(s.as_str())),
        Constant::SurrogateStr(cps) => Const::SurrogateStr(Rc::from(cps.as_slice())),
        Constant::Bytes(b) => Const::Bytes(Rc::from(b.as_slice())),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The constant `e` evaluates to, if it is a literal or folds to one.
pub fn fold_or_const(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        _ => fold(e),
    }
}

/// Folds operators and tuples of constants; None when `e` is not foldable.
pub fn fold(e: &Expr) -> Option<Const> {
    fold_depth(e, 0)
}

/// Deeper constant expressions are left unfolded (and the compiler's own depth limit
/// applies to them): folding must not recurse without bound.
const MAX_FOLD_DEPTH: u32 = 200;

fn fold_depth(e: &Expr, depth: u32) -> Option<Const> {
    if depth > MAX_FOLD_DEPTH {
        return None;
    }
    let sub = |x: &Expr| -> Option<Const> {
        match &x.kind {
            ExprKind::Constant(c) => Some(constant(c)),
            _ => fold_depth(x, depth + 1),
        }
    };
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::Name { id, ctx: Ctx::Load } if id == "__debug__" => Some(Const::Bool(crate::compiler::optimize_level() == 0)),
        ExprKind::UnaryOp { op, operand } => unary(*op, &sub(operand)?),
        ExprKind::BinOp { left, op, right } => binary(&sub(left)?, *op, &sub(right)?),
        ExprKind::Tuple { elts, ctx: Ctx::Load } => {
            let items: Option<Vec<Const>> = elts
                .iter()
                .map(|x| if matches!(x.kind, ExprKind::Starred { .. }) { None } else { sub(x) })
                .collect();
            Some(Const::Tuple(Rc::from(items?)))
        }
        ExprKind::Subscript { value, slice, ctx: Ctx::Load } => subscript(&sub(value)?, &sub(slice)?),
        _ => None,
    }
}

/// A list or set display of constants on the right of `in` / after `for ... in`
/// becomes a constant tuple / frozenset.
pub fn fold_iterable(e: &Expr, allow_set: bool) -> Option<Const> {
    let (elts, set) = match &e.kind {
        ExprKind::List { elts, ctx: Ctx::Load } => (elts, false),
        ExprKind::Set(elts) if allow_set => (elts, true),
        _ => return None,
    };
    let items: Option<Vec<Const>> = elts
        .iter()
        .map(|x| if matches!(x.kind, ExprKind::Starred { .. }) { None } else { fold_or_const(x) })
        .collect();
    let items = Rc::from(items?);
    Some(if set { Const::FrozenSet(items) } else { Const::Tuple(items) })
}

pub fn truthiness(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(i) => !i.is_zero(),
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::SurrogateStr(_) => true,
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Ellipsis => true,
        Const::Code(_) => return None,
    })
}

enum Num {
    Int(BigInt),
    Float(f64),
}

fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(i) => Some(i.clone()),
        _ => None,
    }
}

fn as_num(c: &Const) -> Option<Num> {
    match c {
        Const::Float(f) => Some(Num::Float(*f)),
        _ => as_int(c).map(Num::Int),
    }
}

fn unary(op: UnaryOp, c: &Const) -> Option<Const> {
    if op == UnaryOp::Not {
        return truthiness(c).map(|t| Const::Bool(!t));
    }
    if let Const::Complex { real, imag } = c {
        return match op {
            UnaryOp::USub => Some(Const::Complex { real: -real, imag: -imag }),
            UnaryOp::UAdd => Some(c.clone()),
            _ => None,
        };
    }
    match (op, as_num(c)?) {
        (UnaryOp::USub, Num::Int(i)) => Some(int_const(-i)),
        (UnaryOp::USub, Num::Float(f)) => Some(Const::Float(-f)),
        (UnaryOp::UAdd, Num::Int(i)) => Some(int_const(i)),
        (UnaryOp::UAdd, Num::Float(f)) => Some(Const::Float(f)),
        (UnaryOp::Invert, Num::Int(i)) => Some(int_const(-i - 1)),
        _ => None,
    }
}

/// `'abc'[1]`, `b'.'[0]`, `(1, 2)[-1]` with a constant int index.
fn subscript(v: &Const, idx: &Const) -> Option<Const> {
    if matches!(idx, Const::Bool(_)) {
        return None;
    }
    let i = as_int(idx)?.to_i64()?;
    let at = |len: usize| -> Option<usize> {
        let i = if i < 0 { i + len as i64 } else { i };
        if i < 0 || i as usize >= len {
            None
        } else {
            Some(i as usize)
        }
    };
    match v {
        Const::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let c = chars[at(chars.len())?];
            Some(Const::Str(Rc::from(c.to_string())))
        }
        Const::Bytes(b) => Some(Const::Int(i64::from(b[at(b.len())?]))),
        Const::Tuple(t) => Some(t[at(t.len())?].clone()),
        _ => None,
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn seq_len(c: &Const) -> Option<usize> {
    match c {
        Const::Str(s) => Some(s.chars().count()),
        Const::Bytes(b) => Some(b.len()),
        Const::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

fn repeat(c: &Const, n: &BigInt) -> Option<Const> {
    let len = seq_len(c)?;
    let n = n.to_i64()?.max(0) as usize;
    let limit = if matches!(c, Const::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
    if len > 0 && n > limit / len {
        return None;
    }
    // An empty sequence times any count is itself (and must not loop `n` times).
    let n = if len == 0 { 0 } else { n };
    Some(match c {
        Const::Str(s) => Const::Str(Rc::from(s.repeat(n))),
        Const::Bytes(b) => Const::Bytes(Rc::from(b.repeat(n))),
        Const::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Const::Tuple(Rc::from(v))
        }
        _ => return None,
    })
}

fn binary(l: &Const, op: Operator, r: &Const) -> Option<Const> {
    // Sequences.
    match (l, op, r) {
        (Const::Str(a), Operator::Add, Const::Str(b)) => return Some(Const::Str(Rc::from(format!("{}{}", a, b)))),
        (Const::Bytes(a), Operator::Add, Const::Bytes(b)) => {
            return Some(Const::Bytes(Rc::from([&a[..], &b[..]].concat())));
        }
        (Const::Tuple(a), Operator::Add, Const::Tuple(b)) => {
            let v: Vec<Const> = a.iter().chain(b.iter()).cloned().collect();
            return Some(Const::Tuple(Rc::from(v)));
        }
        (Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), Operator::Mult, _) => return repeat(l, &as_int(r)?),
        (_, Operator::Mult, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) => return repeat(r, &as_int(l)?),
        _ => {}
    }
    if let (Const::Complex { .. }, _) | (_, Const::Complex { .. }) = (l, r) {
        return complex(l, op, r);
    }
    let both_bool = matches!((l, r), (Const::Bool(_), Const::Bool(_)));
    match (as_num(l)?, as_num(r)?) {
        (Num::Int(a), Num::Int(b)) => int_binary(a, op, b, both_bool),
        (a, b) => {
            let fa = match a {
                Num::Int(i) => i.to_f64()?,
                Num::Float(f) => f,
            };
            let fb = match b {
                Num::Int(i) => i.to_f64()?,
                Num::Float(f) => f,
            };
            float_binary(fa, op, fb)
        }
    }
}

fn int_binary(a: BigInt, op: Operator, b: BigInt, both_bool: bool) -> Option<Const> {
    Some(int_const(match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && bits(&a) + bits(&b) > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            a.div_floor(&b)
        }
        Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            a.mod_floor(&b)
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero() && bits(&a).saturating_mul(e) > MAX_INT_SIZE && a.abs() != BigInt::from(1) {
                return None;
            }
            num_traits::pow(a, e.try_into().ok()?)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if !a.is_zero() && bits(&a) + s > MAX_INT_SIZE {
                return None;
            }
            a << s
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            a >> s
        }
        Operator::BitAnd | Operator::BitOr | Operator::BitXor if both_bool => return None,
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            // Exact only while both convert to f64 without rounding.
            let limit = BigInt::from(1u64 << 53);
            if a.abs() > limit || b.abs() > limit {
                return None;
            }
            return Some(Const::Float(a.to_f64()? / b.to_f64()?));
        }
        Operator::MatMult => return None,
    }))
}

fn float_binary(a: f64, op: Operator, b: f64) -> Option<Const> {
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        _ => return None,
    };
    Some(Const::Float(v))
}

fn complex(l: &Const, op: Operator, r: &Const) -> Option<Const> {
    let parts = |c: &Const| -> Option<(f64, f64)> {
        match c {
            Const::Complex { real, imag } => Some((*real, *imag)),
            Const::Float(f) => Some((*f, 0.0)),
            _ => Some((as_int(c)?.to_f64()?, 0.0)),
        }
    };
    let (a, b) = parts(l)?;
    let (c, d) = parts(r)?;
    match op {
        Operator::Add => Some(Const::Complex { real: a + c, imag: b + d }),
        Operator::Sub => Some(Const::Complex { real: a - c, imag: b - d }),
        _ => None,
    }
}

/// One piece of a `'%s ...' % (a, b)` expression rewritten as an f-string.
pub enum FormatPart {
    Literal(String),
    /// Index into the tuple, conversion ('s', 'r' or 'a'), format spec.
    Value(usize, char, Option<String>),
}

/// CPython 3.11 compiles `'...' % (x, y)` as an f-string when every conversion is a
/// plain `%s` / `%r` / `%a` (with at most width and precision) and the counts match.
pub fn percent_format(fmt: &str, n_items: usize) -> Option<Vec<FormatPart>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut parts = Vec::new();
    let mut pos = 0;
    let mut count = 0;
    loop {
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !lit.is_empty() {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if count >= n_items {
            return None;
        }
        pos += 1;
        let (conv, spec) = simple_format_arg(&chars, &mut pos)?;
        parts.push(FormatPart::Value(count, conv, spec));
        count += 1;
    }
    if count < n_items {
        return None;
    }
    Some(parts)
}

fn simple_format_arg(chars: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    const MAXDIGITS: u32 = 3;
    let next = |pos: &mut usize| -> Option<char> {
        let c = chars.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next(pos)?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: Option<u32> = None;
    if ch.is_ascii_digit() {
        let mut w = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            w = w * 10 + d;
            ch = next(pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
        width = Some(w);
    }
    let mut prec: Option<u32> = None;
    if ch == '.' {
        ch = next(pos)?;
        let mut p = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            p = p * 10 + d;
            ch = next(pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
        prec = Some(p);
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(p) = prec {
        spec.push_str(&format!(".{}", p));
    }
    Some((ch, if spec.is_empty() { None } else { Some(spec) }))
}
