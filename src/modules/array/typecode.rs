//! array typecodes: item sizes, the buffer format each exports, and conversions between
//! Python values and native-endian machine bytes, with CPython's error messages (which
//! follow the chain of C conversions CPython applies: C long first, then the narrower type).

use crate::objects::num::Int;
use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub fn itemsize(code: u8) -> Option<usize> {
    Some(match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The struct-style format the array exports (`u` is a 4-byte wchar_t, exported as `w`).
pub fn buffer_format(code: u8) -> u8 {
    if code == b'u' { b'w' } else { code }
}

/// The Python value of one item; `b` holds at least `itemsize(code)` bytes.
pub fn load(vm: &Vm, code: u8, b: &[u8]) -> Value {
    let mut a = [0u8; 8];
    let n = itemsize(code).unwrap_or(1).min(b.len());
    a[..n].copy_from_slice(&b[..n]);
    let w4 = [a[0], a[1], a[2], a[3]];
    match code {
        b'b' => Value::Int(a[0] as i8 as i64),
        b'B' => Value::Int(a[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([a[0], a[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([a[0], a[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes(w4) as i64),
        b'I' => Value::Int(u32::from_ne_bytes(w4) as i64),
        b'f' => Value::Float(f32::from_ne_bytes(w4) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(a)),
        b'u' => {
            let cp = u32::from_ne_bytes(w4);
            vm.new_pystr(crate::objects::strdata::PyStr::from_code_points(&[cp.min(0x10FFFF)]))
        }
        b'L' | b'Q' => {
            let u = u64::from_ne_bytes(a);
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_bigint(num_bigint::BigInt::from(u)),
            }
        }
        _ => Value::Int(i64::from_ne_bytes(a)),
    }
}

/// `v` as an integer, clamped to i128 (far outside every C range anyway).
fn int_value(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    Ok(match crate::modules::math::arg_index(vm, v)? {
        Int::Small(n) => n as i128,
        Int::Big(b) => i128::try_from(&b).unwrap_or(if num_traits::Signed::is_negative(&b) { i128::MIN } else { i128::MAX }),
    })
}

/// Check `n` against `lo..=hi`, naming the C type as CPython's getargs does.
fn range(vm: &Vm, n: i128, lo: i128, hi: i128, cname: &str) -> PyResult<()> {
    if n < lo {
        return Err(vm.overflow_error(format!("{cname} is less than minimum")));
    }
    if n > hi {
        return Err(vm.overflow_error(format!("{cname} is greater than maximum")));
    }
    Ok(())
}

fn c_long(vm: &Vm, n: i128) -> PyResult<()> {
    if n < i64::MIN as i128 || n > i64::MAX as i128 {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    }
    Ok(())
}

fn real_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = crate::objects::float::as_f64(v) {
        return Ok(f);
    }
    let numeric = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Int(_))
                || (!matches!(o.payload, Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
                    && (crate::objects::types::lookup(o.class(), "__float__").is_some()
                        || crate::objects::types::lookup(o.class(), "__index__").is_some()))
        }
        _ => false,
    };
    if !numeric {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
    }
    crate::objects::float::to_f64(vm, v)
}

/// The machine bytes of `v` as an item of `code` (the first `itemsize(code)` bytes count).
pub fn store(vm: &mut Vm, code: u8, v: &Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        b'f' => out[..4].copy_from_slice(&(real_value(vm, v)? as f32).to_ne_bytes()),
        b'd' => out.copy_from_slice(&real_value(vm, v)?.to_ne_bytes()),
        b'u' => {
            let cp = match v.payload() {
                Some(Payload::Str(s)) if s.len() == 1 => s.char_at(0),
                _ => return Err(vm.type_error("array item must be unicode character")),
            };
            out[..4].copy_from_slice(&cp.to_ne_bytes());
        }
        _ => {
            let n = int_value(vm, v)?;
            match code {
                b'b' => {
                    c_long(vm, n)?;
                    range(vm, n, i16::MIN as i128, i16::MAX as i128, "signed short integer")?;
                    range(vm, n, i8::MIN as i128, i8::MAX as i128, "signed char")?;
                }
                b'B' => {
                    c_long(vm, n)?;
                    range(vm, n, 0, 255, "unsigned byte integer")?;
                }
                b'h' => {
                    c_long(vm, n)?;
                    range(vm, n, i16::MIN as i128, i16::MAX as i128, "signed short integer")?;
                }
                b'H' => {
                    c_long(vm, n)?;
                    range(vm, n, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
                    range(vm, n, 0, u16::MAX as i128, "unsigned short")?;
                }
                b'i' => {
                    c_long(vm, n)?;
                    range(vm, n, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
                }
                b'l' => c_long(vm, n)?,
                b'I' | b'L' => {
                    if n < 0 {
                        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
                    }
                    if n > u64::MAX as i128 {
                        return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
                    }
                    if code == b'I' && n > u32::MAX as i128 {
                        return Err(vm.overflow_error("unsigned int is greater than maximum"));
                    }
                }
                b'q' => {
                    if n < i64::MIN as i128 || n > i64::MAX as i128 {
                        return Err(vm.overflow_error("int too big to convert"));
                    }
                }
                _ => {
                    if n < 0 {
                        return Err(vm.overflow_error("can't convert negative int to unsigned"));
                    }
                    if n > u64::MAX as i128 {
                        return Err(vm.overflow_error("int too big to convert"));
                    }
                }
            }
            // Little-endian i128 bytes, then reordered to native: the low bytes hold the value.
            let le = n.to_le_bytes();
            let size = itemsize(code).unwrap_or(1);
            let mut item = [0u8; 8];
            item[..size].copy_from_slice(&le[..size]);
            if cfg!(target_endian = "big") {
                item[..size].reverse();
            }
            out = item;
        }
    }
    Ok(out)
}
