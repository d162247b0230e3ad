//! The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].

use crate::objects::num::NumError;

/// A parsed format spec. Type-dependent checks (and the "Invalid format specifier" error,
/// whose message names the object's type) happen in the `format_*` functions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatSpec {
    /// Explicit fill character (None: space, or '0' with the `zero` flag).
    pub fill: Option<char>,
    /// '<', '>', '=', '^' or None for the type's default.
    pub align: Option<char>,
    /// '+', '-', ' ' or None.
    pub sign: Option<char>,
    /// 'z': coerce negative zero (3.11).
    pub no_neg_zero: bool,
    /// '#'.
    pub alternate: bool,
    /// A '0' before the width.
    pub zero: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, None when omitted.
    pub ty: Option<char>,
    /// The whole spec text, kept for error messages.
    pub text: String,
    /// More than one character was left for the type: every format_* raises
    /// "Invalid format specifier".
    pub invalid: bool,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn too_many_digits() -> NumError {
    NumError::Value("Too many decimal digits in format string".into())
}

fn parse_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
    }
    Ok(if *pos > start { Some(n) } else { None })
}

impl FormatSpec {
    pub fn parse(spec: &str) -> Result<FormatSpec, NumError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec { text: spec.to_string(), ..Default::default() };
        let mut pos = 0;
        if chars.len() >= 2 && is_align(chars[1]) {
            f.fill = Some(chars[0]);
            f.align = Some(chars[1]);
            pos = 2;
        } else if chars.first().is_some_and(|&c| is_align(c)) {
            f.align = Some(chars[0]);
            pos = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            f.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            f.no_neg_zero = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && chars.get(pos) == Some(&'0') {
            f.zero = true;
            pos += 1;
        }
        f.width = parse_number(&chars, &mut pos)?;
        if let Some(&c @ (',' | '_')) = chars.get(pos) {
            f.grouping = Some(c);
            pos += 1;
            if let Some(&c2 @ (',' | '_')) = chars.get(pos) {
                let msg = if c2 == c {
                    format!("Cannot specify '{c}' with '{c}'.")
                } else {
                    "Cannot specify both ',' and '_'.".to_string()
                };
                return Err(NumError::Value(msg));
            }
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = parse_number(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(NumError::Value("Format specifier missing precision".into()));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => f.ty = Some(chars[pos]),
            _ => f.invalid = true,
        }
        Ok(f)
    }

    /// The type-independent checks every format_* starts with: the deferred
    /// invalid-specifier error, then the grouping/type compatibility (PEP 378/515).
    pub(super) fn check(&self, type_name: &str, default_ty: Option<char>) -> Result<(), NumError> {
        check_width(self.width)?;
        if self.invalid {
            return Err(NumError::Value(format!(
                "Invalid format specifier '{}' for object of type '{type_name}'",
                self.text
            )));
        }
        if let Some(g) = self.grouping {
            let ty = self.ty.or(default_ty);
            let ok = match ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == '_',
                _ => false,
            };
            if !ok {
                let t = ty.unwrap_or('\0');
                let shown = if (t as u32) > 32 && (t as u32) < 128 {
                    format!("'{t}'")
                } else {
                    format!("'\\x{:x}'", t as u32)
                };
                return Err(NumError::Value(format!("Cannot specify '{g}' with {shown}.")));
            }
        }
        Ok(())
    }

    /// Fill and alignment after the '0' flag's backward-compatible rules.
    pub(super) fn fill_align(&self, default_align: char) -> (char, char) {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = self.align.unwrap_or(if self.zero && default_align == '>' { '=' } else { default_align });
        (fill, align)
    }
}

/// Fields wider than this are a MemoryError rather than a multi-gigabyte allocation
/// (CPython would try to build them).
pub const MAX_FIELD: usize = 1 << 30;

pub(super) fn check_width(width: Option<usize>) -> Result<(), NumError> {
    match width {
        Some(w) if w > MAX_FIELD => Err(NumError::Memory(String::new())),
        _ => Ok(()),
    }
}

/// Float precisions: CPython's "precision too big" past INT_MAX, then our size cap.
pub(super) fn check_float_precision(precision: Option<usize>) -> Result<(), NumError> {
    match precision {
        Some(p) if p > i32::MAX as usize => Err(NumError::Value("precision too big".into())),
        Some(p) if p > MAX_FIELD => Err(NumError::Memory(String::new())),
        _ => Ok(()),
    }
}

/// "Unknown format code 'y' for object of type 'float'".
pub(super) fn unknown_code(ty: char, type_name: &str) -> NumError {
    let cp = ty as u32;
    let shown = if cp > 32 && cp < 128 { format!("'{ty}'") } else { format!("'\\x{cp:x}'") };
    NumError::Value(format!("Unknown format code {shown} for object of type '{type_name}'"))
}

/// Pads `body` to `width` characters with `fill` per `align` ('=' pads after the first
/// `sign_len` characters).
pub(super) fn pad(body: &str, width: Option<usize>, fill: char, align: char, sign_len: usize) -> String {
    let len = body.chars().count();
    let Some(width) = width.filter(|&w| w > len) else {
        return body.to_string();
    };
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{body}{}", fills(n)),
        '^' => format!("{}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => {
            let split = body.char_indices().nth(sign_len).map_or(body.len(), |(i, _)| i);
            format!("{}{}{}", &body[..split], fills(n), &body[split..])
        }
        _ => format!("{}{body}", fills(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let f = FormatSpec::parse("*^+z#012,.3f").unwrap();
        assert_eq!((f.fill, f.align, f.sign), (Some('*'), Some('^'), Some('+')));
        assert!(f.no_neg_zero && f.alternate && !f.zero);
        assert_eq!((f.width, f.grouping, f.precision, f.ty), (Some(12), Some(','), Some(3), Some('f')));
        let z = FormatSpec::parse("010").unwrap();
        assert!(z.zero && z.width == Some(10));
        assert!(FormatSpec::parse(".").is_err());
        assert!(FormatSpec::parse(",,").is_err());
        assert!(FormatSpec::parse("abc").unwrap().invalid);
    }
}
