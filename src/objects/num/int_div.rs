//! Floor division, modulo and true division of ints, with CPython's sign rules.

use super::to_float::round_scaled;
use super::{Int, NumError, overflow, zero_div};
use num_bigint::Sign;
use num_integer::Integer;

const INT_ZERO_DIV: &str = "integer division or modulo by zero";

#[inline]
pub fn floordiv(a: &Int, b: &Int) -> Result<Int, NumError> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(zero_div(INT_ZERO_DIV));
        }
        if let Some(q) = x.checked_div(*y) {
            // Truncation rounds toward zero; floor needs one less when signs differ.
            let q = if x % y != 0 && ((*x < 0) != (*y < 0)) { q - 1 } else { q };
            return Ok(Int::Small(q));
        }
    }
    if b.is_zero() {
        return Err(zero_div(INT_ZERO_DIV));
    }
    Ok(Int::from_bigint(a.as_big().div_floor(&b.as_big())))
}

#[inline]
pub fn modulo(a: &Int, b: &Int) -> Result<Int, NumError> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(zero_div("integer modulo by zero"));
        }
        // i64::MIN % -1 overflows in Rust but is 0 in Python.
        let r = x.checked_rem(*y).unwrap_or(0);
        let r = if r != 0 && ((r < 0) != (*y < 0)) { r + y } else { r };
        return Ok(Int::Small(r));
    }
    if b.is_zero() {
        return Err(zero_div("integer modulo by zero"));
    }
    Ok(Int::from_bigint(a.as_big().mod_floor(&b.as_big())))
}

pub fn divmod(a: &Int, b: &Int) -> Result<(Int, Int), NumError> {
    if let (Int::Small(_), Int::Small(_)) = (a, b) {
        return Ok((floordiv(a, b)?, modulo(a, b)?));
    }
    if b.is_zero() {
        return Err(zero_div(INT_ZERO_DIV));
    }
    let (q, r) = a.as_big().div_mod_floor(&b.as_big());
    Ok((Int::from_bigint(q), Int::from_bigint(r)))
}

/// a / b, correctly rounded (CPython's long_true_divide).
pub fn true_div(a: &Int, b: &Int) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(zero_div("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        // Both convert exactly, and IEEE division of exact operands is correctly rounded.
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (na, nb) = (a.as_big(), b.as_big());
    let negative = (na.sign() == Sign::Minus) != (nb.sign() == Sign::Minus);
    let (ma, mb) = (na.magnitude(), nb.magnitude());
    let r = if ma.bits() == 0 {
        0.0
    } else {
        // Scale so the integer quotient has at least 55 bits: 53 kept, a guard bit, and
        // the remainder as a sticky bit decide the rounding.
        let diff = ma.bits() as i64 - mb.bits() as i64;
        if diff > 1025 {
            return Err(overflow("integer division result too large for a float"));
        }
        let shift = diff - 56;
        let (q, r) = if shift >= 0 {
            ma.div_rem(&(mb << shift as u64))
        } else {
            (ma << (-shift) as u64).div_rem(mb)
        };
        let sticky = r.bits() != 0;
        round_scaled(&q, shift, sticky)
            .ok_or_else(|| overflow("integer division result too large for a float"))?
    };
    Ok(if negative { -r } else { r })
}


#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn i(x: i64) -> Int {
        Int::Small(x)
    }

    #[test]
    fn floor_sign_rules() {
        assert_eq!(floordiv(&i(-7), &i(2)).unwrap(), i(-4));
        assert_eq!(modulo(&i(-7), &i(2)).unwrap(), i(1));
        assert_eq!(modulo(&i(7), &i(-2)).unwrap(), i(-1));
        assert_eq!(floordiv(&i(i64::MIN), &i(-1)).unwrap().to_string(), "9223372036854775808");
        assert_eq!(modulo(&i(i64::MIN), &i(-1)).unwrap(), i(0));
        assert!(floordiv(&i(1), &i(0)).is_err());
    }

    #[test]
    fn true_div_big() {
        let big = Int::from_bigint(BigInt::from(10u8).pow(30));
        assert_eq!(true_div(&big, &i(3)).unwrap(), 3.333333333333333e29);
        assert_eq!(true_div(&i(0), &i(-5)).unwrap().to_bits(), (-0.0f64).to_bits());
        let two2000 = Int::from_bigint(BigInt::from(1u8) << 2000u32);
        assert!(true_div(&two2000, &i(3)).is_err());
        assert_eq!(true_div(&i(3), &two2000).unwrap(), 0.0);
    }
}
