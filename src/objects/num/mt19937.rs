//! The Mersenne Twister behind CPython's `_random.Random`, so that seeded programs draw the
//! same numbers as CPython: seeding from an int (init_by_array over its 32-bit words),
//! random(), getrandbits(k) and the state tuple of getstate()/setstate().

use super::Int;
use num_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn init_genrand(s: u32) -> Mt19937 {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        Mt19937 { state: mt, index: N }
    }

    /// init_by_array: the reference seeding from a key of 32-bit words.
    pub fn from_key(key: &[u32]) -> Mt19937 {
        let mut g = Mt19937::init_genrand(19_650_218);
        let mt = &mut g.state;
        let key_len = key.len().max(1);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key_len) {
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525)).wrapping_add(k).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key_len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// random.seed(n) for an int n: the key is |n| in little-endian 32-bit words.
    pub fn from_int_seed(n: &Int) -> Mt19937 {
        let (_, mut words) = n.to_bigint().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        Mt19937::from_key(&words)
    }

    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for kk in 0..N {
            let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// random.random(): 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// random.getrandbits(k) for k >= 0 (k == 0 gives 0).
    pub fn getrandbits(&mut self, k: u64) -> Int {
        if k == 0 {
            return Int::Small(0);
        }
        if k <= 32 {
            return Int::Small((self.next_u32() >> (32 - k)) as i64);
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        Int::from_bigint(BigInt::from_slice(Sign::Plus, &out))
    }

    /// getstate(): 624 words then the index, as CPython's state tuple.
    pub fn state(&self) -> (Vec<u32>, usize) {
        (self.state.to_vec(), self.index)
    }

    /// setstate(): `None` when the words or index are out of range (CPython raises
    /// ValueError "state vector is the wrong size" / "invalid state").
    pub fn from_state(words: &[u32], index: usize) -> Option<Mt19937> {
        if words.len() != N || index > N {
            return None;
        }
        let mut state = [0u32; N];
        state.copy_from_slice(words);
        Some(Mt19937 { state, index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_output() {
        // The reference init_by_array({0x123, 0x234, 0x345, 0x456}) sequence.
        let mut g = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!([g.next_u32(), g.next_u32(), g.next_u32()], [1067595299, 955945823, 477289528]);
    }
}
