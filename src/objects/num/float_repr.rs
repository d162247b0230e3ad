//! Float to text: repr, the e/f/g/r conversions of PyOS_double_to_string, and float.hex.
//!
//! Decimal digits come from Rust's float formatting, which gives the shortest round-trip
//! digits for `{:e}` and exact, round-half-even digits for an explicit precision — the
//! two services CPython gets from dtoa.c.

use super::to_float::{decompose, round_scaled};
use super::{Int, NumError, overflow, value_err};
use num_bigint::{BigInt, BigUint};

/// Which digits to produce (dtoa's modes 0, 2 and 3).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DigitMode {
    Shortest,
    Significant(usize),
    Fixed(usize),
}

/// Decimal digits of |x| for finite x: (digits without trailing zeros, decpt) with
/// |x| ~= 0.d1d2d3... * 10**decpt. Zero is ("0", 1).
pub fn decimal_digits(x: f64, mode: DigitMode) -> (Vec<u8>, i32) {
    let ax = x.abs();
    let (mut digits, decpt) = match mode {
        DigitMode::Shortest => {
            let (d, p) = sci_digits(&format!("{ax:e}"));
            (even_tie(ax, d, p), p)
        }
        // A double's exact decimal expansion has at most 767 significant and 1074 fractional
        // digits, so capping below Rust's u16 precision limit loses nothing (trailing zeros
        // are dropped anyway).
        DigitMode::Significant(n) => sci_digits(&format!("{:.*e}", n.clamp(1, 1200) - 1, ax)),
        DigitMode::Fixed(p) => {
            let p = p.min(1200);
            let s = format!("{ax:.p$}");
            let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut d: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
            let mut decpt = int_part.len() as i32;
            let lead = d.iter().take_while(|&&c| c == b'0').count();
            d.drain(..lead);
            decpt -= lead as i32;
            (d, decpt)
        }
    };
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, decpt)
}

/// Rust's shortest digits break an exact tie between two shortest candidates upwards;
/// CPython's dtoa rounds half to even (161852602146008.125 prints as ...008.12).
fn even_tie(x: f64, digits: Vec<u8>, decpt: i32) -> Vec<u8> {
    let n = digits.len();
    let Some(&last) = digits.last() else { return digits };
    let d = last.wrapping_sub(b'0');
    if d % 2 == 0 || d > 9 {
        return digits;
    }
    for alt in [d - 1, d + 1] {
        if alt > 9 {
            continue;
        }
        let mut cand = digits.clone();
        cand[n - 1] = b'0' + alt;
        let text = format!("0.{}e{}", String::from_utf8_lossy(&cand), decpt);
        if text.parse::<f64>().ok() != Some(x) || !is_midpoint(x, &digits, &cand, decpt) {
            continue;
        }
        while cand.last() == Some(&b'0') {
            cand.pop();
        }
        return cand;
    }
    digits
}

/// Whether x lies exactly halfway between the decimals 0.a * 10**decpt and 0.b * 10**decpt.
fn is_midpoint(x: f64, a: &[u8], b: &[u8], decpt: i32) -> bool {
    use num_bigint::BigUint;
    let to_int = |d: &[u8]| BigUint::parse_bytes(d, 10).unwrap_or_default();
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    // 2 * m * 2**e == (a + b) * 10**(decpt - len)
    let mut lhs = BigUint::from(m);
    let mut rhs = to_int(a) + to_int(b);
    let e2 = e + 1;
    let k = decpt - a.len() as i32;
    if e2 >= 0 { lhs <<= e2 as usize } else { rhs <<= (-e2) as usize }
    let ten = BigUint::from(10u32);
    if k >= 0 { rhs *= ten.pow(k as u32) } else { lhs *= ten.pow((-k) as u32) }
    lhs == rhs
}

fn sci_digits(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Options of PyOS_double_to_string.
#[derive(Clone, Copy, Debug, Default)]
pub struct DtoaFlags {
    /// Always emit a sign ('+' for non-negatives).
    pub sign: bool,
    /// Emit ' ' for non-negatives (the format spec's ' ' sign).
    pub space: bool,
    /// Integral values keep a ".0" (repr, and format with no type).
    pub add_dot_0: bool,
    /// The '#' flag: keep the decimal point and trailing zeros.
    pub alt: bool,
    /// 'E', 'F', 'G': upper-case exponent, INF and NAN.
    pub upper: bool,
}

/// PyOS_double_to_string: `code` is one of 'e', 'f', 'g', 'r' (lower case; use
/// `flags.upper` for the capitals). `precision` is ignored for 'r'.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let mut out = String::new();
    let negative = x.is_sign_negative() && !x.is_nan();
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    } else if flags.space {
        out.push(' ');
    }
    if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if flags.upper { s.to_uppercase() } else { s.to_string() });
        return out;
    }
    let precision = if code == 'g' && precision == 0 { 1 } else { precision };
    let mode = match code {
        'e' => DigitMode::Significant(precision + 1),
        'f' => DigitMode::Fixed(precision),
        'g' => DigitMode::Significant(precision),
        _ => DigitMode::Shortest,
    };
    let (digits, decpt0) = decimal_digits(x, mode);
    let digits_len = digits.len() as i64;
    let mut decpt = decpt0 as i64;
    let p = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = p + 1;
        }
        'f' => vdigits_end = decpt + p,
        'g' => {
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = p;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let ds = |a: i64, b: i64| -> &str {
        std::str::from_utf8(&digits[a as usize..b as usize]).unwrap_or("")
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(ds(0, decpt));
        out.push('.');
        out.push_str(ds(decpt, digits_len));
    } else {
        out.push_str(ds(0, digits_len));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// repr(float) (also str(float)): shortest round-trip digits, exponent when the decimal
/// exponent is < -4 or >= 16, and ".0" on integral values.
pub fn float_repr(f: f64) -> String {
    let a = f.abs();
    // Fast path for the common range, where CPython prints plain digits: Rust's Display
    // gives the same shortest round-trip digits without an exponent.
    if a == 0.0 || (1e-4..1e16).contains(&a) {
        let mut s = format!("{f}");
        // An odd last digit may be Rust's side of an exact tie: the slow path decides.
        let sig = s.bytes().filter(|c| c.is_ascii_digit()).skip_while(|&c| c == b'0').count();
        if sig >= 15 && s.bytes().last().is_some_and(|c| c.is_ascii_digit() && (c - b'0') % 2 == 1) {
            return double_to_string(f, 'r', 0, DtoaFlags { add_dot_0: true, ..Default::default() });
        }
        if !s.contains('.') {
            s.push_str(".0");
        }
        return s;
    }
    double_to_string(f, 'r', 0, DtoaFlags { add_dot_0: true, ..Default::default() })
}

/// float.hex().
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// float.fromhex(s).
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let bad = || value_err("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sign = |v: f64| if negative { -v } else { v };
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp_part) = match rest.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (int_digits, frac_digits) = mant.split_once('.').unwrap_or((mant, ""));
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(bad());
    }
    let mut q = BigUint::from(0u8);
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c.to_digit(16).ok_or_else(bad)?;
        q = (q << 4u8) + d;
    }
    let mut exp: i64 = 0;
    if let Some(e) = exp_part {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        // Saturate: an absurd exponent is just overflow or underflow.
        let mag = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
        exp = if e.starts_with('-') { -mag } else { mag };
    }
    exp = exp.saturating_sub(4 * frac_digits.len() as i64);
    if q.bits() == 0 {
        return Ok(sign(0.0));
    }
    // Keep the scaled exponent in a range round_scaled can handle without overflowing.
    if exp + q.bits() as i64 > 1100 {
        return Err(overflow("hexadecimal value too large to represent as a float"));
    }
    if exp + (q.bits() as i64) < -1100 {
        return Ok(sign(0.0));
    }
    let v = round_scaled(&q, exp, false)
        .ok_or_else(|| overflow("hexadecimal value too large to represent as a float"))?;
    Ok(sign(v))
}

/// float.as_integer_ratio(): the exact fraction in lowest terms.
pub fn float_as_integer_ratio(f: f64) -> Result<(Int, Int), NumError> {
    if f.is_nan() {
        return Err(value_err("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let (mut mant, mut exp) = decompose(f);
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let signed = |m: BigInt| if f < 0.0 { -m } else { m };
    if exp >= 0 {
        Ok((Int::from_bigint(signed(BigInt::from(mant) << exp as u64)), Int::Small(1)))
    } else {
        Ok((
            Int::from_bigint(signed(BigInt::from(mant))),
            Int::from_bigint(BigInt::from(1u8) << (-exp) as u64),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_rules() {
        for (f, s) in [
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1e15, "1000000000000000.0"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (1.5e300, "1.5e+300"),
            (f64::NAN, "nan"),
            (f64::NEG_INFINITY, "-inf"),
            (5e-324, "5e-324"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }

    #[test]
    fn hex_roundtrip() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_fromhex("0x1.8p1").unwrap(), 3.0);
        assert_eq!(float_fromhex(" -0x.8 ").unwrap(), -0.5);
        assert!(float_fromhex("0x1p2000").is_err());
        assert!(float_fromhex("zz").is_err());
    }
}
