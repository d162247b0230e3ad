//! `_floatpack`: IEEE half/single/double conversions for `struct` and `array`
//! (CPython's PyFloat_Pack2/4/8 and Unpack2/4/8, little-endian bytes).

use super::{bytes_at, int_at, module_with};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(vm, "_floatpack", &[("pack", pack), ("unpack", unpack)])
}

/// f64 to binary16, rounding half to even; None when the value is too large.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // 2^e <= a < 2^(e+1); f64 subnormals are far below the half range and round to zero.
    let raw_exp = ((a.to_bits() >> 52) & 0x7ff) as i32;
    if raw_exp == 0 {
        return Some(sign);
    }
    let e = raw_exp - 1023;
    if e >= 16 {
        return None;
    }
    if e < -25 {
        return Some(sign);
    }
    // Both scalings are by powers of two, so `m` is exact before rounding.
    let (m, mut biased) = if e < -14 { (a * 2f64.powi(24), 0i32) } else { (a * 2f64.powi(10 - e) - 1024.0, e + 15) };
    let mut bits = m.floor();
    let frac = m - bits;
    if frac > 0.5 || (frac == 0.5 && (bits as u32) % 2 == 1) {
        bits += 1.0;
        if bits >= 1024.0 {
            bits = 0.0;
            biased += 1;
            if biased == 31 {
                return None;
            }
        }
    }
    Some(sign | ((biased as u16) << 10) | bits as u16)
}

fn from_half(b: u16) -> f64 {
    let sign = if b & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((b >> 10) & 0x1f) as i32;
    let f = (b & 0x3ff) as f64;
    let v = match e {
        0x1f if f == 0.0 => f64::INFINITY,
        0x1f => return if sign < 0.0 { -f64::NAN } else { f64::NAN },
        0 => f / 1024.0 * 2f64.powi(-14),
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    };
    sign * v
}

/// `pack(x, size, strict)`: little-endian bytes; `strict` makes a float too large for
/// single precision an OverflowError (standard sizes) instead of infinity (native).
fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = crate::modules::math::arg_f64(vm, &args.at(0))?;
    let size = int_at(vm, &args, 1)?;
    let strict = matches!(args.at(2), Value::Bool(true));
    let out = match size {
        2 => match to_half(x) {
            Some(h) => h.to_le_bytes().to_vec(),
            None => return Err(vm.overflow_error("float too large to pack with e format")),
        },
        4 => {
            let f = x as f32;
            if strict && f.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            f.to_le_bytes().to_vec()
        }
        _ => x.to_le_bytes().to_vec(),
    };
    Ok(vm.new_bytes(out))
}

/// `unpack(data)`: the float in 2, 4 or 8 little-endian bytes.
fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytes_at(vm, &args, 0)?;
    let v = match b.as_slice() {
        [a, c] => from_half(u16::from_le_bytes([*a, *c])),
        [a, c, d, e] => f32::from_le_bytes([*a, *c, *d, *e]) as f64,
        s if s.len() == 8 => {
            let mut w = [0u8; 8];
            w.copy_from_slice(s);
            f64::from_le_bytes(w)
        }
        _ => return Err(vm.value_error("bad float size")),
    };
    Ok(Value::Float(v))
}
