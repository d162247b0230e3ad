//! `_zlib`: deflate streams over the system zlib (flate2's zlib backend, so compressed
//! bytes equal CPython's) plus crc32/adler32. A stream lives in a per-thread table under
//! an integer handle that the Python object in `stdlib/zlib.py` owns and frees.
//! Failures are RuntimeError with zlib's message; zlib.py turns them into zlib.error.

use std::cell::RefCell;
use std::collections::HashMap;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::{bytes_at, int_at, module_with};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

enum Stream {
    C(Compress),
    D(Decompress),
}

thread_local! {
    static STREAMS: RefCell<(i64, HashMap<i64, Stream>)> = RefCell::new((0, HashMap::new()));
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(
        vm,
        "_zlib",
        &[
            ("crc32", crc32),
            ("adler32", adler32),
            ("compressobj", compressobj),
            ("decompressobj", decompressobj),
            ("compress", compress),
            ("decompress", decompress),
            ("free", free),
        ],
    )
}

fn crc32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = bytes_at(vm, &a, 0)?;
    let start = int_at(vm, &a, 1)? as u32;
    let mut crc = !start;
    for b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    Ok(Value::Int((!crc) as i64))
}

fn adler32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = bytes_at(vm, &a, 0)?;
    let start = int_at(vm, &a, 1)? as u32;
    let (mut s1, mut s2) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for b in chunk {
            s1 += *b as u32;
            s2 += s1;
        }
        s1 %= 65521;
        s2 %= 65521;
    }
    Ok(Value::Int(((s2 << 16) | s1) as i64))
}

fn new_handle(s: Stream) -> i64 {
    STREAMS.with(|t| {
        let mut t = t.borrow_mut();
        t.0 += 1;
        let h = t.0;
        t.1.insert(h, s);
        h
    })
}

fn make_compress(vm: &mut Vm, level: i64, wbits: i64) -> PyResult<Compress> {
    let level = if level == -1 { 6 } else { level };
    if !(0..=9).contains(&level) {
        return Err(vm.runtime_error("Bad compression level"));
    }
    let lvl = Compression::new(level as u32);
    let c = match wbits {
        9..=15 => Compress::new_with_window_bits(lvl, true, wbits.max(9) as u8),
        -15..=-9 => Compress::new_with_window_bits(lvl, false, (-wbits) as u8),
        25..=31 => Compress::new_gzip(lvl, (wbits - 16) as u8),
        _ => return Err(vm.value_error("Invalid initialization option")),
    };
    Ok(c)
}

/// The decompressor for wbits; `first` (the stream's first bytes) settles 32+ (auto).
fn make_decompress(vm: &mut Vm, wbits: i64, first: &[u8]) -> PyResult<Decompress> {
    let wbits = if (40..=47).contains(&wbits) || wbits == 32 {
        if first.starts_with(&[0x1f, 0x8b]) { 31 } else { 15 }
    } else {
        wbits
    };
    let d = match wbits {
        0 => Decompress::new_with_window_bits(true, 15),
        8..=15 => Decompress::new_with_window_bits(true, wbits.max(9) as u8),
        -15..=-8 => Decompress::new_with_window_bits(false, (-wbits).max(9) as u8),
        24..=31 => Decompress::new_gzip((wbits - 16).max(9) as u8),
        _ => return Err(vm.value_error("Invalid initialization option")),
    };
    Ok(d)
}

/// Feed `data` through a compressor with the given flush mode (0 none, 2 sync, 3 full, 4 finish).
fn run_compress(vm: &mut Vm, c: &mut Compress, data: &[u8], mode: i64) -> PyResult<Vec<u8>> {
    let flush = match mode {
        0 => FlushCompress::None,
        1 | 2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        _ => FlushCompress::Finish,
    };
    let mut out: Vec<u8> = Vec::with_capacity(data.len() / 2 + 64);
    let mut pos = 0usize;
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(1024));
        }
        let before_in = c.total_in();
        let before_out = c.total_out();
        let st = c.compress_vec(&data[pos..], &mut out, flush).map_err(|e| vm.runtime_error(format!("Error -2 while compressing data: {}", e)))?;
        pos += (c.total_in() - before_in) as usize;
        let produced = c.total_out() - before_out;
        if st == Status::StreamEnd {
            break;
        }
        if pos >= data.len() && produced == 0 && out.len() < out.capacity() {
            break;
        }
    }
    Ok(out)
}

fn compressobj(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let level = int_at(vm, &a, 0)?;
    let wbits = int_at(vm, &a, 1)?;
    let c = make_compress(vm, level, wbits)?;
    Ok(Value::Int(new_handle(Stream::C(c))))
}

fn decompressobj(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = int_at(vm, &a, 0)?;
    Ok(Value::Int(new_handle(Stream::D(Decompress::new(true)))))
}

fn free(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0)?;
    STREAMS.with(|t| t.borrow_mut().1.remove(&h));
    Ok(Value::None)
}

/// `compress(handle, data, mode)` on a compressobj's stream.
fn compress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0)?;
    let data = bytes_at(vm, &a, 1)?;
    let mode = int_at(vm, &a, 2)?;
    let taken = STREAMS.with(|t| t.borrow_mut().1.remove(&h));
    let Some(Stream::C(mut c)) = taken else { return Err(vm.value_error("compressor is closed")) };
    let r = run_compress(vm, &mut c, &data, mode);
    STREAMS.with(|t| t.borrow_mut().1.insert(h, Stream::C(c)));
    Ok(vm.new_bytes(r?))
}

/// `decompress(handle_or_None, wbits, data, max_length)` -> (output, bytes consumed,
/// reached end of stream). With handle 0 a one-shot stream is made for `wbits`.
fn decompress(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0)?;
    let wbits = int_at(vm, &a, 1)?;
    let data = bytes_at(vm, &a, 2)?;
    let max_len = int_at(vm, &a, 3)?;
    let fresh = matches!(a.at(4), Value::Bool(true));
    let mut d = if h == 0 || fresh {
        make_decompress(vm, wbits, &data)?
    } else {
        match STREAMS.with(|t| t.borrow_mut().1.remove(&h)) {
            Some(Stream::D(d)) => d,
            _ => return Err(vm.value_error("decompressor is closed")),
        }
    };
    let mut out: Vec<u8> = Vec::with_capacity((data.len() * 3).clamp(256, 1 << 20));
    let mut pos = 0usize;
    let mut eof = false;
    let mut err = None;
    loop {
        if max_len > 0 && out.len() as i64 >= max_len {
            break;
        }
        let room = if max_len > 0 { (max_len as usize - out.len()).min(1 << 16) } else { 1 << 16 };
        let before_in = d.total_in();
        let before_out = d.total_out();
        let mut tmp = Vec::with_capacity(room);
        let st = d.decompress_vec(&data[pos..], &mut tmp, FlushDecompress::None);
        out.extend_from_slice(&tmp);
        match st {
            Ok(s) => {
                pos += (d.total_in() - before_in) as usize;
                let produced = d.total_out() - before_out;
                if s == Status::StreamEnd {
                    eof = true;
                    break;
                }
                if produced == 0 && (d.total_in() - before_in) == 0 {
                    break;
                }
            }
            Err(e) => {
                err = Some(e.to_string());
                break;
            }
        }
    }
    if h != 0 {
        STREAMS.with(|t| t.borrow_mut().1.insert(h, Stream::D(d)));
    }
    if let Some(e) = err {
        let msg = e.trim_start_matches("deflate decompression error: ").to_string();
        return Err(vm.runtime_error(format!("Error -3 while decompressing data: {}", msg)));
    }
    let outv = vm.new_bytes(out);
    Ok(vm.new_tuple(vec![outv, Value::Int(pos as i64), Value::Bool(eof)]))
}
