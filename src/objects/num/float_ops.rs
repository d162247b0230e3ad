//! Float floor division, modulo and power with CPython's sign and error rules.

use super::{NumError, overflow, zero_div};

/// float // float.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(divmod_unchecked(a, b).0)
}

/// float % float: the result takes the sign of b.
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { m + b } else { m }
    } else {
        0.0f64.copysign(b)
    })
}

/// divmod(float, float).
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    Ok(divmod_unchecked(a, b))
}

fn divmod_unchecked(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    // fmod is exact, so (a - m) / b is an integer up to one rounding; fix it up as CPython does.
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// The result of float ** float: a negative base with a fractional exponent is complex.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PowFloat {
    Float(f64),
    Complex(f64, f64),
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && (x % 2.0).abs() == 1.0
}

pub fn float_pow(iv: f64, iw: f64) -> Result<PowFloat, NumError> {
    use PowFloat::Float;
    if iw == 0.0 {
        return Ok(Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Float(iv));
    }
    if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Float(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            let (re, im) = super::complex_pow(iv, 0.0, iw, 0.0)?;
            return Ok(PowFloat::Complex(re, im));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Float(if negate { -r } else { r }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs() {
        assert_eq!(float_mod(-1.0, 3.0).unwrap(), 2.0);
        assert_eq!(float_mod(1.0, -3.0).unwrap(), -2.0);
        assert_eq!(float_mod(0.0, -3.0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(float_floordiv(-7.5, 2.0).unwrap(), -4.0);
        assert_eq!(float_divmod(7.0, -2.0).unwrap(), (-4.0, -1.0));
        assert!(float_mod(1.0, 0.0).is_err());
        assert_eq!(float_pow(-2.0, 3.0).unwrap(), PowFloat::Float(-8.0));
        assert!(float_pow(10.0, 400.0).is_err());
        assert_eq!(float_pow(10.0, -400.0).unwrap(), PowFloat::Float(0.0));
        assert!(matches!(float_pow(-8.0, 1.0 / 3.0).unwrap(), PowFloat::Complex(_, _)));
    }
}
