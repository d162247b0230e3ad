//! format() of ints, floats and complex numbers (CPython's formatter_unicode.c rules).

use super::spec::{FormatSpec, pad, unknown_code};
use crate::objects::num::{DtoaFlags, Int, NumError, double_to_string, int_max_str_digits, to_decimal, to_f64, to_str_radix};

/// Inserts `sep` every `size` digits from the right, left-padding with zeros (themselves
/// grouped) until the result is at least `min_width` long — CPython's
/// _PyUnicode_InsertThousandsGrouping, so '09,' turns 1234 into 0,001,234.
fn group_digits(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width as i64;
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let l = (size as i64).min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let end = remaining as usize;
        let start = end - n_chars as usize;
        let mut piece: String = std::iter::repeat_n('0', n_zeros as usize).collect();
        piece.extend(&d[start..end]);
        pieces.push(piece);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.reverse();
    pieces.join(&sep.to_string())
}

/// Lays out sign, prefix, integer digits and the rest (fraction, exponent, '%') in the
/// field: zero padding ('0' fill with '=' alignment) goes into the digits and is grouped.
fn layout(sign: &str, prefix: &str, digits: &str, rest: &str, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
    let (fill, align) = spec.fill_align('>');
    let lead = sign.chars().count() + prefix.chars().count();
    if fill == '0' && align == '=' {
        let min = spec.width.unwrap_or(0).saturating_sub(lead + rest.chars().count());
        let body = match group {
            Some((sep, size)) if !digits.is_empty() => group_digits(digits, sep, size, min),
            _ => format!("{}{digits}", "0".repeat(min.saturating_sub(digits.len()))),
        };
        return format!("{sign}{prefix}{body}{rest}");
    }
    let body = match group {
        Some((sep, size)) if !digits.is_empty() => group_digits(digits, sep, size, 0),
        _ => digits.to_string(),
    };
    pad(&format!("{sign}{prefix}{body}{rest}"), spec.width, fill, align, lead)
}

fn sign_str(negative: bool, spec_sign: Option<char>) -> &'static str {
    match (negative, spec_sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_int(a: &Int, spec: &FormatSpec) -> Result<String, NumError> {
    spec.check("int", Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(to_f64(a)?, spec),
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err(NumError::Value("Precision not allowed in integer format specifier".into()));
    }
    if spec.no_neg_zero {
        return Err(NumError::Value("Negative zero coercion (z) not allowed in integer format specifier".into()));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::Value("Sign not allowed with integer format specifier 'c'".into()));
        }
        if spec.alternate {
            return Err(NumError::Value("Alternate form (#) not allowed with integer format specifier 'c'".into()));
        }
        let c = a
            .to_i64()
            .ok_or_else(|| NumError::Overflow("Python int too large to convert to C long".into()))?;
        let c = Some(c)
            .filter(|v| (0..0x110000).contains(v))
            .and_then(|v| char::from_u32(v as u32))
            .ok_or_else(|| NumError::Overflow("%c arg not in range(0x110000)".into()))?;
        return Ok(layout("", "", "", &c.to_string(), spec, None));
    }
    let negative = a.is_negative();
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mag = crate::objects::num::abs(a);
    let mut digits = if radix == 10 { to_decimal(&mag, int_max_str_digits())? } else { to_str_radix(&mag, radix) };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let group = spec.grouping.map(|g| (g, if radix == 10 { 3 } else { 4 }));
    Ok(layout(sign_str(negative, spec.sign), prefix, &digits, "", spec, group))
}

/// Splits a formatted magnitude into its leading integer digits and the rest.
fn split_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(|c| c.is_ascii_digit()).count();
    s.split_at(n)
}

/// The conversion PyOS_double_to_string gets for a format type, and its flags.
fn float_conversion(ty: Option<char>, precision: Option<usize>, spec: &FormatSpec) -> (char, usize, DtoaFlags) {
    let mut flags = DtoaFlags { alt: spec.alternate, ..Default::default() };
    let (code, prec) = match ty {
        None => {
            flags.add_dot_0 = true;
            match precision {
                Some(p) => ('g', p),
                None => ('r', 0),
            }
        }
        Some(t) => {
            flags.upper = t.is_ascii_uppercase();
            let code = match t.to_ascii_lowercase() {
                'n' => 'g',
                '%' => 'f',
                c => c,
            };
            (code, precision.unwrap_or(6))
        }
    };
    (code, prec, flags)
}

/// Formats |x| and reports whether a '-' belongs in front (after 'z' coercion).
fn float_body(x: f64, code: char, prec: usize, flags: DtoaFlags, no_neg_zero: bool) -> (bool, String) {
    let s = double_to_string(x, code, prec, flags);
    let (mut negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b.to_string()),
        None => (false, s),
    };
    if negative && no_neg_zero {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if mantissa.bytes().all(|c| c == b'0' || c == b'.') {
            negative = false;
        }
    }
    (negative, body)
}

pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, NumError> {
    spec.check("float", None)?;
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    super::spec::check_float_precision(spec.precision)?;
    let (code, prec, flags) = float_conversion(ty, spec.precision, spec);
    let percent = ty == Some('%');
    let v = if percent { x * 100.0 } else { x };
    let (negative, body) = float_body(v, code, prec, flags, spec.no_neg_zero);
    let (digits, rest) = split_digits(&body);
    let rest = if percent { format!("{rest}%") } else { rest.to_string() };
    let group = spec.grouping.map(|g| (g, 3));
    Ok(layout(sign_str(negative, spec.sign), "", digits, &rest, spec, group))
}

pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, NumError> {
    spec.check("complex", None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_code(t, "complex")),
    }
    let (fill, align) = spec.fill_align('>');
    if fill == '0' {
        return Err(NumError::Value("Zero padding is not allowed in complex format specifier".into()));
    }
    if align == '=' {
        return Err(NumError::Value("'=' alignment flag is not allowed in complex format specifier".into()));
    }
    super::spec::check_float_precision(spec.precision)?;
    let (code, prec, mut flags) = float_conversion(spec.ty, spec.precision, spec);
    // Unlike float, complex's omitted type never forces ".0".
    flags.add_dot_0 = false;
    let skip_re = spec.ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = spec.ty.is_none() && !skip_re;
    let group = spec.grouping.map(|g| (g, 3));
    let part = |v: f64, sign: Option<char>| {
        let (negative, body) = float_body(v, code, prec, flags, spec.no_neg_zero);
        let (digits, rest) = split_digits(&body);
        let body = match group {
            Some((sep, size)) if !digits.is_empty() => group_digits(digits, sep, size, 0),
            _ => digits.to_string(),
        };
        format!("{}{body}{rest}", sign_str(negative, sign))
    };
    let re_s = if skip_re { String::new() } else { part(re, spec.sign) };
    let im_s = part(im, if skip_re { spec.sign } else { Some('+') });
    let body = if parens { format!("({re_s}{im_s}j)") } else { format!("{re_s}{im_s}j") };
    Ok(pad(&body, spec.width, fill, align, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, s: &str) -> String {
        format_int(&Int::Small(v), &FormatSpec::parse(s).unwrap()).unwrap_or_else(|e| format!("!{}", e.message()))
    }

    #[test]
    fn ints() {
        assert_eq!(fi(1234, "09,"), "0,001,234");
        assert_eq!(fi(-1234, "0=10_"), "-0_001_234");
        assert_eq!(fi(-255, "#010x"), "-0x00000ff");
        assert_eq!(fi(255, "_X"), "FF");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(fi(1234, "=^10"), "===1234===");
        assert_eq!(fi(5, "x<05"), "5xxxx");
        assert_eq!(fi(5, ".2"), "!Precision not allowed in integer format specifier");
        assert_eq!(fi(5, "abc"), "!Invalid format specifier 'abc' for object of type 'int'");
    }

    #[test]
    fn floats() {
        let ff = |v: f64, s: &str| format_float(v, &FormatSpec::parse(s).unwrap()).unwrap();
        assert_eq!(ff(12345.678, "012,.2f"), "0,012,345.68");
        assert_eq!(ff(1.0, "#.0"), "1.e+00");
        assert_eq!(ff(123.0, ".2"), "1.2e+02");
        assert_eq!(ff(-0.0001, "z.2f"), "0.00");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(1.5, "010,"), "0,000,001.5");
        assert_eq!(ff(5.0, "%"), "500.000000%");
        let fc = |re: f64, im: f64, s: &str| format_complex(re, im, &FormatSpec::parse(s).unwrap()).unwrap();
        assert_eq!(fc(1.0, 2.0, "+"), "(+1+2j)");
        assert_eq!(fc(0.0, 1.0, ".2f"), "0.00+1.00j");
        assert_eq!(fc(1.0, 2.0, "^20,.2f"), "     1.00+2.00j     ");
    }
}
