//! scrypt's memory-hard core (RFC 7914 ROMix over BlockMix/Salsa20/8) for
//! `hashlib.scrypt`; the PBKDF2-HMAC-SHA256 steps around it are Python.

use super::{bytes_at, int_at};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn salsa20_8(b: &mut [u32; 16]) {
    let mut x = *b;
    for _ in 0..4 {
        // Column round, then row round (two of the eight rounds per pass).
        for &(a, bb, c, d) in &[(0, 4, 8, 12), (5, 9, 13, 1), (10, 14, 2, 6), (15, 3, 7, 11)] {
            x[bb] ^= x[a].wrapping_add(x[d]).rotate_left(7);
            x[c] ^= x[bb].wrapping_add(x[a]).rotate_left(9);
            x[d] ^= x[c].wrapping_add(x[bb]).rotate_left(13);
            x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
        }
        for &(a, bb, c, d) in &[(0, 1, 2, 3), (5, 6, 7, 4), (10, 11, 8, 9), (15, 12, 13, 14)] {
            x[bb] ^= x[a].wrapping_add(x[d]).rotate_left(7);
            x[c] ^= x[bb].wrapping_add(x[a]).rotate_left(9);
            x[d] ^= x[c].wrapping_add(x[bb]).rotate_left(13);
            x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
        }
    }
    for (o, n) in b.iter_mut().zip(x) {
        *o = o.wrapping_add(n);
    }
}

/// BlockMix: `b` is 2r 16-word blocks; the result goes to `out` (same length).
fn block_mix(b: &[u32], out: &mut [u32], r: usize) {
    let mut x = [0u32; 16];
    x.copy_from_slice(&b[(2 * r - 1) * 16..2 * r * 16]);
    for i in 0..2 * r {
        for (xv, bv) in x.iter_mut().zip(&b[i * 16..(i + 1) * 16]) {
            *xv ^= *bv;
        }
        salsa20_8(&mut x);
        // Even blocks go to the first half, odd ones to the second.
        let dst = if i % 2 == 0 { i / 2 } else { r + i / 2 };
        out[dst * 16..(dst + 1) * 16].copy_from_slice(&x);
    }
}

fn romix(block: &[u8], r: usize, n: usize) -> Vec<u8> {
    let words = 32 * r;
    let mut x: Vec<u32> = block.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    let mut y = vec![0u32; words];
    let mut v = vec![0u32; words * n];
    for i in 0..n {
        v[i * words..(i + 1) * words].copy_from_slice(&x);
        block_mix(&x, &mut y, r);
        std::mem::swap(&mut x, &mut y);
    }
    for _ in 0..n {
        let j = (x[(2 * r - 1) * 16] as usize) % n;
        for (xv, vv) in x.iter_mut().zip(&v[j * words..(j + 1) * words]) {
            *xv ^= *vv;
        }
        block_mix(&x, &mut y, r);
        std::mem::swap(&mut x, &mut y);
    }
    x.iter().flat_map(|w| w.to_le_bytes()).collect()
}

/// `scrypt_romix(block, r, n)`: ROMix of one 128*r-byte block. The Python caller has
/// checked r, n and the memory limit; bad shapes are still errors, not panics.
pub fn scrypt_romix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let block = bytes_at(vm, &args, 0)?;
    let r = int_at(vm, &args, 1)?;
    let n = int_at(vm, &args, 2)?;
    if r < 1 || n < 2 || block.len() as u128 != 128 * r as u128 || (n as u128) * (r as u128) * 128 > (1u128 << 31) {
        return Err(vm.value_error("Invalid parameter combination for n, r, p, maxmem."));
    }
    Ok(vm.new_bytes(romix(&block, r as usize, n as usize)))
}
