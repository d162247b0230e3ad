//! Integer functions for the math module: isqrt, gcd, lcm, factorial, comb, perm.

use super::{Int, MAX_INT_BITS, NumError, value_err};
use num_bigint::BigInt;
use num_integer::{Integer, Roots};
use num_traits::{One, Signed};

pub fn isqrt(a: &Int) -> Result<Int, NumError> {
    if a.is_negative() {
        return Err(value_err("isqrt() argument must be nonnegative"));
    }
    Ok(match a {
        Int::Small(x) => Int::Small((*x as u64).sqrt() as i64),
        Int::Big(b) => Int::from_bigint(b.sqrt()),
    })
}

pub fn gcd(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => {
            let g = x.unsigned_abs().gcd(&y.unsigned_abs());
            Int::from_bigint(BigInt::from(g))
        }
        _ => Int::from_bigint(a.to_bigint().gcd(&b.to_bigint())),
    }
}

pub fn lcm(a: &Int, b: &Int) -> Int {
    if a.is_zero() || b.is_zero() {
        return Int::Small(0);
    }
    Int::from_bigint(a.to_bigint().lcm(&b.to_bigint()).abs())
}

pub fn factorial(n: &Int) -> Result<Int, NumError> {
    if n.is_negative() {
        return Err(value_err("factorial() not defined for negative values"));
    }
    let n = match n.to_i64() {
        Some(n) => n as u64,
        None => {
            return Err(NumError::Overflow(
                "factorial() argument should not exceed 9223372036854775807".into(),
            ));
        }
    };
    // log2(n!) < n * log2(n): refuse sizes no machine here could hold.
    if (n as f64) * (n.max(2) as f64).log2() > MAX_INT_BITS as f64 {
        return Err(NumError::Memory(String::new()));
    }
    Ok(Int::from_bigint(product(1, n)))
}

/// lo * (lo+1) * ... * hi, splitting in halves so the big multiplications stay balanced.
fn product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for k in lo..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid + 1, hi)
}

fn nonneg(x: &Int, what: &str) -> Result<u64, NumError> {
    if x.is_negative() {
        return Err(value_err(&format!("{what} must be a non-negative integer")));
    }
    x.to_i64()
        .map(|v| v as u64)
        .ok_or_else(|| NumError::Overflow(format!("{what} must not exceed 9223372036854775807")))
}

/// math.comb(n, k).
pub fn comb(n: &Int, k: &Int) -> Result<Int, NumError> {
    let nn = nonneg(n, "n")?;
    let kk = nonneg(k, "k")?;
    if kk > nn {
        return Ok(Int::Small(0));
    }
    let k = kk.min(nn - kk);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (nn - i) / (i + 1);
    }
    Ok(Int::from_bigint(acc))
}

/// math.perm(n, k); `None` for k means n! (math.perm(n)).
pub fn perm(n: &Int, k: Option<&Int>) -> Result<Int, NumError> {
    // perm(n) is factorial(n), errors included.
    let Some(k) = k else {
        return factorial(n);
    };
    let nn = nonneg(n, "n")?;
    let kk = nonneg(k, "k")?;
    if kk > nn {
        return Ok(Int::Small(0));
    }
    Ok(Int::from_bigint(product(nn - kk + 1, nn)))
}


#[cfg(test)]
mod tests {
    use super::*;

    fn i(x: i64) -> Int {
        Int::Small(x)
    }

    #[test]
    fn values() {
        assert_eq!(isqrt(&i(99)).unwrap(), i(9));
        assert_eq!(gcd(&i(-12), &i(18)), i(6));
        assert_eq!(lcm(&i(-4), &i(6)), i(12));
        assert_eq!(factorial(&i(25)).unwrap().to_string(), "15511210043330985984000000");
        assert_eq!(comb(&i(10), &i(3)).unwrap(), i(120));
        assert_eq!(perm(&i(10), Some(&i(3))).unwrap(), i(720));
        assert_eq!(perm(&i(5), None).unwrap(), i(120));
        assert!(comb(&i(-1), &i(2)).is_err());
        assert_eq!(gcd(&i(i64::MIN), &i(0)).to_string(), "9223372036854775808");
    }
}
