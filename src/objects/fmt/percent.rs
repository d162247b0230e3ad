//! printf-style formatting (`str % args`), as CPython's unicode_format.
//!
//! The caller (the VM) supplies arguments through `PercentArgs`, converting each object
//! only as far as the conversion asks (str(), repr(), ascii() or "as a number"), so no
//! Python code runs that CPython would not run.

use super::repr::{ascii_str, repr_str};
use crate::objects::num::{DtoaFlags, Int, NumError, double_to_string, from_f64, int_max_str_digits, to_decimal, to_f64, to_str_radix};

/// What the formatter needs from an argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentConv {
    /// %s: the argument's str().
    Str,
    /// %r: its repr().
    Repr,
    /// %a: its ascii().
    Ascii,
    /// %d %i %u %o %x %X %e %E %f %F %g %G %c and '*': the argument as a number.
    /// The VM answers `Int` for int/bool (and objects with __index__), `Float` for float
    /// (and objects with __float__), `Text` for str, and `Other(type name)` otherwise.
    Number,
}

/// One argument, converted as the `PercentConv` asked.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentArg {
    Int(Int),
    Float(f64),
    Text(String),
    /// Not a number: carries the type name for the error message.
    Other(String),
}

pub trait PercentArgs {
    /// The caller's error type, so exceptions raised by __str__/__repr__ pass through.
    type Error: From<NumError>;
    /// The next positional argument. Called only while `remaining() > 0`.
    fn next_arg(&mut self, conv: PercentConv) -> Result<PercentArg, Self::Error>;
    /// `%(key)s`: the mapping's value for key (KeyError is the caller's). Called only
    /// when `has_mapping()`.
    fn by_key(&mut self, key: &str, conv: PercentConv) -> Result<PercentArg, Self::Error>;
    /// The right operand is a mapping (not a tuple, not a str).
    fn has_mapping(&self) -> bool;
    /// Positional arguments not consumed yet (a lone non-tuple operand counts as one).
    fn remaining(&self) -> usize;
}

fn type_err(m: String) -> NumError {
    NumError::Type(m)
}

struct Conversion {
    left: bool,
    sign: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs + ?Sized>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let incomplete = || NumError::Value("incomplete format".into());
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut key: Option<String> = None;
        if chars.get(i) == Some(&'(') {
            if !args.has_mapping() {
                return Err(type_err("format requires a mapping".into()).into());
            }
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(NumError::Value("incomplete format key".into()).into());
            }
            key = Some(chars[start..i - 1].iter().collect());
        }
        let mut cv = Conversion { left: false, sign: false, space: false, alt: false, zero: false, width: None, precision: None };
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => cv.left = true,
                '+' => cv.sign = true,
                ' ' => cv.space = true,
                '#' => cv.alt = true,
                '0' => cv.zero = true,
                _ => break,
            }
            i += 1;
        }
        let star = |args: &mut A| -> Result<i64, A::Error> {
            if args.remaining() == 0 {
                return Err(type_err("not enough arguments for format string".into()).into());
            }
            match args.next_arg(PercentConv::Number)? {
                PercentArg::Int(n) => n.to_i64().ok_or_else(|| NumError::Overflow("Python int too large to convert to C ssize_t".into()).into()),
                _ => Err(type_err("* wants int".into()).into()),
            }
        };
        if chars.get(i) == Some(&'*') {
            let w = star(args)?;
            if w < 0 {
                cv.left = true;
            }
            cv.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            cv.width = read_number(&chars, &mut i)?;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = star(args)?;
                cv.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                cv.precision = Some(read_number(&chars, &mut i)?.unwrap_or(0));
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv_char) = chars.get(i) else {
            return Err(incomplete().into());
        };
        let conv = match conv_char {
            's' => PercentConv::Str,
            'r' => PercentConv::Repr,
            'a' => PercentConv::Ascii,
            _ => PercentConv::Number,
        };
        let arg = match &key {
            Some(k) => args.by_key(k, conv)?,
            None => {
                if args.remaining() == 0 {
                    return Err(type_err("not enough arguments for format string".into()).into());
                }
                args.next_arg(conv)?
            }
        };
        super::spec::check_width(cv.width)?;
        if matches!(conv_char, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
            super::spec::check_float_precision(cv.precision)?;
        } else if matches!(conv_char, 'd' | 'i' | 'u' | 'o' | 'x' | 'X') {
            super::spec::check_width(cv.precision)?;
        }
        let piece = convert(conv_char, i, arg, &cv)?;
        out.push_str(&piece);
        i += 1;
    }
    if !args.has_mapping() && args.remaining() > 0 {
        return Err(type_err("not all arguments converted during string formatting".into()).into());
    }
    Ok(out)
}

fn read_number(chars: &[char], i: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .ok_or_else(|| NumError::Value("width too big".into()))?;
        *i += 1;
    }
    Ok(if *i > start { Some(n) } else { None })
}

fn arg_type_name(arg: &PercentArg) -> &str {
    match arg {
        PercentArg::Int(_) => "int",
        PercentArg::Float(_) => "float",
        PercentArg::Text(_) => "str",
        PercentArg::Other(t) => t,
    }
}

fn convert(c: char, index: usize, arg: PercentArg, cv: &Conversion) -> Result<String, NumError> {
    match c {
        's' | 'r' | 'a' => {
            let text = match arg {
                PercentArg::Text(t) => t,
                PercentArg::Int(n) => n.to_string(),
                PercentArg::Float(f) => crate::objects::num::float_repr(f),
                PercentArg::Other(t) => t,
            };
            let text = match cv.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            Ok(justify(String::new(), text, cv, false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = match arg {
                PercentArg::Int(n) => n,
                PercentArg::Float(f) if matches!(c, 'd' | 'i' | 'u') => from_f64(f)?,
                other if matches!(c, 'd' | 'i' | 'u') => {
                    return Err(type_err(format!("%{c} format: a real number is required, not {}", arg_type_name(&other))));
                }
                other => {
                    return Err(type_err(format!("%{c} format: an integer is required, not {}", arg_type_name(&other))));
                }
            };
            let mag = crate::objects::num::abs(&n);
            let mut digits = match c {
                'o' => to_str_radix(&mag, 8),
                'x' | 'X' => to_str_radix(&mag, 16),
                _ => to_decimal(&mag, int_max_str_digits())?,
            };
            if c == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = cv.precision
                && digits.len() < p {
                    digits = format!("{}{digits}", "0".repeat(p - digits.len()));
                }
            let mut lead = sign_of(n.is_negative(), cv).to_string();
            if cv.alt {
                lead.push_str(match c {
                    'o' => "0o",
                    'x' => "0x",
                    'X' => "0X",
                    _ => "",
                });
            }
            Ok(justify(lead, digits, cv, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(f) => f,
                PercentArg::Int(n) => to_f64(&n)?,
                other => return Err(type_err(format!("must be real number, not {}", arg_type_name(&other)))),
            };
            let flags = DtoaFlags { alt: cv.alt, upper: c.is_ascii_uppercase(), ..Default::default() };
            let s = double_to_string(x, c.to_ascii_lowercase(), cv.precision.unwrap_or(6), flags);
            let (negative, body) = match s.strip_prefix('-') {
                Some(b) => (true, b.to_string()),
                None => (false, s),
            };
            Ok(justify(sign_of(negative, cv).to_string(), body, cv, true))
        }
        'c' => {
            let ch = match arg {
                PercentArg::Int(n) => n
                    .to_i64()
                    .filter(|v| (0..0x110000).contains(v))
                    .and_then(|v| char::from_u32(v as u32))
                    .ok_or_else(|| NumError::Overflow("%c arg not in range(0x110000)".into()))?,
                PercentArg::Text(t) if t.chars().count() == 1 => t.chars().next().unwrap_or(' '),
                _ => return Err(type_err("%c requires int or char".into())),
            };
            Ok(justify(String::new(), ch.to_string(), cv, false))
        }
        _ => Err(NumError::Value(format!("unsupported format character '{c}' (0x{:x}) at index {index}", c as u32))),
    }
}

fn sign_of(negative: bool, cv: &Conversion) -> &'static str {
    if negative {
        "-"
    } else if cv.sign {
        "+"
    } else if cv.space {
        " "
    } else {
        ""
    }
}

/// Pads `lead` + `body` to the width: '-' justifies left, '0' (numbers only) puts zeros
/// between the sign/prefix and the digits.
fn justify(lead: String, body: String, cv: &Conversion, numeric: bool) -> String {
    let len = lead.chars().count() + body.chars().count();
    let n = cv.width.unwrap_or(0).saturating_sub(len);
    if n == 0 {
        return lead + &body;
    }
    if cv.left {
        format!("{lead}{body}{}", " ".repeat(n))
    } else if cv.zero && numeric {
        format!("{lead}{}{body}", "0".repeat(n))
    } else {
        format!("{}{lead}{body}", " ".repeat(n))
    }
}

/// Positional arguments given as a Vec of already-converted values (str/repr/ascii
/// precomputed), with an optional mapping: handy for tests and simple native callers.
pub struct SimpleArgs {
    pub items: Vec<SimpleArg>,
    pub pos: usize,
    pub mapping: Option<Vec<(String, SimpleArg)>>,
}

#[derive(Clone, Debug)]
pub enum SimpleArg {
    Int(Int),
    Float(f64),
    Str(String),
}

impl SimpleArg {
    fn convert(&self, conv: PercentConv) -> PercentArg {
        match (self, conv) {
            (SimpleArg::Int(n), PercentConv::Number) => PercentArg::Int(n.clone()),
            (SimpleArg::Float(f), PercentConv::Number) => PercentArg::Float(*f),
            (SimpleArg::Str(s), PercentConv::Number) => PercentArg::Text(s.clone()),
            (SimpleArg::Str(s), PercentConv::Repr) => PercentArg::Text(repr_str(s)),
            (SimpleArg::Str(s), PercentConv::Ascii) => PercentArg::Text(ascii_str(s)),
            (SimpleArg::Str(s), PercentConv::Str) => PercentArg::Text(s.clone()),
            (SimpleArg::Int(n), _) => PercentArg::Text(n.to_string()),
            (SimpleArg::Float(f), _) => PercentArg::Text(crate::objects::num::float_repr(*f)),
        }
    }
}

impl PercentArgs for SimpleArgs {
    type Error = NumError;
    fn next_arg(&mut self, conv: PercentConv) -> Result<PercentArg, NumError> {
        let a = self.items.get(self.pos).ok_or_else(|| type_err("not enough arguments for format string".into()))?;
        self.pos += 1;
        Ok(a.convert(conv))
    }
    fn by_key(&mut self, key: &str, conv: PercentConv) -> Result<PercentArg, NumError> {
        let m = self.mapping.as_ref().ok_or_else(|| type_err("format requires a mapping".into()))?;
        m.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.convert(conv))
            .ok_or_else(|| NumError::Value(format!("KeyError: {}", repr_str(key))))
    }
    fn has_mapping(&self) -> bool {
        self.mapping.is_some()
    }
    fn remaining(&self) -> usize {
        self.items.len().saturating_sub(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(fmt: &str, items: Vec<SimpleArg>) -> String {
        let mut a = SimpleArgs { items, pos: 0, mapping: None };
        percent_format(fmt, &mut a).unwrap_or_else(|e| format!("!{}", e.message()))
    }

    #[test]
    fn conversions() {
        use SimpleArg::*;
        assert_eq!(run("%08.3d", vec![Int((-5).into())]), "-0000005");
        assert_eq!(run("%#5x|%-4d|%+05d", vec![Int(255.into()), Int(3.into()), Int(3.into())]), " 0xff|3   |+0003");
        assert_eq!(run("%*d", vec![Int((-5).into()), Int(3.into())]), "3    ");
        assert_eq!(run("%.*f", vec![Int(2.into()), Float(1.23456)]), "1.23");
        assert_eq!(run("%r %5.1s %c%c", vec![Str("a".into()), Str("abc".into()), Int(65.into()), Str("z".into())]), "'a'     a Az");
        assert_eq!(run("%d", vec![Str("x".into())]), "!%d format: a real number is required, not str");
        assert_eq!(run("%x", vec![Float(1.5)]), "!%x format: an integer is required, not float");
        assert_eq!(run("%y", vec![Int(1.into())]), "!unsupported format character 'y' (0x79) at index 1");
        assert_eq!(run("%s %s", vec![Int(1.into())]), "!not enough arguments for format string");
        assert_eq!(run("%s", vec![Int(1.into()), Int(2.into())]), "!not all arguments converted during string formatting");
        assert_eq!(run("%010f %G %d%%", vec![Float(f64::INFINITY), Float(f64::NAN), Int(3.into())]), "0000000inf NAN 3%");
    }
}
