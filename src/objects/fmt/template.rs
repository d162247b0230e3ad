//! str.format()'s template grammar: literal text, `{{`/`}}` escapes and replacement fields
//! `{name.attr[key]!conv:spec}`, with CPython's errors and automatic numbering rules.
//!
//! `FormatStringIter` yields one piece at a time so the VM can render each field before the
//! next is parsed — the order in which CPython raises lookup versus syntax errors.
//! A field's spec may itself hold fields; expand it with `FormatStringIter::nested`, which
//! shares the numbering state and enforces CPython's recursion limit.

use crate::objects::num::NumError;

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldArg {
    /// A positional argument: explicit (`{0}`) or automatically numbered (`{}`).
    Index(usize),
    /// A keyword argument (`{name}`), or any first part that is not all digits.
    Name(String),
}

/// `.attr` or `[key]` after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccess {
    Attr(String),
    /// `[3]`: an integer subscript.
    Index(usize),
    /// `[key]`: a string subscript.
    Key(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormatField {
    /// The field name as written (`0.x[2]`, `` for automatic numbering).
    pub name: String,
    pub arg: FieldArg,
    pub accesses: Vec<FieldAccess>,
    /// A malformed `.attr`/`[key]` tail: CPython raises it only when rendering reaches it,
    /// after looking up `arg` and applying `accesses`.
    pub access_error: Option<NumError>,
    /// 'r', 's', 'a' or anything else (the VM reports it with `check_conversion`).
    pub conversion: Option<char>,
    /// The raw spec text; when `spec_has_fields` expand it with `nested()` first.
    pub spec: String,
    pub spec_has_fields: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FormatPiece {
    Literal(String),
    Field(FormatField),
}

fn verr(m: &str) -> NumError {
    NumError::Value(m.to_string())
}

/// "Unknown conversion specifier x" unless c is r, s or a.
pub fn check_conversion(c: char) -> Result<(), NumError> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        _ if (c as u32) > 32 && (c as u32) < 128 => Err(NumError::Value(format!("Unknown conversion specifier {c}"))),
        _ => Err(NumError::Value(format!("Unknown conversion specifier \\x{:x}", c as u32))),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// Automatic-numbering state shared by a template and the specs nested in it.
#[derive(Clone, Debug)]
pub struct AutoNumber {
    state: Numbering,
    next: usize,
}

impl Default for AutoNumber {
    fn default() -> Self {
        AutoNumber { state: Numbering::Unset, next: 0 }
    }
}

pub struct FormatStringIter<'a> {
    chars: Vec<char>,
    pos: usize,
    auto: &'a mut AutoNumber,
    depth: u32,
    failed: bool,
}

impl<'a> FormatStringIter<'a> {
    /// A top-level template (`str.format`), numbering fields with `auto`.
    pub fn new(s: &str, auto: &'a mut AutoNumber) -> Result<FormatStringIter<'a>, NumError> {
        Self::with_depth(s, auto, 2)
    }

    fn with_depth(s: &str, auto: &'a mut AutoNumber, depth: u32) -> Result<FormatStringIter<'a>, NumError> {
        if depth == 0 {
            return Err(verr("Max string recursion exceeded"));
        }
        Ok(FormatStringIter { chars: s.chars().collect(), pos: 0, auto, depth, failed: false })
    }

    /// An iterator over a field's spec (when `spec_has_fields`), one level deeper.
    pub fn nested<'b>(&'b mut self, spec: &str) -> Result<FormatStringIter<'b>, NumError> {
        FormatStringIter::with_depth(spec, self.auto, self.depth - 1)
    }

    fn next_piece(&mut self) -> Result<Option<FormatPiece>, NumError> {
        let chars = &self.chars;
        if self.pos >= chars.len() {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = '\0';
        let mut markup = false;
        while self.pos < chars.len() {
            c = chars[self.pos];
            self.pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= chars.len();
        let mut len = self.pos - start;
        if c == '}' && markup && (at_end || chars[self.pos] != '}') {
            return Err(verr("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(verr("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if chars[self.pos] == c {
                // A doubled brace is literal text.
                self.pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = chars[start..start + len].iter().collect();
        if !markup {
            return Ok(Some(FormatPiece::Literal(literal)));
        }
        if !literal.is_empty() {
            // Emit the text now; the field follows on the next call.
            self.pos -= 1;
            return Ok(Some(FormatPiece::Literal(literal)));
        }
        let field = self.parse_field()?;
        Ok(Some(FormatPiece::Field(field)))
    }

    /// Parses from just after a '{' (CPython's parse_field, which reads past the
    /// closing brace of the field itself when a conversion or spec is malformed).
    fn parse_field(&mut self) -> Result<FormatField, NumError> {
        let chars = &self.chars;
        let name_start = self.pos;
        let mut c = '\0';
        while self.pos < chars.len() {
            c = chars[self.pos];
            self.pos += 1;
            match c {
                '{' => return Err(verr("unexpected '{' in field name")),
                '[' => {
                    while self.pos < chars.len() && chars[self.pos] != ']' {
                        self.pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let terminated = matches!(c, '}' | ':' | '!') && self.pos > name_start && chars[self.pos - 1] == c;
        let name: String = if terminated { chars[name_start..self.pos - 1].iter().collect() } else { chars[name_start..self.pos].iter().collect() };
        let mut conversion = None;
        let mut spec = String::new();
        let mut spec_has_fields = false;
        if terminated && (c == '!' || c == ':') {
            let mut go_spec = true;
            if c == '!' {
                let Some(&conv) = chars.get(self.pos) else {
                    return Err(verr("end of string while looking for conversion specifier"));
                };
                self.pos += 1;
                conversion = Some(conv);
                if let Some(&after) = chars.get(self.pos) {
                    self.pos += 1;
                    if after == '}' {
                        go_spec = false;
                    } else if after != ':' {
                        return Err(verr("expected ':' after conversion specifier"));
                    }
                }
            }
            if go_spec {
                let spec_start = self.pos;
                let mut count = 1;
                let mut closed = false;
                while self.pos < chars.len() {
                    let ch = chars[self.pos];
                    self.pos += 1;
                    if ch == '{' {
                        spec_has_fields = true;
                        count += 1;
                    } else if ch == '}' {
                        count -= 1;
                        if count == 0 {
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(verr("unmatched '{' in format spec"));
                }
                spec = chars[spec_start..self.pos - 1].iter().collect();
            }
        } else if !(terminated && c == '}') {
            return Err(verr("expected '}' before end of string"));
        }
        let (arg, accesses, access_error) = split_field_name(&name, self.auto)?;
        Ok(FormatField { name, arg, accesses, access_error, conversion, spec, spec_has_fields })
    }
}

impl Iterator for FormatStringIter<'_> {
    type Item = Result<FormatPiece, NumError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.next_piece() {
            Ok(p) => p.map(Ok),
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

fn parse_index(s: &str) -> Result<Option<usize>, NumError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| verr("Too many decimal digits in format string"))
}

type SplitName = (FieldArg, Vec<FieldAccess>, Option<NumError>);

fn split_field_name(name: &str, auto: &mut AutoNumber) -> Result<SplitName, NumError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        match auto.state {
            Numbering::Manual => {
                return Err(verr("cannot switch from manual field specification to automatic field numbering"));
            }
            _ => auto.state = Numbering::Auto,
        }
        auto.next += 1;
        FieldArg::Index(auto.next - 1)
    } else if let Some(i) = parse_index(first)? {
        match auto.state {
            Numbering::Auto => {
                return Err(verr("cannot switch from automatic field numbering to manual field specification"));
            }
            _ => auto.state = Numbering::Manual,
        }
        FieldArg::Index(i)
    } else {
        FieldArg::Name(first.to_string())
    };
    let mut accesses = Vec::new();
    let error = parse_accesses(&name[first_end..], &mut accesses).err();
    Ok((arg, accesses, error))
}

/// The `.attr` / `[key]` tail, as far as it is well formed.
fn parse_accesses(tail: &str, accesses: &mut Vec<FieldAccess>) -> Result<(), NumError> {
    let rest: Vec<char> = tail.chars().collect();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        if c == '.' {
            let s = i;
            while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                i += 1;
            }
            if i == s {
                return Err(verr("Empty attribute in format string"));
            }
            accesses.push(FieldAccess::Attr(rest[s..i].iter().collect()));
        } else {
            // c == '['
            let s = i;
            while i < rest.len() && rest[i] != ']' {
                i += 1;
            }
            if i >= rest.len() {
                return Err(verr("Missing ']' in format string"));
            }
            if i == s {
                return Err(verr("Empty attribute in format string"));
            }
            let key: String = rest[s..i].iter().collect();
            i += 1;
            if i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                return Err(verr("Only '.' or '[' may follow ']' in format field specifier"));
            }
            accesses.push(match parse_index(&key)? {
                Some(n) => FieldAccess::Index(n),
                None => FieldAccess::Key(key),
            });
        }
    }
    Ok(())
}

/// All pieces of a top-level template at once (nested specs stay unexpanded).
pub fn parse_format_string(s: &str) -> Result<Vec<FormatPiece>, NumError> {
    let mut auto = AutoNumber::default();
    FormatStringIter::new(s, &mut auto)?.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(s: &str) -> String {
        match parse_format_string(s) {
            Ok(p) => format!("{p:?}"),
            Err(e) => e.message().to_string(),
        }
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(err("{!}"), "unmatched '{' in format spec");
        assert_eq!(err("{!rr}"), "expected ':' after conversion specifier");
        assert_eq!(err("{"), "Single '{' encountered in format string");
        assert_eq!(err("a}b"), "Single '}' encountered in format string");
        assert_eq!(err("{0[}"), "expected '}' before end of string");
        let deferred = |s: &str| match &parse_format_string(s).unwrap()[0] {
            FormatPiece::Field(f) => f.access_error.clone().map(|e| e.message().to_string()),
            _ => None,
        };
        assert_eq!(deferred("{0[1]x}").unwrap(), "Only '.' or '[' may follow ']' in format field specifier");
        assert_eq!(deferred("{0.}").unwrap(), "Empty attribute in format string");
        assert_eq!(err("{a{}"), "unexpected '{' in field name");
        assert_eq!(err("{}{0}"), "cannot switch from automatic field numbering to manual field specification");
        assert_eq!(err("{0}{}"), "cannot switch from manual field specification to automatic field numbering");
        assert_eq!(err("{0:}}"), "Single '}' encountered in format string");
    }

    #[test]
    fn pieces() {
        let p = parse_format_string("a{{b}}{0.x[2][k]!r:>{1}}c").unwrap();
        assert_eq!(p[0], FormatPiece::Literal("a{".into()));
        assert_eq!(p[1], FormatPiece::Literal("b}".into()));
        let FormatPiece::Field(f) = &p[2] else { panic!() };
        assert_eq!(f.arg, FieldArg::Index(0));
        assert_eq!(f.accesses, vec![FieldAccess::Attr("x".into()), FieldAccess::Index(2), FieldAccess::Key("k".into())]);
        assert_eq!((f.conversion, f.spec.as_str(), f.spec_has_fields), (Some('r'), ">{1}", true));
        assert_eq!(p[3], FormatPiece::Literal("c".into()));
        let mut auto = AutoNumber::default();
        let mut it = FormatStringIter::new("{:{:{}}}", &mut auto).unwrap();
        let Some(Ok(FormatPiece::Field(f))) = it.next() else { panic!() };
        let mut inner = it.nested(&f.spec).unwrap();
        let Some(Ok(FormatPiece::Field(g))) = inner.next() else { panic!() };
        assert_eq!(g.arg, FieldArg::Index(1));
        assert!(inner.nested(&g.spec).is_err());
    }
}
