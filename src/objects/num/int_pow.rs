//! Integer powers, with and without a modulus.

use super::{Int, MAX_INT_BITS, NumError, PowFloat, float_pow, to_f64, value_err};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// The result of `int ** int`: a negative exponent gives a float.
#[derive(Clone, Debug, PartialEq)]
pub enum PowResult {
    Int(Int),
    Float(f64),
}

pub fn pow(a: &Int, b: &Int) -> Result<PowResult, NumError> {
    if b.is_negative() {
        // CPython hands negative exponents to float pow.
        let r = float_pow(to_f64(a)?, to_f64(b)?)?;
        return Ok(PowResult::Float(match r {
            PowFloat::Float(f) => f,
            PowFloat::Complex(re, _) => re,
        }));
    }
    Ok(PowResult::Int(pow_nonneg(a, b)?))
}

fn pow_nonneg(a: &Int, b: &Int) -> Result<Int, NumError> {
    match a {
        Int::Small(0) => return Ok(Int::Small(if b.is_zero() { 1 } else { 0 })),
        Int::Small(1) => return Ok(Int::Small(1)),
        Int::Small(-1) => {
            let odd = super::bitand(b, &Int::Small(1)).is_zero();
            return Ok(Int::Small(if odd { 1 } else { -1 }));
        }
        _ => {}
    }
    let e = match b.to_i64() {
        Some(e) => e as u64,
        None => return Err(NumError::Memory(String::new())),
    };
    if let Int::Small(x) = a
        && let Some(r) = small_pow(*x, e) {
            return Ok(Int::Small(r));
        }
    let bits = super::bit_length(a).saturating_sub(1).max(1);
    if bits.saturating_mul(e) > MAX_INT_BITS || e > u32::MAX as u64 {
        return Err(NumError::Memory(String::new()));
    }
    Ok(Int::from_bigint(num_traits::pow::Pow::pow(a.to_bigint(), e as u32)))
}

fn small_pow(mut base: i64, mut e: u64) -> Option<i64> {
    let mut acc: i64 = 1;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        e >>= 1;
        if e > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// pow(a, b, m): the result has the sign of m; a negative b uses the modular inverse.
pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> Result<Int, NumError> {
    if m.is_zero() {
        return Err(value_err("pow() 3rd argument cannot be 0"));
    }
    let negative_mod = m.is_negative();
    if let (Int::Small(x), Int::Small(y), Int::Small(z)) = (a, b, m)
        && *y >= 0 && *z != i64::MIN {
            let md = z.unsigned_abs();
            let r = small_pow_mod(x.rem_euclid(md as i64) as u64, *y as u64, md);
            let r = r as i64;
            return Ok(Int::Small(if negative_mod && r != 0 { r - md as i64 } else { r }));
        }
    let mm = m.to_bigint().abs();
    let mut base = a.to_bigint().mod_floor(&mm);
    let mut exp = b.to_bigint();
    if exp.is_negative() {
        let g = base.extended_gcd(&mm);
        if !g.gcd.is_one() {
            return Err(value_err("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&mm);
        exp = -exp;
    }
    let r = if mm.is_one() { BigInt::zero() } else { base.modpow(&exp, &mm) };
    let r = if negative_mod && !r.is_zero() { r - &mm } else { r };
    Ok(Int::from_bigint(r))
}

fn small_pow_mod(mut base: u64, mut e: u64, m: u64) -> u64 {
    let m128 = m as u128;
    let mut acc: u128 = 1 % m128;
    let mut b = base as u128 % m128;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * b % m128;
        }
        b = b * b % m128;
        e >>= 1;
    }
    base = acc as u64;
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(x: i64) -> Int {
        Int::Small(x)
    }

    #[test]
    fn powers() {
        assert_eq!(pow(&i(2), &i(64)).unwrap(), PowResult::Int("18446744073709551616".parse::<BigInt>().unwrap().into()));
        assert_eq!(pow(&i(2), &i(-1)).unwrap(), PowResult::Float(0.5));
        assert!(matches!(pow(&i(0), &i(-1)), Err(NumError::ZeroDivision(_))));
        assert_eq!(pow(&i(-1), &lshift_big()).unwrap(), PowResult::Int(i(1)));
    }

    fn lshift_big() -> Int {
        super::super::lshift(&i(1), &i(100)).unwrap()
    }

    #[test]
    fn modular() {
        assert_eq!(pow_mod(&i(3), &i(200), &i(7)).unwrap(), i(2));
        assert_eq!(pow_mod(&i(3), &i(-1), &i(7)).unwrap(), i(5));
        assert_eq!(pow_mod(&i(3), &i(5), &i(-7)).unwrap(), i(-2));
        assert_eq!(pow_mod(&i(-3), &i(3), &i(1)).unwrap(), i(0));
        assert!(pow_mod(&i(2), &i(-1), &i(4)).is_err());
        assert!(pow_mod(&i(2), &i(1), &i(0)).is_err());
    }
}
