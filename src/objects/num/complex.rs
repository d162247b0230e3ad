//! Complex arithmetic with CPython's algorithms and errors (complexobject.c).

use super::{DtoaFlags, NumError, double_to_string, overflow, zero_div};

/// repr(complex): "(1+2j)", "2j", "(-0-1j)", "(nan+infj)".
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtoaFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, plain));
    }
    let signed = DtoaFlags { sign: true, ..plain };
    format!("({}{}j)", double_to_string(re, 'r', 0, plain), double_to_string(im, 'r', 0, signed))
}

#[inline]
pub fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// a / b by Smith's method, as _Py_c_quot; `None` when b is zero.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one of b's parts is NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// complex / complex: ZeroDivisionError "complex division by zero".
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), NumError> {
    quot(a, b).ok_or_else(|| zero_div("complex division by zero"))
}

fn powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

/// complex ** complex (a = ar + ai j, b = br + bi j).
pub fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> Result<(f64, f64), NumError> {
    let edom = || zero_div("0.0 to a negative or complex power");
    let r = if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        // Small integral exponents multiply out, as CPython's c_powi.
        let n = br as i64;
        if n > 0 {
            powu((ar, ai), n as u64)
        } else {
            quot((1.0, 0.0), powu((ar, ai), n.unsigned_abs())).ok_or_else(edom)?
        }
    } else if br == 0.0 && bi == 0.0 {
        (1.0, 0.0)
    } else if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(edom());
        }
        (0.0, 0.0)
    } else {
        let vabs = ar.hypot(ai);
        let mut len = vabs.powf(br);
        let at = ai.atan2(ar);
        let mut phase = at * br;
        if bi != 0.0 {
            len /= (at * bi).exp();
            phase += bi * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow("complex exponentiation"));
    }
    Ok(r)
}

/// abs(complex): OverflowError "absolute value too large" when finite parts overflow.
pub fn complex_abs(re: f64, im: f64) -> Result<f64, NumError> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if re.is_nan() || im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(overflow("absolute value too large"));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(1.5, f64::NAN), "(1.5+nanj)");
    }

    #[test]
    fn arithmetic() {
        assert_eq!(complex_div((1.0, 2.0), (3.0, 4.0)).unwrap(), (0.44, 0.08));
        assert!(complex_div((1.0, 2.0), (0.0, 0.0)).is_err());
        assert_eq!(complex_pow(0.0, 1.0, 2.0, 0.0).unwrap(), (-1.0, 0.0));
        assert!(complex_pow(0.0, 0.0, -1.0, 0.0).is_err());
        assert!(complex_pow(2.0, 3.0, 1e6, 0.0).is_err());
        let (re, im) = complex_pow(-8.0, 0.0, 1.0 / 3.0, 0.0).unwrap();
        assert_eq!((re, im), (1.0000000000000002, 1.7320508075688772));
    }
}
