//! CPython's (64-bit) hashes of numbers, tuples and frozensets; a fixed hash for strings.

use super::Int;
use num_traits::ToPrimitive;

/// Numeric hashes are residues modulo this Mersenne prime, so equal numbers of different
/// types hash alike (`hash(1) == hash(1.0) == hash(True)`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
pub const HASH_INF: i64 = 314159;

#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

#[inline]
pub fn hash_int(a: &Int) -> i64 {
    match a {
        Int::Small(x) => {
            let r = (x.unsigned_abs() % HASH_MODULUS) as i64;
            fix(if *x < 0 { -r } else { r })
        }
        Int::Big(b) => {
            let r = (b.magnitude() % HASH_MODULUS).to_i64().unwrap_or(0);
            fix(if b.sign() == num_bigint::Sign::Minus { -r } else { r })
        }
    }
}

/// hash(float). NaN hashes by identity in CPython 3.11; there is no identity here, so the
/// caller must hash NaN objects by their id (this returns 0 for NaN).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if f == 0.0 {
        return 0;
    }
    let (mant, exp) = super::to_float::decompose(f);
    // mant * 2**exp mod P, and 2**61 == 1 (mod P) makes 2**exp == 2**(exp mod 61).
    let e = exp.rem_euclid(HASH_BITS as i64) as u32;
    let x = ((mant as u128 % HASH_MODULUS as u128) << e) % HASH_MODULUS as u128;
    let x = x as i64;
    fix(if f < 0.0 { -x } else { x })
}

pub fn hash_complex(re: f64, im: f64) -> i64 {
    let combined = (hash_float(re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_float(im) as u64));
    fix(combined as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// 3.11's tuplehash (xxHash-based), from the items' hashes.
pub fn hash_tuple(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[inline]
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// frozenset_hash: depends only on the set of item hashes, not on the table layout.
pub fn hash_frozenset(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash: u64 = 0;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash as i64
}

/// A fixed, fast hash of bytes (CPython randomises str hashes, so only quality and
/// determinism matter): 8-byte words folded by multiply-rotate, then the splitmix64
/// finaliser so short keys spread over all the bits a table index uses. Empty input
/// hashes to 0, as hash('') does in CPython.
#[inline]
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(buf)).wrapping_mul(K).rotate_left(29);
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    fix(h as i64)
}

/// hash(str): `hash_bytes` of the UTF-8 text (so hash(b'abc') == hash('abc'), as in CPython).
#[inline]
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// hash(str) for text held as code points, lone surrogates included: the hash of its
/// generalised UTF-8 encoding, so it agrees with `hash_str` on every valid string.
pub fn hash_code_points(cps: impl Iterator<Item = u32>) -> i64 {
    let mut buf = Vec::new();
    for cp in cps {
        match cp {
            0..=0x7f => buf.push(cp as u8),
            0x80..=0x7ff => buf.extend([0xc0 | (cp >> 6) as u8, 0x80 | (cp & 0x3f) as u8]),
            0x800..=0xffff => buf.extend([0xe0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3f) as u8, 0x80 | (cp & 0x3f) as u8]),
            _ => buf.extend([
                0xf0 | (cp >> 18) as u8,
                0x80 | ((cp >> 12) & 0x3f) as u8,
                0x80 | ((cp >> 6) & 0x3f) as u8,
                0x80 | (cp & 0x3f) as u8,
            ]),
        }
    }
    hash_bytes(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(hash_int(&Int::Small(-1)), -2);
        assert_eq!(hash_int(&Int::Small((1 << 61) - 1)), 0);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_tuple([1i64, 2].into_iter(), 2), -3550055125485641917);
        assert_eq!(hash_frozenset([1i64, 2].into_iter(), 2), -1826646154956904602);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("abc"), hash_bytes(b"abc"));
        assert_eq!(hash_str("h\u{e9}llo \u{1f600}"), hash_code_points("h\u{e9}llo \u{1f600}".chars().map(u32::from)));
        assert_ne!(hash_str("ab"), hash_str("ba"));
        assert_ne!(hash_str("a"), hash_str("a\0"));
    }
}
