//! Python's regular-expression syntax to a tree, with sre_parse's error messages and
//! positions (positions count code points of the pattern).

use std::collections::HashMap;

use super::class::{ClassItem, ClassSet};

pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_ASCII: u32 = 256;

/// CPython's MAXREPEAT: the "no upper bound" of a repeat.
pub const MAXREPEAT: u32 = u32::MAX;
/// Deeper nesting than this is refused instead of risking the native stack.
const MAX_DEPTH: usize = 200;

pub struct ReError {
    pub msg: String,
    /// None for errors CPython reports without a position (look-behind width).
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError { msg: msg.into(), pos: Some(pos) })
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Anchor {
    /// `\A`, and `^` without MULTILINE.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndOrNl,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    End,
    Word { ascii: bool, neg: bool },
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char { c: u32, fold: Fold },
    Any { dotall: bool },
    Class { set: Box<ClassSet>, fold: Fold, ascii: bool },
    Assert(Anchor),
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat { node: Box<Node>, min: u32, max: u32, kind: RepKind },
    Backref { group: usize, fold: Fold },
    Look { behind: bool, neg: bool, node: Box<Node> },
    Atomic(Box<Node>),
    Cond { group: usize, yes: Box<Node>, no: Box<Node> },
}

/// How letters compare: exactly, with ASCII case folding, or with Unicode case folding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    None,
    Ascii,
    Unicode,
}

pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    bytes: bool,
    /// Global flags (those of the compile call plus leading inline ones).
    flags: u32,
    groups: usize,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    open: Vec<usize>,
    depth: usize,
}

fn ch(c: u32) -> String {
    char::from_u32(c).map(String::from).unwrap_or_default()
}

fn is_digit(c: Option<u32>) -> bool {
    matches!(c, Some(d) if (b'0' as u32..=b'9' as u32).contains(&d))
}

fn is_octal(c: Option<u32>) -> bool {
    matches!(c, Some(d) if (b'0' as u32..=b'7' as u32).contains(&d))
}

fn hex_val(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

/// Parse `pattern` (code points) compiled with `flags`.
pub fn parse(pattern: &[u32], flags: u32, bytes: bool) -> Result<Parsed, ReError> {
    // Validate only: the default UNICODE flag is added after the inline flags are known.
    check_flags(&mut flags.clone(), bytes)?;
    let mut p = Parser {
        p: pattern,
        i: 0,
        bytes,
        flags,
        groups: 0,
        names: HashMap::new(),
        name_order: Vec::new(),
        open: Vec::new(),
        depth: 0,
    };
    let node = p.parse_alt(flags, true)?;
    if let Some(c) = p.peek() {
        if c == ')' as u32 {
            return err("unbalanced parenthesis", p.i);
        }
        return err("internal error in regular expression parser", p.i);
    }
    let mut flags = p.flags;
    check_flags(&mut flags, bytes)?;
    Ok(Parsed { node, groups: p.groups, names: p.name_order, flags })
}

fn check_flags(flags: &mut u32, bytes: bool) -> Result<(), ReError> {
    let none = |m: &str| Err(ReError { msg: m.to_string(), pos: None });
    if bytes {
        if *flags & F_UNICODE != 0 {
            return none("cannot use UNICODE flag with a bytes pattern");
        }
        if *flags & F_LOCALE != 0 && *flags & F_ASCII != 0 {
            return none("ASCII and LOCALE flags are incompatible");
        }
    } else {
        if *flags & F_LOCALE != 0 {
            return none("cannot use LOCALE flag with a str pattern");
        }
        if *flags & F_ASCII == 0 {
            *flags |= F_UNICODE;
        } else if *flags & F_UNICODE != 0 {
            return none("ASCII and UNICODE flags are incompatible");
        }
    }
    Ok(())
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }
    fn peek_at(&self, k: usize) -> Option<u32> {
        self.p.get(self.i + k).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn fold(&self, flags: u32) -> Fold {
        if flags & F_IGNORECASE == 0 {
            Fold::None
        } else if self.bytes || flags & F_ASCII != 0 || flags & F_LOCALE != 0 {
            Fold::Ascii
        } else {
            Fold::Unicode
        }
    }
    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & F_ASCII != 0 || flags & F_LOCALE != 0
    }

    fn skip_verbose(&mut self, flags: u32) {
        if flags & F_VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if matches!(char::from_u32(c), Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')) {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn parse_alt(&mut self, flags: u32, first: bool) -> Result<Node, ReError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("too many nested groups", self.i);
        }
        let mut alts = vec![self.parse_seq(flags, first)?];
        while self.eat('|') {
            alts.push(self.parse_seq(flags, false)?);
        }
        self.depth -= 1;
        Ok(if alts.len() == 1 { alts.pop().unwrap_or(Node::Empty) } else { Node::Alt(alts) })
    }

    fn parse_seq(&mut self, mut flags: u32, first: bool) -> Result<Node, ReError> {
        let mut items: Vec<Node> = Vec::new();
        // What the last item was, for "nothing to repeat" / "multiple repeat".
        let mut last_repeat = false;
        let mut last_anchor = false;
        let mut any_item = false;
        loop {
            self.skip_verbose(flags);
            let start = self.i;
            let Some(c) = self.peek() else { break };
            let Some(cc) = char::from_u32(c) else {
                self.i += 1;
                items.push(Node::Char { c, fold: self.fold(flags) });
                last_repeat = false;
                last_anchor = false;
                any_item = true;
                continue;
            };
            match cc {
                '|' | ')' => break,
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match cc {
                        '*' => {
                            self.i += 1;
                            (0, MAXREPEAT)
                        }
                        '+' => {
                            self.i += 1;
                            (1, MAXREPEAT)
                        }
                        '?' => {
                            self.i += 1;
                            (0, 1)
                        }
                        _ => match self.brace_quantifier()? {
                            Some(q) => q,
                            None => {
                                self.i += 1;
                                items.push(Node::Char { c, fold: self.fold(flags) });
                                last_repeat = false;
                                last_anchor = false;
                                any_item = true;
                                continue;
                            }
                        },
                    };
                    if !any_item || last_anchor {
                        return err("nothing to repeat", start);
                    }
                    if last_repeat {
                        return err("multiple repeat", start);
                    }
                    let kind = if self.eat('?') {
                        RepKind::Lazy
                    } else if self.eat('+') {
                        RepKind::Possessive
                    } else {
                        RepKind::Greedy
                    };
                    let Some(item) = items.pop() else { return err("nothing to repeat", start) };
                    items.push(Node::Repeat { node: Box::new(item), min, max, kind });
                    last_repeat = true;
                    continue;
                }
                _ => {}
            }
            last_repeat = false;
            last_anchor = false;
            any_item = true;
            match cc {
                '.' => {
                    self.i += 1;
                    items.push(Node::Any { dotall: flags & F_DOTALL != 0 });
                }
                '^' => {
                    self.i += 1;
                    last_anchor = true;
                    items.push(Node::Assert(if flags & F_MULTILINE != 0 { Anchor::LineStart } else { Anchor::Start }));
                }
                '$' => {
                    self.i += 1;
                    last_anchor = true;
                    items.push(Node::Assert(if flags & F_MULTILINE != 0 { Anchor::LineEnd } else { Anchor::EndOrNl }));
                }
                '[' => {
                    let set = self.parse_class()?;
                    items.push(Node::Class { set: Box::new(set), fold: self.fold(flags), ascii: self.ascii(flags) });
                }
                '\\' => {
                    let node = self.parse_escape(flags)?;
                    if matches!(node, Node::Assert(_)) {
                        last_anchor = true;
                    }
                    items.push(node);
                }
                '(' => match self.parse_group(flags, first && items.is_empty())? {
                    GroupResult::Node(n) => items.push(n),
                    GroupResult::Nothing => {
                        any_item = !items.is_empty();
                        last_repeat = false;
                    }
                    GroupResult::GlobalFlags(f) => {
                        flags |= f;
                        any_item = !items.is_empty();
                    }
                },
                _ => {
                    self.i += 1;
                    items.push(Node::Char { c, fold: self.fold(flags) });
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the cursor; None (cursor unmoved) if the brace is a literal.
    fn brace_quantifier(&mut self) -> Result<Option<(u32, u32)>, ReError> {
        let start = self.i;
        let mut j = self.i + 1;
        let digits = |j: &mut usize| {
            let s = *j;
            while is_digit(self.p.get(*j).copied()) {
                *j += 1;
            }
            (s, *j)
        };
        let (a0, a1) = digits(&mut j);
        let (mut b0, mut b1) = (a0, a1);
        let comma = self.p.get(j) == Some(&(',' as u32));
        if comma {
            j += 1;
            let r = digits(&mut j);
            b0 = r.0;
            b1 = r.1;
        }
        if self.p.get(j) != Some(&('}' as u32)) {
            return Ok(None);
        }
        let num = |s: usize, e: usize| -> Option<u64> {
            let mut v: u64 = 0;
            for k in s..e {
                v = v.saturating_mul(10).saturating_add((self.p[k] - '0' as u32) as u64);
            }
            Some(v)
        };
        let min = if a1 > a0 { num(a0, a1).unwrap_or(0) } else { 0 };
        let max = if comma {
            if b1 > b0 { num(b0, b1).unwrap_or(0) } else { MAXREPEAT as u64 }
        } else {
            min
        };
        if a1 > a0 && min >= MAXREPEAT as u64 {
            return Err(ReError { msg: "the repetition number is too large".into(), pos: Some(a0) });
        }
        if comma && b1 > b0 && max >= MAXREPEAT as u64 {
            return Err(ReError { msg: "the repetition number is too large".into(), pos: Some(b0) });
        }
        if max < min {
            return err("min repeat greater than max repeat", a0);
        }
        let _ = start;
        self.i = j + 1;
        Ok(Some((min as u32, max as u32)))
    }

    fn parse_class(&mut self) -> Result<ClassSet, ReError> {
        let start = self.i;
        self.i += 1;
        let negate = self.eat('^');
        let mut items = Vec::new();
        let first = self.i;
        loop {
            let this_start = self.i;
            let Some(c) = self.peek() else { return err("unterminated character set", start) };
            if c == ']' as u32 && self.i != first {
                self.i += 1;
                break;
            }
            let code1 = if c == '\\' as u32 { self.class_escape()? } else {
                self.i += 1;
                ClassItem::Range(c, c)
            };
            if self.peek() == Some('-' as u32) {
                self.i += 1;
                let Some(d) = self.peek() else { return err("unterminated character set", start) };
                if d == ']' as u32 {
                    self.i += 1;
                    items.push(code1);
                    items.push(ClassItem::Range('-' as u32, '-' as u32));
                    break;
                }
                let code2 = if d == '\\' as u32 { self.class_escape()? } else {
                    self.i += 1;
                    ClassItem::Range(d, d)
                };
                let text: String = self.p[this_start..self.i].iter().map(|&c| ch(c)).collect();
                match (code1, code2) {
                    (ClassItem::Range(lo, l2), ClassItem::Range(hi, h2)) if lo == l2 && hi == h2 => {
                        if hi < lo {
                            return err(format!("bad character range {text}"), this_start);
                        }
                        items.push(ClassItem::Range(lo, hi));
                    }
                    _ => return err(format!("bad character range {text}"), this_start),
                }
            } else {
                items.push(code1);
            }
        }
        Ok(ClassSet { items, negate })
    }

    /// An escape inside a class, the cursor on the backslash.
    fn class_escape(&mut self) -> Result<ClassItem, ReError> {
        let start = self.i;
        let Some(c) = self.peek_at(1) else { return err("bad escape (end of pattern)", start) };
        self.i += 2;
        let lit = |v: u32| Ok(ClassItem::Range(v, v));
        match char::from_u32(c).unwrap_or('\0') {
            'd' => Ok(ClassItem::Digit(false)),
            'D' => Ok(ClassItem::Digit(true)),
            'w' => Ok(ClassItem::Word(false)),
            'W' => Ok(ClassItem::Word(true)),
            's' => Ok(ClassItem::Space(false)),
            'S' => Ok(ClassItem::Space(true)),
            'b' => lit(8),
            _ => {
                self.i = start;
                let v = self.simple_escape(true)?;
                lit(v)
            }
        }
    }

    /// Escapes that stand for one character (shared by classes and the outside),
    /// the cursor on the backslash; groups references and class shorthands are handled
    /// by the callers.
    fn simple_escape(&mut self, in_class: bool) -> Result<u32, ReError> {
        let start = self.i;
        let Some(c) = self.peek_at(1) else { return err("bad escape (end of pattern)", start) };
        self.i += 2;
        let cc = char::from_u32(c).unwrap_or('\0');
        let v = match cc {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => '\\' as u32,
            'x' => return self.hex_escape(start, 2, "x"),
            'u' if !self.bytes => return self.hex_escape(start, 4, "u"),
            'U' if !self.bytes => {
                let v = self.hex_escape(start, 8, "U")?;
                if v > 0x10ffff {
                    let text: String = self.p[start..self.i].iter().map(|&c| ch(c)).collect();
                    return err(format!("bad escape {text}"), start);
                }
                v
            }
            'N' if !self.bytes => return self.named_escape(start),
            '0' => {
                let mut v = 0;
                for _ in 0..2 {
                    if is_octal(self.peek()) {
                        v = v * 8 + self.peek().unwrap_or(48) - 48;
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                v
            }
            '1'..='7' if in_class || (is_octal(self.peek()) && is_octal(self.peek_at(1))) => {
                let mut v = c - 48;
                for _ in 0..2 {
                    if is_octal(self.peek()) {
                        v = v * 8 + self.peek().unwrap_or(48) - 48;
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                if v > 0o377 {
                    let text: String = self.p[start..self.i].iter().map(|&c| ch(c)).collect();
                    return err(format!("octal escape value {text} outside of range 0-0o377"), start);
                }
                v
            }
            _ if cc.is_ascii_alphanumeric() => {
                return err(format!("bad escape \\{cc}"), start);
            }
            _ => c,
        };
        Ok(v)
    }

    fn hex_escape(&mut self, start: usize, n: usize, letter: &str) -> Result<u32, ReError> {
        let mut v = 0u32;
        for k in 0..n {
            match self.peek().and_then(hex_val) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    let text: String = self.p[start + 2..start + 2 + k].iter().map(|&c| ch(c)).collect();
                    return err(format!("incomplete escape \\{letter}{text}"), start);
                }
            }
        }
        Ok(v)
    }

    fn named_escape(&mut self, start: usize) -> Result<u32, ReError> {
        if !self.eat('{') {
            return err("missing {", self.i);
        }
        let name_start = self.i;
        while let Some(c) = self.peek() {
            if c == '}' as u32 {
                break;
            }
            self.i += 1;
        }
        if self.peek().is_none() || self.i == name_start {
            return err("missing character name", name_start);
        }
        let name: String = self.p[name_start..self.i].iter().map(|&c| ch(c)).collect();
        self.i += 1;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c as u32),
            None => err(format!("undefined character name '{name}'"), start),
        }
    }

    fn parse_escape(&mut self, flags: u32) -> Result<Node, ReError> {
        let start = self.i;
        let Some(c) = self.peek_at(1) else { return err("bad escape (end of pattern)", start) };
        let ascii = self.ascii(flags);
        let class = |item: ClassItem| Node::Class { set: Box::new(ClassSet { items: vec![item], negate: false }), fold: Fold::None, ascii };
        let cc = char::from_u32(c).unwrap_or('\0');
        let simple = |p: &mut Self, n: Node| {
            p.i += 2;
            Ok(n)
        };
        match cc {
            'A' => simple(self, Node::Assert(Anchor::Start)),
            'Z' => simple(self, Node::Assert(Anchor::End)),
            'b' => simple(self, Node::Assert(Anchor::Word { ascii, neg: false })),
            'B' => simple(self, Node::Assert(Anchor::Word { ascii, neg: true })),
            'd' => simple(self, class(ClassItem::Digit(false))),
            'D' => simple(self, class(ClassItem::Digit(true))),
            'w' => simple(self, class(ClassItem::Word(false))),
            'W' => simple(self, class(ClassItem::Word(true))),
            's' => simple(self, class(ClassItem::Space(false))),
            'S' => simple(self, class(ClassItem::Space(true))),
            '1'..='9' if !(is_octal(Some(c)) && is_octal(self.peek_at(2)) && is_octal(self.peek_at(3))) => {
                self.i += 2;
                let mut g = (c - 48) as usize;
                if is_digit(self.peek()) {
                    g = g * 10 + (self.peek().unwrap_or(48) - 48) as usize;
                    self.i += 1;
                }
                self.check_groupref(g, start + 1)?;
                Ok(Node::Backref { group: g, fold: self.fold(flags) })
            }
            _ => {
                let v = self.simple_escape(false)?;
                Ok(Node::Char { c: v, fold: self.fold(flags) })
            }
        }
    }

    fn check_groupref(&self, g: usize, pos: usize) -> Result<(), ReError> {
        if g > self.groups {
            return err(format!("invalid group reference {g}"), pos);
        }
        if self.open.contains(&g) {
            return err("cannot refer to an open group", pos - 1);
        }
        Ok(())
    }

    /// A group name up to `term`, the cursor after the opening delimiter.
    fn group_name(&mut self, term: char) -> Result<String, ReError> {
        let start = self.i;
        loop {
            match self.peek() {
                None if self.i == start => return err("missing group name", start),
                None => return err(format!("missing {term}, unterminated name"), start),
                Some(c) if c == term as u32 => break,
                Some(_) => self.i += 1,
            }
        }
        let name: String = self.p[start..self.i].iter().map(|&c| ch(c)).collect();
        if name.is_empty() {
            return err("missing group name", start);
        }
        self.i += 1;
        Ok(name)
    }

    fn parse_group(&mut self, flags: u32, first: bool) -> Result<GroupResult, ReError> {
        let open_pos = self.i;
        self.i += 1;
        if !self.eat('?') {
            return self.capture(flags, None, open_pos);
        }
        let q = self.i - 1;
        let Some(c) = self.peek() else { return err("unexpected end of pattern", self.i) };
        let cc = char::from_u32(c).unwrap_or('\0');
        match cc {
            ':' => {
                self.i += 1;
                let body = self.body(flags, open_pos)?;
                Ok(GroupResult::Node(body))
            }
            '>' => {
                self.i += 1;
                let body = self.body(flags, open_pos)?;
                Ok(GroupResult::Node(Node::Atomic(Box::new(body))))
            }
            'P' => {
                self.i += 1;
                if self.eat('<') {
                    let name_pos = self.i;
                    let name = self.group_name('>')?;
                    if !is_identifier(&name) {
                        return err(format!("bad character in group name '{name}'"), name_pos);
                    }
                    self.capture(flags, Some((name, name_pos)), open_pos)
                } else if self.eat('=') {
                    let name_pos = self.i;
                    let name = self.group_name(')')?;
                    if !is_identifier(&name) {
                        return err(format!("bad character in group name '{name}'"), name_pos);
                    }
                    let Some(&g) = self.names.get(&name) else {
                        return err(format!("unknown group name '{name}'"), name_pos);
                    };
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", name_pos);
                    }
                    Ok(GroupResult::Node(Node::Backref { group: g, fold: self.fold(flags) }))
                } else {
                    match self.peek() {
                        None => err("unexpected end of pattern", self.i),
                        Some(c) => err(format!("unknown extension ?P{}", ch(c)), q),
                    }
                }
            }
            '#' => {
                loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment", open_pos),
                        Some(c) => {
                            self.i += 1;
                            if c == ')' as u32 {
                                break;
                            }
                        }
                    }
                }
                Ok(GroupResult::Nothing)
            }
            '=' | '!' => {
                self.i += 1;
                let body = self.body(flags, open_pos)?;
                Ok(GroupResult::Node(Node::Look { behind: false, neg: cc == '!', node: Box::new(body) }))
            }
            '<' => {
                self.i += 1;
                match self.peek().and_then(char::from_u32) {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        let body = self.body(flags, open_pos)?;
                        Ok(GroupResult::Node(Node::Look { behind: true, neg: d == '!', node: Box::new(body) }))
                    }
                    None => err("unexpected end of pattern", self.i),
                    Some(d) => err(format!("unknown extension ?<{d}"), q),
                }
            }
            '(' => {
                self.i += 1;
                let name_pos = self.i;
                let name = self.group_name(')')?;
                let group = if let Ok(n) = name.parse::<usize>() {
                    if !name.bytes().all(|b| b.is_ascii_digit()) {
                        return err(format!("bad character in group name '{name}'"), name_pos);
                    }
                    if n == 0 {
                        return err("bad group number", name_pos);
                    }
                    if n > self.groups {
                        return err(format!("invalid group reference {n}"), name_pos);
                    }
                    n
                } else {
                    if !is_identifier(&name) {
                        return err(format!("bad character in group name '{name}'"), name_pos);
                    }
                    match self.names.get(&name) {
                        Some(&g) => g,
                        None => return err(format!("unknown group name '{name}'"), name_pos),
                    }
                };
                let yes = self.parse_seq(flags, false)?;
                let no = if self.eat('|') {
                    let no = self.parse_seq(flags, false)?;
                    if self.peek() == Some('|' as u32) {
                        return err("conditional backref with more than two branches", self.i);
                    }
                    no
                } else {
                    Node::Empty
                };
                if !self.eat(')') {
                    return err("missing ), unterminated subpattern", open_pos);
                }
                Ok(GroupResult::Node(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) }))
            }
            _ if "aiLmsux-".contains(cc) => self.flag_group(flags, first, open_pos),
            _ => err(format!("unknown extension ?{cc}"), q),
        }
    }

    fn flag_group(&mut self, flags: u32, first: bool, open_pos: usize) -> Result<GroupResult, ReError> {
        let letter = |c: char| match c {
            'a' => Some(F_ASCII),
            'i' => Some(F_IGNORECASE),
            'L' => Some(F_LOCALE),
            'm' => Some(F_MULTILINE),
            's' => Some(F_DOTALL),
            'u' => Some(F_UNICODE),
            'x' => Some(F_VERBOSE),
            _ => None,
        };
        let mut add = 0u32;
        let mut del = 0u32;
        while let Some(c) = self.peek().and_then(char::from_u32) {
            let Some(f) = letter(c) else { break };
            if c == 'L' && !self.bytes {
                return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i + 1);
            }
            if c == 'u' && self.bytes {
                return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i + 1);
            }
            add |= f;
            self.i += 1;
            if (add & (F_ASCII | F_UNICODE | F_LOCALE)).count_ones() > 1 {
                return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
            }
        }
        match self.peek().and_then(char::from_u32) {
            Some(')') => {
                self.i += 1;
                if !first {
                    return err("global flags not at the start of the expression", open_pos);
                }
                self.flags |= add;
                return Ok(GroupResult::GlobalFlags(add));
            }
            Some(':') => {}
            Some('-') => {
                self.i += 1;
                let Some(c) = self.peek().and_then(char::from_u32) else { return err("missing flag", self.i) };
                if letter(c).is_none() {
                    let msg = if c.is_ascii_alphabetic() { "unknown flag" } else { "missing flag" };
                    return err(msg, self.i);
                }
                while let Some(c) = self.peek().and_then(char::from_u32) {
                    let Some(f) = letter(c) else { break };
                    if f & (F_ASCII | F_UNICODE | F_LOCALE) != 0 {
                        return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1);
                    }
                    del |= f;
                    self.i += 1;
                }
                if add & del != 0 {
                    return err("bad inline flags: flag turned on and off", self.i);
                }
                match self.peek() {
                    Some(c) if c == ':' as u32 => {}
                    None => return err("missing :", self.i),
                    Some(c) => {
                        let msg = if char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic()) { "unknown flag" } else { "missing :" };
                        return err(msg, self.i);
                    }
                }
            }
            None => return err("missing -, : or )", self.i),
            Some(c) => {
                let msg = if c.is_ascii_alphabetic() { "unknown flag" } else { "missing -, : or )" };
                return err(msg, self.i);
            }
        }
        self.i += 1;
        let mut inner = flags | add;
        inner &= !del;
        if add & (F_ASCII | F_LOCALE | F_UNICODE) != 0 {
            inner &= !(F_ASCII | F_LOCALE | F_UNICODE);
            inner |= add & (F_ASCII | F_LOCALE | F_UNICODE);
        }
        let body = self.body(inner, open_pos)?;
        Ok(GroupResult::Node(body))
    }

    fn body(&mut self, flags: u32, open_pos: usize) -> Result<Node, ReError> {
        let body = self.parse_alt(flags, false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", open_pos);
        }
        Ok(body)
    }

    fn capture(&mut self, flags: u32, name: Option<(String, usize)>, open_pos: usize) -> Result<GroupResult, ReError> {
        self.groups += 1;
        let g = self.groups;
        if let Some((name, pos)) = name {
            if let Some(&old) = self.names.get(&name) {
                return err(format!("redefinition of group name '{name}' as group {g}; was group {old}"), pos);
            }
            self.names.insert(name.clone(), g);
            self.name_order.push((name, g));
        }
        self.open.push(g);
        let body = self.body(flags, open_pos)?;
        self.open.retain(|&x| x != g);
        Ok(GroupResult::Node(Node::Group(g, Box::new(body))))
    }
}

enum GroupResult {
    Node(Node),
    /// A comment.
    Nothing,
    /// `(?i)` at the start: flags for the rest of the pattern.
    GlobalFlags(u32),
}

/// (min, max) width of a node in characters; max None when unbounded or unknown.
pub fn width(n: &Node) -> (u64, Option<u64>) {
    match n {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
        Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => (1, Some(1)),
        Node::Group(_, b) | Node::Atomic(b) => width(b),
        Node::Concat(v) => v.iter().fold((0, Some(0)), |(a, b), x| {
            let (c, d) = width(x);
            (a.saturating_add(c), b.zip(d).map(|(b, d)| b.saturating_add(d)))
        }),
        Node::Alt(v) => {
            let mut lo = u64::MAX;
            let mut hi = Some(0u64);
            for x in v {
                let (c, d) = width(x);
                lo = lo.min(c);
                hi = hi.zip(d).map(|(h, d)| h.max(d));
            }
            (if v.is_empty() { 0 } else { lo }, hi)
        }
        Node::Repeat { node, min, max, .. } => {
            let (c, d) = width(node);
            let hi = if *max == MAXREPEAT { if d == Some(0) { Some(0) } else { None } } else { d.map(|d| d.saturating_mul(*max as u64)) };
            (c.saturating_mul(*min as u64), hi)
        }
        Node::Backref { .. } => (0, None),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes);
            let (c, d) = width(no);
            (a.min(c), b.zip(d).map(|(b, d)| b.max(d)))
        }
    }
}
