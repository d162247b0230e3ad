//! Shifts, two's-complement bitwise operations, bit counts and byte conversion.

use super::{Int, MAX_INT_BITS, NumError, overflow, value_err};
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

fn negative_shift() -> NumError {
    value_err("negative shift count")
}

#[inline]
pub fn lshift(a: &Int, b: &Int) -> Result<Int, NumError> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    let n = match b.to_i64() {
        Some(n) if (n as u64) < MAX_INT_BITS => n as u64,
        _ => return Err(NumError::Memory(String::new())),
    };
    if let Int::Small(x) = a
        && n < 63 {
            let r = x << n;
            if r >> n == *x {
                return Ok(Int::Small(r));
            }
        }
    if bit_length(a) + n > MAX_INT_BITS {
        return Err(NumError::Memory(String::new()));
    }
    Ok(Int::from_bigint(a.as_big().as_ref() << n))
}

#[inline]
pub fn rshift(a: &Int, b: &Int) -> Result<Int, NumError> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    let n = match b.to_i64() {
        Some(n) => n as u64,
        None => u64::MAX,
    };
    match a {
        // Arithmetic shift on two's complement is floor division by 2**n.
        Int::Small(x) => Ok(Int::Small(if n >= 64 { if *x < 0 { -1 } else { 0 } } else { x >> n })),
        Int::Big(x) => {
            if n >= bit_length(a) {
                return Ok(Int::Small(if x.is_negative() { -1 } else { 0 }));
            }
            Ok(Int::from_bigint(floor_shr(x, n)))
        }
    }
}

/// x >> n rounding toward negative infinity, independent of the crate's convention.
fn floor_shr(x: &BigInt, n: u64) -> BigInt {
    if x.sign() == Sign::Minus {
        let m = x.magnitude();
        let lost = m.trailing_zeros().is_some_and(|tz| tz < n);
        let q = BigInt::from_biguint(Sign::Plus, m >> n);
        -(if lost { q + 1u8 } else { q })
    } else {
        x >> n
    }
}

#[inline]
pub fn bitand(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => Int::from_bigint(a.as_big().as_ref() & b.as_big().as_ref()),
    }
}

#[inline]
pub fn bitor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => Int::from_bigint(a.as_big().as_ref() | b.as_big().as_ref()),
    }
}

#[inline]
pub fn bitxor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => Int::from_bigint(a.as_big().as_ref() ^ b.as_big().as_ref()),
    }
}

/// ~a == -(a + 1).
#[inline]
pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(x) => Int::from_bigint(-(x + 1u8)),
    }
}

/// Number of bits of |a| (int.bit_length).
pub fn bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        Int::Big(x) => x.bits(),
    }
}

/// Number of one bits of |a| (int.bit_count).
pub fn bit_count(a: &Int) -> u64 {
    match a {
        Int::Small(x) => x.unsigned_abs().count_ones() as u64,
        Int::Big(x) => x.magnitude().count_ones(),
    }
}

/// int.to_bytes(length, byteorder, signed=...).
pub fn to_bytes(a: &Int, length: usize, little: bool, signed: bool) -> Result<Vec<u8>, NumError> {
    if !signed && a.is_negative() {
        return Err(overflow("can't convert negative int to unsigned"));
    }
    let b = a.to_bigint();
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.magnitude().to_bytes_le() };
    // The crate emits a lone 0x00 for zero; strip redundant sign-extension bytes.
    if bytes == [0] {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(overflow("int too big to convert"));
    }
    if length > (MAX_INT_BITS / 8) as usize || bytes.try_reserve(length - bytes.len()).is_err() {
        return Err(NumError::Memory(String::new()));
    }
    let pad = if signed && a.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// int.from_bytes(bytes, byteorder, signed=...).
pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> Int {
    let b = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(bytes),
        (false, true) => BigInt::from_signed_bytes_be(bytes),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
    };
    Int::from_bigint(b)
}


#[cfg(test)]
mod tests {
    use super::*;

    fn i(x: i64) -> Int {
        Int::Small(x)
    }

    #[test]
    fn shifts() {
        assert_eq!(lshift(&i(1), &i(64)).unwrap().to_string(), "18446744073709551616");
        assert_eq!(lshift(&i(-3), &i(62)).unwrap().to_string(), "-13835058055282163712");
        let big = lshift(&i(-5), &i(100)).unwrap();
        assert_eq!(rshift(&big, &i(99)).unwrap(), i(-10));
        let odd = add_one(&big);
        assert_eq!(rshift(&odd, &i(101)).unwrap(), i(-3));
        assert_eq!(rshift(&i(-1), &i(1000)).unwrap(), i(-1));
        assert!(matches!(lshift(&i(1), &i(1 << 40)), Err(NumError::Memory(_))));
        assert!(matches!(rshift(&i(1), &i(-1)), Err(NumError::Value(_))));
    }

    fn add_one(a: &Int) -> Int {
        super::super::add(a, &i(1))
    }

    #[test]
    fn bytes_roundtrip() {
        assert_eq!(to_bytes(&i(1024), 2, false, false).unwrap(), vec![4, 0]);
        assert_eq!(to_bytes(&i(-1), 2, true, true).unwrap(), vec![255, 255]);
        assert!(to_bytes(&i(128), 1, true, true).is_err());
        assert!(to_bytes(&i(-1), 1, true, false).is_err());
        assert_eq!(to_bytes(&i(0), 0, true, false).unwrap(), Vec::<u8>::new());
        assert_eq!(from_bytes(&[255, 254], false, true), i(-2));
        assert_eq!(bitand(&i(-6), &lshift(&i(1), &i(70)).unwrap()).to_string(), "1180591620717411303424");
    }
}
