//! The complex functions, following CPython 3.11's cmathmodule.c formulas (so results match
//! to the last bit) with C99 Annex G special values from `special.rs`. Each returns the value
//! or the error CPython signals (EDOM: "math domain error", ERANGE: "math range error").

use super::special;
use crate::modules::math::libm;

/// A table cell: real part, imaginary part, and whether CPython raises ValueError.
pub type Special = (f64, f64, bool);

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MathErr {
    Domain,
    Range,
}

pub type C = (f64, f64);
pub type R = Result<C, MathErr>;

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const MANT_DIG: i32 = 53;
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    libm::log(LARGE_DOUBLE)
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// The table class of one part: -inf, negative, -0, +0, positive, +inf, nan.
fn class(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 { 5 } else { 0 }
    } else if d != 0.0 {
        if d > 0.0 { 4 } else { 1 }
    } else if d.is_sign_positive() {
        3
    } else {
        2
    }
}

fn lookup(table: &[[Special; 7]; 7], z: C) -> R {
    let (re, im, err) = table[class(z.0)][class(z.1)];
    if err { Err(MathErr::Domain) } else { Ok((re, im)) }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// CPython's m_log1p: log1p with -0.0 kept.
fn log1p(x: f64) -> f64 {
    if x == 0.0 { x } else { libm::log1p(x) }
}

fn copysign(x: f64, s: f64) -> f64 {
    x.copysign(s)
}

pub fn sqrt(z: C) -> R {
    if !finite(z) {
        return lookup(&special::SQRT, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return Ok((0.0, z.1));
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Both parts subnormal: scale up so hypot keeps its precision.
        ax = libm::ldexp(ax, SCALE_UP);
        libm::ldexp((ax + ax.hypot(libm::ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 { Ok((s, copysign(d, z.1))) } else { Ok((d, copysign(s, z.1))) }
}

pub fn acos(z: C) -> R {
    if !finite(z) {
        return lookup(&special::ACOS, z);
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = libm::atan2(z.1.abs(), z.0);
        let im = -copysign(libm::log((z.0 / 2.0).hypot(z.1 / 2.0)) + LN2 * 2.0, z.1);
        return Ok((re, im));
    }
    let s1 = sqrt((1.0 - z.0, -z.1))?;
    let s2 = sqrt((1.0 + z.0, z.1))?;
    Ok((2.0 * libm::atan2(s1.0, s2.0), libm::asinh(s2.0 * s1.1 - s2.1 * s1.0)))
}

pub fn acosh(z: C) -> R {
    if !finite(z) {
        return lookup(&special::ACOSH, z);
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = libm::log((z.0 / 2.0).hypot(z.1 / 2.0)) + LN2 * 2.0;
        return Ok((re, libm::atan2(z.1, z.0)));
    }
    let s1 = sqrt((z.0 - 1.0, z.1))?;
    let s2 = sqrt((z.0 + 1.0, z.1))?;
    Ok((libm::asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * libm::atan2(s1.1, s2.0)))
}

pub fn asinh(z: C) -> R {
    if !finite(z) {
        return lookup(&special::ASINH, z);
    }
    if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = libm::log((z.0 / 2.0).hypot(z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 { copysign(l, z.0) } else { -copysign(l, -z.0) };
        return Ok((re, libm::atan2(z.1, z.0.abs())));
    }
    let s1 = sqrt((1.0 + z.1, -z.0))?;
    let s2 = sqrt((1.0 - z.1, z.0))?;
    Ok((libm::asinh(s1.0 * s2.1 - s2.0 * s1.1), libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1)))
}

/// asin(z) = -i asinh(iz)
pub fn asin(z: C) -> R {
    let s = asinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

pub fn atanh(z: C) -> R {
    if !finite(z) {
        return lookup(&special::ATANH, z);
    }
    if z.0 < 0.0 {
        let r = atanh((-z.0, -z.1))?;
        return Ok((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        // atanh(z) ~ 1/z +/- i*pi/2 for large z.
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return Ok((z.0 / 4.0 / h / h, copysign(std::f64::consts::FRAC_PI_2, z.1)));
    }
    if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return Err(MathErr::Domain);
        }
        let re = -libm::log(ay.sqrt() / ay.hypot(2.0).sqrt());
        return Ok((re, copysign(libm::atan2(2.0, -ay) / 2.0, z.1)));
    }
    let re = log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
    let im = -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    Ok((re, im))
}

/// atan(z) = -i atanh(iz)
pub fn atan(z: C) -> R {
    let s = atanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// The value of cosh/sinh/exp at an infinite real part and a finite nonzero imaginary
/// one, where the signs come from cos(y) and sin(y).
fn inf_with_angle(y: f64) -> (f64, f64) {
    (copysign(f64::INFINITY, libm::cos(y)), copysign(f64::INFINITY, libm::sin(y)))
}

fn overflow_check(r: C) -> R {
    if r.0.is_infinite() || r.1.is_infinite() { Err(MathErr::Range) } else { Ok(r) }
}

pub fn cosh(z: C) -> R {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = inf_with_angle(z.1);
            return Ok(if z.0 > 0.0 { (c, s) } else { (c, -s) });
        }
        return lookup(&special::COSH, z);
    }
    let r = if z.0.abs() > log_large_double() {
        // cosh(x) alone would overflow where cosh(z) need not.
        let x1 = z.0 - copysign(1.0, z.0);
        (libm::cos(z.1) * libm::cosh(x1) * std::f64::consts::E, libm::sin(z.1) * libm::sinh(x1) * std::f64::consts::E)
    } else {
        (libm::cos(z.1) * libm::cosh(z.0), libm::sin(z.1) * libm::sinh(z.0))
    };
    overflow_check(r)
}

pub fn sinh(z: C) -> R {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = inf_with_angle(z.1);
            return Ok(if z.0 > 0.0 { (c, s) } else { (-c, s) });
        }
        return lookup(&special::SINH, z);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - copysign(1.0, z.0);
        (libm::cos(z.1) * libm::sinh(x1) * std::f64::consts::E, libm::sin(z.1) * libm::cosh(x1) * std::f64::consts::E)
    } else {
        (libm::cos(z.1) * libm::sinh(z.0), libm::sin(z.1) * libm::cosh(z.0))
    };
    overflow_check(r)
}

pub fn exp(z: C) -> R {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                return Ok(inf_with_angle(z.1));
            }
            return Ok((copysign(0.0, libm::cos(z.1)), copysign(0.0, libm::sin(z.1))));
        }
        return lookup(&special::EXP, z);
    }
    let r = if z.0 > log_large_double() {
        let l = libm::exp(z.0 - 1.0);
        (l * libm::cos(z.1) * std::f64::consts::E, l * libm::sin(z.1) * std::f64::consts::E)
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    overflow_check(r)
}

pub fn tanh(z: C) -> R {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = copysign(0.0, 2.0 * libm::sin(z.1) * libm::cos(z.1));
            return Ok((if z.0 > 0.0 { 1.0 } else { -1.0 }, im));
        }
        return lookup(&special::TANH, z);
    }
    if z.0.abs() > log_large_double() {
        let im = 4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * z.0.abs());
        return Ok((copysign(1.0, z.0), im));
    }
    let tx = libm::tanh(z.0);
    let ty = libm::tan(z.1);
    let cx = 1.0 / libm::cosh(z.0);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// cos(z) = cosh(iz)
pub fn cos(z: C) -> R {
    cosh((-z.1, z.0))
}

/// sin(z) = -i sinh(iz)
pub fn sin(z: C) -> R {
    let s = sinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// tan(z) = -i tanh(iz)
pub fn tan(z: C) -> R {
    let s = tanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// The natural logarithm; Err only for log(0) (whose value, -inf + i*phase, CPython still
/// uses when a base follows, since the base's own log clears the error).
pub fn log_with_value(z: C) -> (C, Option<MathErr>) {
    if !finite(z) {
        return match lookup(&special::LOG, z) {
            Ok(v) => (v, None),
            Err(e) => ((f64::NAN, f64::NAN), Some(e)),
        };
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        libm::log((ax / 2.0).hypot(ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot would be subnormal: scale up first.
            libm::log(libm::ldexp(ax, MANT_DIG).hypot(libm::ldexp(ay, MANT_DIG))) - f64::from(MANT_DIG) * LN2
        } else {
            return ((f64::NEG_INFINITY, libm::atan2(z.1, z.0)), Some(MathErr::Domain));
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    ((re, libm::atan2(z.1, z.0)), None)
}

pub fn log(z: C) -> R {
    match log_with_value(z) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

pub fn log10(z: C) -> R {
    let r = log(z)?;
    Ok((r.0 / LN10, r.1 / LN10))
}

/// log(x, base): the base's log clears the error of x's (CPython's errno handling).
pub fn log_base(x: C, base: C) -> R {
    let (lx, _) = log_with_value(x);
    let (lb, err) = log_with_value(base);
    if let Some(e) = err {
        return Err(e);
    }
    quot(lx, lb)
}

/// CPython's _Py_c_quot (Smith's method); division by zero is a domain error.
pub fn quot(a: C, b: C) -> R {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(MathErr::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// CPython's _Py_c_abs: an infinite part wins over a NaN; overflow is a range error.
pub fn abs(z: C) -> Result<f64, MathErr> {
    if !finite(z) {
        if z.0.is_infinite() {
            return Ok(z.0.abs());
        }
        if z.1.is_infinite() {
            return Ok(z.1.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_finite() { Ok(r) } else { Err(MathErr::Range) }
}

pub fn rect(r: f64, phi: f64) -> R {
    if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = inf_with_angle(phi);
            return Ok(if r > 0.0 { (c, s) } else { (-c, -s) });
        }
        return lookup(&special::RECT, (r, phi));
    }
    if phi == 0.0 {
        return Ok((r, r * phi));
    }
    Ok((r * libm::cos(phi), r * libm::sin(phi)))
}

pub fn isclose(a: C, b: C, rel_tol: f64, abs_tol: f64) -> bool {
    if a.0 == b.0 && a.1 == b.1 {
        return true;
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return false;
    }
    let diff = abs((a.0 - b.0, a.1 - b.1)).unwrap_or(f64::INFINITY);
    let ab = abs(b).unwrap_or(f64::INFINITY);
    let aa = abs(a).unwrap_or(f64::INFINITY);
    diff <= rel_tol * ab || diff <= rel_tol * aa || diff <= abs_tol
}
