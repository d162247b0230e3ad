//! `_random`: the Mersenne Twister primitives under `stdlib/random.py`. A generator's
//! state is a 2,500-byte bytearray (624 words and the index, little-endian) that the
//! Python `Random` instance owns.

use super::{int_at, module_with, with_state};
use crate::objects::heap::ObjRef;
use crate::objects::num::{Int, Mt19937};
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(
        vm,
        "_random",
        &[
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
            ("getstate", getstate),
            ("setstate", setstate),
            ("urandom", urandom),
        ],
    )
}

fn encode(g: &Mt19937) -> Vec<u8> {
    let (words, index) = g.state();
    let mut out = Vec::with_capacity(words.len() * 4 + 4);
    for w in words.iter().chain(std::iter::once(&(index as u32))) {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

fn decode(b: &[u8]) -> Option<Mt19937> {
    let words: Vec<u32> = b.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    let (index, words) = words.split_last()?;
    Mt19937::from_state(words, *index as usize)
}

/// Run one step of the generator kept in the bytearray argument 0.
fn step<R>(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut Mt19937) -> R) -> PyResult<R> {
    let r = with_state(vm, args, 0, |b| {
        let mut g = decode(b)?;
        let r = f(&mut g);
        *b = encode(&g);
        Some(r)
    })?;
    r.ok_or_else(|| vm.value_error("invalid state"))
}

/// `seed(n)` for an int n >= 0: a fresh state.
fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let Some(n) = crate::objects::int::as_int(&v) else { return Err(vm.type_error("seed must be an int")) };
    let g = Mt19937::from_int_seed(&n);
    Ok(crate::objects::bytes::new_bytearray(vm, encode(&g)))
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(step(vm, &args, |g| g.random())?))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = int_at(vm, &args, 1)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let r = step(vm, &args, |g| g.getrandbits(k as u64))?;
    Ok(vm.new_int(r))
}

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = with_state(vm, &args, 0, |b| decode(b).map(|g| g.state()))?;
    let Some((words, index)) = st else { return Err(vm.value_error("invalid state")) };
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `setstate(tuple)`: CPython's checks on the 625-int tuple.
fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let Some(crate::objects::payload::Payload::Tuple(items)) = v.payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != 625 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(625);
    for it in items.iter() {
        let n = crate::objects::int::as_int(it).ok_or_else(|| vm.type_error("an integer is required"))?;
        let w = match n {
            Int::Small(x) if (0..=u32::MAX as i64).contains(&x) => x as u32,
            _ => return Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
        };
        words.push(w);
    }
    let Some((index, words)) = words.split_last() else { return Err(vm.value_error("invalid state")) };
    let Some(g) = Mt19937::from_state(words, *index as usize) else { return Err(vm.value_error("invalid state")) };
    Ok(crate::objects::bytes::new_bytearray(vm, encode(&g)))
}

/// `urandom(n)`: n bytes from the kernel's generator.
fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_at(vm, &args, 0)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        let rest = &mut buf[filled..];
        // SAFETY: `rest` is a valid writable buffer of `rest.len()` bytes.
        let r = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(vm.os_error(e.to_string()));
        }
        filled += r as usize;
    }
    Ok(vm.new_bytes(buf))
}
