//! `_json`: the fast paths of the Python-written `json` package (CPython has a C
//! module of the same name for the same reason: a scanner written in Python costs a
//! function call per character class).
//!
//! `scan(s, idx, strict)` decodes one JSON value at `s[idx]` with the default hooks and
//! returns `(value, end)`, or `(None, message, position)` for a malformed document so
//! that Python raises JSONDecodeError with CPython's message. `encode(obj, ensure_ascii,
//! allow_nan, sort_keys, indent, key_separator, item_separator, skipkeys)` returns the
//! document, or None when the Python encoder must take over (an object needing
//! `default`, a cycle, a disallowed NaN, a key that raises...): that path then produces
//! the output or the error exactly as before.

use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Nesting deeper than this is a RecursionError, as CPython's recursion limit makes it.
const MAX_DEPTH: usize = 990;

enum ScanError {
    Decode(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for ScanError {
    fn from(e: PyErr) -> Self {
        ScanError::Py(e)
    }
}

struct Scanner<'a> {
    s: &'a [char],
    strict: bool,
    depth: usize,
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        let mut k = i;
        for c in word.chars() {
            if self.at(k) != Some(c) {
                return false;
            }
            k += 1;
        }
        true
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), ScanError> {
        let Some(c) = self.at(i) else { return Err(ScanError::Decode("Expecting value", i)) };
        match c {
            '"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((vm.new_str(&s), end))
            }
            '{' => self.object(vm, i + 1),
            '[' => self.array(vm, i + 1),
            'n' if self.starts_with(i, "null") => Ok((Value::None, i + 4)),
            't' if self.starts_with(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.starts_with(i, "false") => Ok((Value::Bool(false), i + 5)),
            _ => {
                if let Some(r) = self.number(vm, i)? {
                    return Ok(r);
                }
                if c == 'N' && self.starts_with(i, "NaN") {
                    Ok((Value::Float(f64::NAN), i + 3))
                } else if c == 'I' && self.starts_with(i, "Infinity") {
                    Ok((Value::Float(f64::INFINITY), i + 8))
                } else if c == '-' && self.starts_with(i, "-Infinity") {
                    Ok((Value::Float(f64::NEG_INFINITY), i + 9))
                } else {
                    Err(ScanError::Decode("Expecting value", i))
                }
            }
        }
    }

    fn digits(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some('0'..='9')) {
            i += 1;
        }
        i
    }

    /// `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?` at i, as CPython's NUMBER_RE.
    fn number(&self, vm: &mut Vm, start: usize) -> Result<Option<(Value, usize)>, ScanError> {
        let mut i = start;
        if self.at(i) == Some('-') {
            i += 1;
        }
        match self.at(i) {
            Some('0') => i += 1,
            Some('1'..='9') => i = self.digits(i + 1),
            _ => return Ok(None),
        }
        let int_end = i;
        if self.at(i) == Some('.') && matches!(self.at(i + 1), Some('0'..='9')) {
            i = self.digits(i + 2);
        }
        if matches!(self.at(i), Some('e' | 'E')) {
            let mut k = i + 1;
            if matches!(self.at(k), Some('+' | '-')) {
                k += 1;
            }
            if matches!(self.at(k), Some('0'..='9')) {
                i = self.digits(k + 1);
            }
        }
        let text: String = self.s[start..i].iter().collect();
        if i == int_end {
            if let Ok(n) = text.parse::<i64>() {
                return Ok(Some((Value::Int(n), i)));
            }
            let big = crate::objects::num::parse_int(&text, 10).map_err(|e| vm.num_error(e))?;
            return Ok(Some((vm.new_int(big), i)));
        }
        let f = crate::objects::num::parse_float(&text).unwrap_or(f64::NAN);
        Ok(Some((Value::Float(f), i)))
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let mut v = 0u32;
        for k in 0..4 {
            v = v * 16 + self.at(i + k)?.to_digit(16)?;
        }
        Some(v)
    }

    /// The string whose opening quote is at `begin_quote + 1 - 1`; `i` is just after it.
    fn string(&self, mut i: usize) -> Result<(String, usize), ScanError> {
        let begin = i - 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.at(i) else { return Err(ScanError::Decode("Unterminated string starting at", begin)) };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    let Some(e) = self.at(i + 1) else {
                        return Err(ScanError::Decode("Unterminated string starting at", begin));
                    };
                    let simple = match e {
                        '"' => Some('"'),
                        '\\' => Some('\\'),
                        '/' => Some('/'),
                        'b' => Some('\u{8}'),
                        'f' => Some('\u{c}'),
                        'n' => Some('\n'),
                        'r' => Some('\r'),
                        't' => Some('\t'),
                        'u' => None,
                        _ => return Err(ScanError::Decode("Invalid \\escape", i)),
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    let Some(mut u) = self.hex4(i + 2) else {
                        return Err(ScanError::Decode("Invalid \\uXXXX escape", i + 1));
                    };
                    i += 6;
                    if (0xd800..=0xdbff).contains(&u) && self.at(i) == Some('\\') && self.at(i + 1) == Some('u') {
                        let Some(lo) = self.hex4(i + 2) else {
                            return Err(ScanError::Decode("Invalid \\uXXXX escape", i + 1));
                        };
                        if (0xdc00..=0xdfff).contains(&lo) {
                            u = 0x10000 + (((u - 0xd800) << 10) | (lo - 0xdc00));
                            i += 6;
                        }
                    }
                    // A lone surrogate cannot live in a Rust string: the VM's
                    // strings carry it as U+FFFD.
                    out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                }
                c if (c as u32) < 0x20 && self.strict => {
                    return Err(ScanError::Decode("Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    fn enter(&mut self, vm: &Vm, what: &str) -> Result<(), ScanError> {
        self.depth += 1;
        if self.depth + vm.frames.len() > MAX_DEPTH {
            let msg = format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
            return Err(ScanError::Py(vm.new_error(&vm.interp.exc.recursion_error.clone(), &msg)));
        }
        Ok(())
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), ScanError> {
        self.enter(vm, "object")?;
        let d = vm.new_dict_obj();
        let mut i = self.skip_ws(i);
        match self.at(i) {
            Some('}') => {
                self.depth -= 1;
                return Ok((Value::Obj(d), i + 1));
            }
            Some('"') => {}
            _ => return Err(ScanError::Decode("Expecting property name enclosed in double quotes", i)),
        }
        i += 1;
        loop {
            let (key, end) = self.string(i)?;
            i = self.skip_ws(end);
            if self.at(i) != Some(':') {
                return Err(ScanError::Decode("Expecting ':' delimiter", i));
            }
            i = self.skip_ws(i + 1);
            let (value, end) = self.value(vm, i)?;
            let key = vm.new_str(&key);
            crate::objects::dict::set_item(vm, &d, key, value)?;
            i = self.skip_ws(end);
            let c = self.at(i);
            i += 1;
            match c {
                Some('}') => break,
                Some(',') => {}
                _ => return Err(ScanError::Decode("Expecting ',' delimiter", i - 1)),
            }
            i = self.skip_ws(i);
            let c = self.at(i);
            i += 1;
            if c != Some('"') {
                return Err(ScanError::Decode("Expecting property name enclosed in double quotes", i - 1));
            }
        }
        self.depth -= 1;
        Ok((Value::Obj(d), i))
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), ScanError> {
        self.enter(vm, "array")?;
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if self.at(i) == Some(']') {
            self.depth -= 1;
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            let (value, end) = self.value(vm, i)?;
            items.push(value);
            i = self.skip_ws(end);
            let c = self.at(i);
            i += 1;
            match c {
                Some(']') => break,
                Some(',') => {}
                _ => return Err(ScanError::Decode("Expecting ',' delimiter", i - 1)),
            }
            i = self.skip_ws(i);
        }
        self.depth -= 1;
        Ok((vm.new_list(items), i))
    }
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.to_lossy().into_owned()),
        _ => Err(vm.type_error(format!("{what} must be str"))),
    }
}

fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "scan", 3, 3)?;
    let text = str_arg(vm, &args.at(0), "scan() argument 1")?;
    let chars: Vec<char> = text.chars().collect();
    let idx = match args.at(1) {
        Value::Int(n) if n >= 0 => n as usize,
        _ => return Err(vm.type_error("scan() index must be a non-negative int")),
    };
    let strict = vm.truthy(&args.at(2))?;
    let mut sc = Scanner { s: &chars, strict, depth: 0 };
    match sc.value(vm, idx) {
        Ok((v, end)) => Ok(vm.new_tuple(vec![v, Value::Int(end as i64)])),
        Err(ScanError::Decode(msg, pos)) => {
            let msg = vm.new_str(msg);
            Ok(vm.new_tuple(vec![Value::None, msg, Value::Int(pos as i64)]))
        }
        Err(ScanError::Py(e)) => Err(e),
    }
}

struct Encoder {
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    key_sep: String,
    item_sep: String,
    skipkeys: bool,
    /// The containers being encoded (a repeat is a cycle: the Python path reports it).
    stack: Vec<ObjRef>,
}

fn push_escaped(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) >= 0x7f) => {
                let n = c as u32;
                if n >= 0x10000 {
                    let v = n - 0x10000;
                    out.push_str(&format!("\\u{:04x}\\u{:04x}", 0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)));
                } else {
                    out.push_str(&format!("\\u{:04x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    /// False: this value needs the Python encoder.
    fn float(&self, f: f64, out: &mut String) -> bool {
        if f.is_nan() || f.is_infinite() {
            if !self.allow_nan {
                return false;
            }
            out.push_str(if f.is_nan() {
                "NaN"
            } else if f > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            });
        } else {
            out.push_str(&crate::objects::num::float_repr(f));
        }
        true
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize, out: &mut String) -> PyResult<bool> {
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => return Ok(self.float(*f, out)),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => push_escaped(out, &s.to_lossy(), self.ensure_ascii),
                Payload::Int(i) => out.push_str(&i.to_string()),
                Payload::Float(f) => return Ok(self.float(*f, out)),
                Payload::List(items) => {
                    let items = items.borrow().clone();
                    return self.sequence(vm, o, &items, level, out);
                }
                Payload::Tuple(items) => {
                    let items = items.to_vec();
                    return self.sequence(vm, o, &items, level, out);
                }
                Payload::Dict(_) if o.class().ptr_eq(&vm.interp.types.dict) => return self.dict(vm, o, level, out),
                _ => return Ok(false),
            },
        }
        Ok(true)
    }

    fn enter(&mut self, o: &ObjRef) -> bool {
        if self.stack.len() > MAX_DEPTH || self.stack.iter().any(|s| s.ptr_eq(o)) {
            return false;
        }
        self.stack.push(o.clone());
        true
    }

    fn sequence(&mut self, vm: &mut Vm, o: &ObjRef, items: &[Value], level: usize, out: &mut String) -> PyResult<bool> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(true);
        }
        if !self.enter(o) {
            return Ok(false);
        }
        out.push('[');
        self.newline(out, level + 1);
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            if !self.value(vm, item, level + 1, out)? {
                return Ok(false);
            }
        }
        self.newline(out, level);
        out.push(']');
        self.stack.pop();
        Ok(true)
    }

    /// The key as JSON text, None to skip it, or Err(()) when Python must handle it.
    fn key(&self, k: &Value) -> Result<Option<String>, ()> {
        let text = match k {
            Value::None => "null".to_string(),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => {
                let mut s = String::new();
                if !self.float(*f, &mut s) {
                    return Err(());
                }
                s
            }
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.to_lossy().into_owned(),
                Payload::Int(i) => i.to_string(),
                Payload::Float(f) => {
                    let mut s = String::new();
                    if !self.float(*f, &mut s) {
                        return Err(());
                    }
                    s
                }
                _ if self.skipkeys => return Ok(None),
                _ => return Err(()),
            },
        };
        Ok(Some(text))
    }

    fn dict(&mut self, vm: &mut Vm, o: &ObjRef, level: usize, out: &mut String) -> PyResult<bool> {
        let mut entries = crate::objects::dict::entries(o);
        if entries.is_empty() {
            out.push_str("{}");
            return Ok(true);
        }
        if self.sort_keys {
            // Only str keys sort here (code point order is UTF-8 byte order); mixed
            // keys go to Python, which raises or orders them as CPython does.
            if !entries.iter().all(|(k, _)| matches!(k.payload(), Some(Payload::Str(_)))) {
                return Ok(false);
            }
            entries.sort_by(|a, b| crate::objects::str::as_str_lossy(&a.0).cmp(&crate::objects::str::as_str_lossy(&b.0)));
        }
        if !self.enter(o) {
            return Ok(false);
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, v) in &entries {
            let key = match self.key(k) {
                Ok(Some(key)) => key,
                Ok(None) => continue,
                Err(()) => return Ok(false),
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            push_escaped(out, &key, self.ensure_ascii);
            out.push_str(&self.key_sep);
            if !self.value(vm, v, level + 1, out)? {
                return Ok(false);
            }
        }
        self.newline(out, level);
        out.push('}');
        self.stack.pop();
        Ok(true)
    }
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "encode", 8, 8)?;
    let indent = match args.at(4) {
        Value::None => None,
        v => Some(str_arg(vm, &v, "indent")?),
    };
    let mut enc = Encoder {
        ensure_ascii: vm.truthy(&args.at(1))?,
        allow_nan: vm.truthy(&args.at(2))?,
        sort_keys: vm.truthy(&args.at(3))?,
        indent,
        key_sep: str_arg(vm, &args.at(5), "key separator")?,
        item_sep: str_arg(vm, &args.at(6), "item separator")?,
        skipkeys: vm.truthy(&args.at(7))?,
        stack: Vec::new(),
    };
    let mut out = String::new();
    if enc.value(vm, &args.at(0), 0, &mut out)? {
        Ok(vm.new_str(&out))
    } else {
        Ok(Value::None)
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("scan", scan), ("encode", encode)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::objects::module::new_module(vm, "_json");
    let Some(ns) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for (name, f) in FUNCTIONS {
        let func = Value::Obj(ObjRef::new(
            vm.interp.types.builtin_function.clone(),
            Payload::Builtin(Builtin { name, func: *f, self_: None, is_method: false, is_classmethod: false }),
        ));
        crate::objects::dict::set_str(vm, &ns, name, func)?;
    }
    Ok(module)
}
