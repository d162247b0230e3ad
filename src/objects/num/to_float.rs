//! Exact conversions between ints and floats: correctly rounded int -> float, exact
//! float -> int and exact mixed comparison.

use super::{Int, NumError, overflow, value_err};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;
use std::cmp::Ordering;

/// 2**k for k in -1074..=1023, built from bits so it is exact even when subnormal.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Rounds `q * 2**shift` (plus a nonzero tail below q's last bit when `sticky`) to the
/// nearest double, ties to even, as CPython's long_true_divide and PyLong_AsDouble do.
/// `None` means the result overflows.
pub(crate) fn round_scaled(q: &BigUint, shift: i64, sticky: bool) -> Option<f64> {
    let qbits = q.bits() as i64;
    if qbits == 0 {
        return Some(0.0);
    }
    // The value lies in [2**(e-1), 2**e); keep bits down to 2**lowest.
    let e = qbits + shift;
    if e > 1024 {
        return None;
    }
    let lowest = (e - 53).max(-1074);
    let drop = lowest - shift;
    let (mut keep, round_up) = if drop <= 0 {
        // Every bit of q fits (callers pass sticky only with q wide enough that drop > 0).
        ((q << ((-drop) as u64)).to_u64().unwrap_or(0), false)
    } else {
        let d = drop as u64;
        let keep = (q >> d).to_u64().unwrap_or(0);
        let half = q.bit(d - 1);
        let below_half = sticky || q.trailing_zeros().is_some_and(|tz| tz < d - 1);
        let up = half && (below_half || keep & 1 == 1);
        (keep, up)
    };
    if round_up {
        keep += 1;
    }
    let shift_out = if drop <= 0 { shift + drop } else { lowest };
    // keep <= 2**53 and keep * 2**shift_out is representable unless it rounded past 2**1024.
    if keep == 0 {
        return Some(0.0);
    }
    if (64 - keep.leading_zeros()) as i64 + shift_out > 1024 {
        return None;
    }
    let (mut x, mut k) = (keep as f64, shift_out);
    if k > 1023 {
        x *= pow2(1023);
        k -= 1023;
    }
    Some(x * pow2(k))
}

/// int -> float, correctly rounded; OverflowError "int too large to convert to float".
pub fn to_f64(a: &Int) -> Result<f64, NumError> {
    match a {
        Int::Small(i) => Ok(*i as f64),
        Int::Big(b) => {
            let r = round_scaled(b.magnitude(), 0, false)
                .ok_or_else(|| overflow("int too large to convert to float"))?;
            Ok(if b.sign() == Sign::Minus { -r } else { r })
        }
    }
}

/// frexp of an int of any size (CPython's _PyLong_Frexp): (m, e) with a = m * 2**e,
/// 0.5 <= |m| < 1 (m correctly rounded), or (0.0, 0) for 0. Never overflows.
pub fn int_frexp(a: &Int) -> (f64, i64) {
    let big = a.as_big();
    let mag = big.magnitude();
    let bits = mag.bits() as i64;
    if bits == 0 {
        return (0.0, 0);
    }
    // Scale into [0.5, 1): keep the top bits exactly, the rest as a sticky bit.
    let keep = bits.min(60);
    let q = mag >> ((bits - keep) as u64);
    let sticky = mag.trailing_zeros().is_some_and(|tz| (tz as i64) < bits - keep);
    let mut m = round_scaled(&q, -keep, sticky).unwrap_or(0.0);
    let mut e = bits;
    // Rounding up can reach 1.0 exactly.
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    (if a.is_negative() { -m } else { m }, e)
}

/// Natural log of a positive int of any size (math.log for ints too big for a float).
/// `None` for a <= 0 (the caller raises ValueError "math domain error").
pub fn int_log(a: &Int) -> Option<f64> {
    if a.signum() <= 0 {
        return None;
    }
    if let Ok(f) = to_f64(a) {
        return Some(f.ln());
    }
    let (m, e) = int_frexp(a);
    Some(m.ln() + e as f64 * std::f64::consts::LN_2)
}

/// int(float): truncates toward zero, exactly.
pub fn from_f64(f: f64) -> Result<Int, NumError> {
    if f.is_nan() {
        return Err(value_err("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    let (mant, exp) = decompose(t);
    let mag = BigInt::from(mant) << (exp as u64);
    Ok(Int::from_bigint(if t < 0.0 { -mag } else { mag }))
}

/// |f| = mant * 2**exp for a finite f (exp may be negative).
pub(crate) fn decompose(f: f64) -> (u64, i64) {
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// Exact comparison of an int with a float (`None` when f is nan).
pub fn cmp_int_float(a: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Int::Small(i) = a {
        // Every i64 of magnitude <= 2**53 converts exactly.
        if i.unsigned_abs() <= 1 << 53 {
            return (*i as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = from_f64(fl).ok()?;
    match super::cmp(a, &fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Float equality with an int, exactly (`1 == 1.0`, `2**53+1 != 2.0**53`).
pub fn eq_int_float(a: &Int, f: f64) -> bool {
    cmp_int_float(a, f) == Some(Ordering::Equal)
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_to_float_rounds_half_even() {
        let two53 = BigInt::from(1u64 << 53);
        // 2**53 + 1 ties to 2**53; 2**53 + 3 ties up to 2**53 + 4.
        let a = Int::from_bigint(&two53 + 1u32);
        assert_eq!(to_f64(&a).unwrap(), 9007199254740992.0);
        let b = Int::from_bigint((&two53 + 3u32) * BigInt::from(1u64 << 20));
        assert_eq!(to_f64(&b).unwrap(), 9007199254740996.0 * (1u64 << 20) as f64);
        let huge = Int::from_bigint(BigInt::from(1u8) << 1024u32);
        assert!(to_f64(&huge).is_err());
    }

    #[test]
    fn float_int_compare() {
        let a = Int::from_bigint((BigInt::from(1u64 << 53)) + 1u32);
        assert_eq!(cmp_int_float(&a, 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(&Int::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(cmp_int_float(&Int::Small(3), f64::NAN), None);
        assert_eq!(from_f64(-1e20).unwrap().to_string(), "-100000000000000000000");
    }
}
