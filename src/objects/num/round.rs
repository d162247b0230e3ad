//! round() for floats and ints: round-half-even on the exact decimal value.

use super::{Int, NumError, from_f64, overflow, to_f64};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// round(x) gives an int; round(x, n) gives a float.
#[derive(Clone, Debug, PartialEq)]
pub enum RoundResult {
    Int(Int),
    Float(f64),
}

pub fn round_float(x: f64, ndigits: Option<i64>) -> Result<RoundResult, NumError> {
    let Some(nd) = ndigits else {
        return Ok(RoundResult::Int(from_f64(x.round_ties_even())?));
    };
    if !x.is_finite() || x == 0.0 {
        return Ok(RoundResult::Float(x));
    }
    // Past these bounds the answer is x itself or a signed zero (CPython's NDIGITS_MAX/MIN).
    if nd > 323 {
        return Ok(RoundResult::Float(x));
    }
    if nd < -308 {
        return Ok(RoundResult::Float(0.0 * x));
    }
    let too_large = || overflow("rounded value too large to represent");
    let r = if nd >= 0 {
        // Rust prints the exact value rounded half-even; parsing back is correctly rounded.
        let s = format!("{:.*}", nd as usize, x);
        s.parse::<f64>().map_err(|_| too_large())?
    } else {
        let p = BigInt::from(10u8).pow((-nd) as u32);
        let t = x.trunc();
        let n = from_f64(t)?.to_bigint().abs();
        let has_frac = t != x;
        let (q, r) = n.div_rem(&p);
        let twice: BigInt = &r * 2u8;
        let up = twice > p || (twice == p && (has_frac || q.is_odd()));
        let q = if up { q + 1u8 } else { q };
        let mag = to_f64(&Int::from_bigint(q * &p)).map_err(|_| too_large())?;
        if x < 0.0 { -mag } else { mag }
    };
    if r.is_infinite() {
        return Err(too_large());
    }
    Ok(RoundResult::Float(r))
}

/// round(int, ndigits): exact half-even rounding to a multiple of 10**-ndigits.
pub fn round_int(a: &Int, ndigits: i64) -> Int {
    if ndigits >= 0 || a.is_zero() {
        return a.clone();
    }
    let k = ndigits.unsigned_abs();
    // |a| < 10**k / 2 once 10**k has more digits than a: the result is 0.
    if k > super::bit_length(a) / 3 + 2 {
        return Int::Small(0);
    }
    let p = BigInt::from(10u8).pow(k as u32);
    let v = a.to_bigint();
    let (q, r) = v.div_mod_floor(&p);
    let twice: BigInt = &r * 2u8;
    let up = twice > p || (twice == p && q.is_odd());
    let q = if up { q + 1u8 } else { q };
    let res = q * p;
    if res.is_zero() { Int::Small(0) } else { Int::from_bigint(res) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_even() {
        assert_eq!(round_float(2.5, None).unwrap(), RoundResult::Int(Int::Small(2)));
        assert_eq!(round_float(-3.5, None).unwrap(), RoundResult::Int(Int::Small(-4)));
        assert_eq!(round_float(2.675, Some(2)).unwrap(), RoundResult::Float(2.67));
        assert_eq!(round_float(125.0, Some(-1)).unwrap(), RoundResult::Float(120.0));
        assert_eq!(round_float(135.0, Some(-1)).unwrap(), RoundResult::Float(140.0));
        assert!(round_float(1.5e308, Some(-308)).is_err());
        assert!(round_float(f64::NAN, None).is_err());
        assert_eq!(round_int(&Int::Small(15), -1), Int::Small(20));
        assert_eq!(round_int(&Int::Small(25), -1), Int::Small(20));
        assert_eq!(round_int(&Int::Small(-25), -1), Int::Small(-20));
        assert_eq!(round_int(&Int::Small(5), -1), Int::Small(0));
        assert_eq!(round_int(&Int::Small(5), -1000), Int::Small(0));
    }
}
