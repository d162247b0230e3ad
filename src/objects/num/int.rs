//! The Python int: an i64 fast path that spills into `BigInt` on overflow.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A Python int: `Small` whenever the value fits in i64 (invariant: `Big` never holds an
/// i64-range value, so equality and hashing can compare variants directly).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    /// Builds an Int, demoting to `Small` when the value fits.
    pub fn from_bigint(b: BigInt) -> Int {
        match b.to_i64() {
            Some(i) => Int::Small(i),
            None => Int::Big(b),
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as a BigInt, borrowed when it already is one (no clone on big paths).
    pub fn as_big(&self) -> std::borrow::Cow<'_, BigInt> {
        match self {
            Int::Small(i) => std::borrow::Cow::Owned(BigInt::from(*i)),
            Int::Big(b) => std::borrow::Cow::Borrowed(b),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i64 {
        match self {
            Int::Small(i) => i.signum(),
            Int::Big(b) => match b.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }
}

impl From<i64> for Int {
    fn from(i: i64) -> Int {
        Int::Small(i)
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Int {
        Int::from_bigint(b)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        cmp(self, other)
    }
}

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(i) => write!(f, "{i}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}

#[inline]
pub fn cmp(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        // A Big is outside i64 range, so its sign decides against any Small.
        (Int::Small(_), Int::Big(y)) => {
            if y.is_negative() {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (Int::Big(x), Int::Small(_)) => {
            if x.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Int::Big(x), Int::Big(y)) => x.cmp(y),
    }
}

#[inline]
pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    // Borrow big operands rather than cloning them.
    Int::from_bigint(match (a, b) {
        (Int::Big(x), Int::Big(y)) => x + y,
        (Int::Big(x), Int::Small(y)) | (Int::Small(y), Int::Big(x)) => x + y,
        (Int::Small(x), Int::Small(y)) => BigInt::from(*x) + y,
    })
}

#[inline]
pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    Int::from_bigint(match (a, b) {
        (Int::Big(x), Int::Big(y)) => x - y,
        (Int::Big(x), Int::Small(y)) => x - y,
        (Int::Small(x), Int::Big(y)) => x - y,
        (Int::Small(x), Int::Small(y)) => BigInt::from(*x) - y,
    })
}

#[inline]
pub fn mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b)
        && let Some(r) = x.checked_mul(*y) {
            return Int::Small(r);
        }
    Int::from_bigint(match (a, b) {
        (Int::Big(x), Int::Big(y)) => x * y,
        (Int::Big(x), Int::Small(y)) | (Int::Small(y), Int::Big(x)) => x * y,
        (Int::Small(x), Int::Small(y)) => BigInt::from(*x) * y,
    })
}

#[inline]
pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::Big(-BigInt::from(*x)),
        },
        Int::Big(b) => Int::from_bigint(-b),
    }
}

#[inline]
pub fn abs(a: &Int) -> Int {
    if a.is_negative() { neg(a) } else { a.clone() }
}

impl Zero for Int {
    fn zero() -> Int {
        Int::Small(0)
    }
    fn is_zero(&self) -> bool {
        Int::is_zero(self)
    }
}

impl std::ops::Add for Int {
    type Output = Int;
    fn add(self, o: Int) -> Int {
        add(&self, &o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_spills_and_demotes() {
        let m = Int::Small(i64::MAX);
        let s = add(&m, &Int::Small(1));
        assert!(matches!(s, Int::Big(_)));
        assert_eq!(sub(&s, &Int::Small(1)), m);
        assert_eq!(neg(&Int::Small(i64::MIN)).to_string(), "9223372036854775808");
        assert_eq!(mul(&Int::Small(1 << 40), &Int::Small(1 << 40)).to_string(), "1208925819614629174706176");
        assert_eq!(cmp(&s, &m), Ordering::Greater);
    }
}
