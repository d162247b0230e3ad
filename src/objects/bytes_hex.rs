//! bytes.hex() with separators and bytes.fromhex().

use super::bytes::new_bytearray;
use super::bytes_ops::{arg_bytes, this};
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub(super) fn b_hex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep_kw = args.take_kw("sep");
    let bps_kw = args.take_kw("bytes_per_sep");
    args.no_kwargs(vm, "hex")?;
    if let Some(v) = sep_kw {
        if args.args.len() < 2 {
            args.args.push(v);
        }
    }
    if let Some(v) = bps_kw {
        if args.args.len() < 2 {
            args.args.push(Value::None);
        }
        args.args.push(v);
    }
    let h = this(vm, &args, "hex")?;
    let sep = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = match v.payload() {
                Some(Payload::Str(s)) => s.to_lossy().into_owned().into_bytes(),
                _ => arg_bytes(vm, v)?,
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s[0] as char)
        }
    };
    let group = match args.get(2) {
        Some(Value::Int(n)) => *n,
        _ => 1,
    };
    let digits: Vec<String> = h.iter().map(|x| format!("{:02x}", x)).collect();
    let Some(sep) = sep else { return Ok(vm.new_str(&digits.concat())) };
    if group == 0 {
        return Ok(vm.new_str(&digits.concat()));
    }
    let g = group.unsigned_abs() as usize;
    let mut chunks: Vec<String> = Vec::new();
    if group > 0 {
        // Groups are counted from the right.
        let first = digits.len() % g;
        if first > 0 {
            chunks.push(digits[..first].concat());
        }
        for c in digits[first..].chunks(g) {
            chunks.push(c.concat());
        }
    } else {
        for c in digits.chunks(g) {
            chunks.push(c.concat());
        }
    }
    Ok(vm.new_str(&chunks.join(&sep.to_string())))
}

pub(super) fn parse_hex(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let Some(Payload::Str(s)) = v.payload() else {
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", vm.type_name(v))));
    };
    let cps = s.code_points();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    while i < cps.len() {
        let c = cps[i];
        if c == ' ' as u32 || (9..=13).contains(&c) {
            i += 1;
            continue;
        }
        let err = |pos: usize| vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", pos));
        let hi = digit(c).ok_or_else(|| err(i))?;
        let lo = cps.get(i + 1).and_then(|&c| digit(c)).ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

pub(super) fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromhex", 1, 1)?;
    let b = parse_hex(vm, &args.at(1))?;
    let cls = args.at(0);
    if let Value::Obj(c) = &cls {
        if c.ptr_eq(&vm.interp.types.bytearray) {
            return Ok(new_bytearray(vm, b));
        }
    }
    Ok(vm.new_bytes(b))
}

