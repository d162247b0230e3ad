//! The built-in codecs (utf-8, ascii, latin-1) with CPython's error handlers and messages.

use super::payload::Payload;
use super::strdata::PyStr;
use super::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    /// Highest code point the codec encodes one-to-one (utf-8 is handled apart).
    fn limit(self) -> u32 {
        if self == Codec::Ascii { 0x80 } else { 0x100 }
    }
}

pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let n = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "iso-ir-100" => {
            Ok(Codec::Latin1)
        }
        _ => Err(vm.new_error(&vm.interp.exc.lookup_error.clone(), &format!("unknown encoding: {}", name))),
    }
}

fn opt_str(vm: &Vm, func: &str, v: Option<&Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => Ok(s.to_lossy().into_owned()),
            _ => Err(vm.type_error(format!("{}() argument '{}' must be str, not {}", func, what, vm.type_name(v)))),
        },
    }
}

fn unknown_handler(vm: &Vm, h: &str) -> crate::vm::PyErr {
    vm.new_error(&vm.interp.exc.lookup_error.clone(), &format!("unknown error handler name '{}'", h))
}

fn decode_error(vm: &Vm, codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let msg = if end - start == 1 {
        format!("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec.name(), b[start], start, reason)
    } else {
        format!("'{}' codec can't decode bytes in position {}-{}: {}", codec.name(), start, end - 1, reason)
    };
    vm.new_error(&vm.interp.exc.unicode_decode_error.clone(), &msg)
}

/// Decodes `b`; the handler sees each bad run [start, end).
pub fn decode(vm: &Vm, b: &[u8], codec: Codec, errors: &str) -> PyResult<PyStr> {
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(PyStr::new(s));
        }
    }
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (bad_end, reason) = match codec {
            Codec::Latin1 => {
                out.push(b[i] as u32);
                i += 1;
                continue;
            }
            Codec::Ascii => {
                if b[i] < 0x80 {
                    out.push(b[i] as u32);
                    i += 1;
                    continue;
                }
                (i + 1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match std::str::from_utf8(&b[i..]) {
                Ok(s) => {
                    out.extend(s.chars().map(|c| c as u32));
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    // SAFETY-free: the prefix is valid by construction of `valid_up_to`.
                    if let Ok(s) = std::str::from_utf8(&b[i..i + good]) {
                        out.extend(s.chars().map(|c| c as u32));
                    }
                    i += good;
                    match e.error_len() {
                        None => (b.len(), "unexpected end of data"),
                        Some(n) => {
                            let first = b[i];
                            let reason = if n == 1 && !(0xc2..=0xf4).contains(&first) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (i + n, reason)
                        }
                    }
                }
            },
        };
        match errors {
            "strict" => return Err(decode_error(vm, codec, b, i, bad_end, reason)),
            "ignore" => {}
            "replace" => out.push(0xfffd),
            "surrogateescape" => {
                for &x in &b[i..bad_end] {
                    if x < 0x80 {
                        return Err(decode_error(vm, codec, b, i, bad_end, reason));
                    }
                    out.push(0xdc00 + x as u32);
                }
            }
            "backslashreplace" => {
                for &x in &b[i..bad_end] {
                    out.extend(format!("\\x{:02x}", x).chars().map(|c| c as u32));
                }
            }
            h => return Err(unknown_handler(vm, h)),
        }
        i = bad_end;
    }
    Ok(PyStr::from_code_points(&out))
}

fn encode_error(vm: &Vm, codec: Codec, cps: &[u32], start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let msg = if end - start == 1 {
        let c = cps[start];
        let ch = if c < 0x100 {
            format!("'\\x{:02x}'", c)
        } else if c < 0x10000 {
            format!("'\\u{:04x}'", c)
        } else {
            format!("'\\U{:08x}'", c)
        };
        format!("'{}' codec can't encode character {} in position {}: {}", codec.name(), ch, start, reason)
    } else {
        format!("'{}' codec can't encode characters in position {}-{}: {}", codec.name(), start, end - 1, reason)
    };
    vm.new_error(&vm.interp.exc.unicode_encode_error.clone(), &msg)
}

pub fn encode(vm: &Vm, s: &PyStr, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if let Some(t) = s.as_str() {
        if codec == Codec::Utf8 || t.is_ascii() {
            return Ok(t.as_bytes().to_vec());
        }
    }
    let cps = s.code_points();
    let bad = |c: u32| match codec {
        Codec::Utf8 => (0xd800..0xe000).contains(&c),
        _ => c >= codec.limit(),
    };
    let reason = match codec {
        Codec::Utf8 => "surrogates not allowed",
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
    };
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !bad(c) {
            match codec {
                Codec::Utf8 => {
                    let mut buf = [0u8; 4];
                    if let Some(ch) = char::from_u32(c) {
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                }
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && bad(cps[end]) {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(vm, codec, &cps, i, end, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                for &c in &cps[i..end] {
                    let e = if c < 0x100 {
                        format!("\\x{:02x}", c)
                    } else if c < 0x10000 {
                        format!("\\u{:04x}", c)
                    } else {
                        format!("\\U{:08x}", c)
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(format!("&#{};", c).as_bytes());
                }
            }
            "surrogateescape" => {
                for &c in &cps[i..end] {
                    if !(0xdc80..0xdd00).contains(&c) {
                        return Err(encode_error(vm, codec, &cps, i, end, reason));
                    }
                    out.push((c - 0xdc00) as u8);
                }
            }
            "surrogatepass" if codec == Codec::Utf8 => {
                for &c in &cps[i..end] {
                    out.push(0xe0 | (c >> 12) as u8);
                    out.push(0x80 | ((c >> 6) & 0x3f) as u8);
                    out.push(0x80 | (c & 0x3f) as u8);
                }
            }
            h => return Err(unknown_handler(vm, h)),
        }
        i = end;
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)` and `str(b, encoding, errors)`.
pub fn decode_values(vm: &mut Vm, b: &[u8], enc: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let enc = opt_str(vm, "decode", enc, "encoding", "utf-8")?;
    let errors = opt_str(vm, "decode", errors, "errors", "strict")?;
    let codec = lookup(vm, &enc)?;
    let s = decode(vm, b, codec, &errors)?;
    Ok(vm.new_pystr(s))
}

/// `str.encode(encoding, errors)`.
pub fn encode_values(vm: &mut Vm, s: &PyStr, enc: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let enc = opt_str(vm, "encode", enc, "encoding", "utf-8")?;
    let errors = opt_str(vm, "encode", errors, "errors", "strict")?;
    let codec = lookup(vm, &enc)?;
    let b = encode(vm, s, codec, &errors)?;
    Ok(vm.new_bytes(b))
}
