//! Code objects to bytes and back, for the pyc cache.
//!
//! The format is minipy's own: u32 fields and lengths as LEB128 varints (positions and
//! indices are small), floats and i64 as 8 little-endian bytes. Reading never trusts
//! the input: every length is checked against the bytes left before anything is
//! allocated, nesting is capped, and a decoded code object is validated (opcode bytes,
//! indices into consts/names/varnames/cells, jump targets, exception table) so that a
//! corrupt file can never make the VM index out of bounds later. Any change to this
//! format must bump `MARSHAL_VERSION` (it feeds the pyc magic).

use std::rc::Rc;

use num_bigint::BigInt;

use super::code::{CodeObject, Const, ExceptionEntry};
use super::opcode::{Instr, Opcode};
use crate::ast::Loc;

/// Bump whenever the byte layout below changes.
pub const MARSHAL_VERSION: u32 = 3;

/// Deeper nesting than this (tuples in tuples, code in code) is treated as corrupt;
/// it keeps the recursive reader far from the native stack limit.
const MAX_DEPTH: usize = 256;

pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer { out: Vec::with_capacity(4096) };
    w.code(code);
    w.out
}

/// Decode and validate; `None` for anything malformed.
pub fn loads(data: &[u8]) -> Option<Rc<CodeObject>> {
    let mut r = Reader { data, pos: 0, depth: 0, strings: Default::default() };
    let code = r.code()?;
    if r.pos != data.len() {
        return None;
    }
    Some(code)
}

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn u8(&mut self, v: u8) {
        self.out.push(v);
    }
    fn u32(&mut self, mut v: u32) {
        while v >= 0x80 {
            self.out.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.out.push(v as u8);
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.out.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn strs(&mut self, v: &[Rc<str>]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
    fn f64(&mut self, f: f64) {
        self.out.extend_from_slice(&f.to_bits().to_le_bytes());
    }

    fn constant(&mut self, c: &Const) {
        match c {
            Const::None => self.u8(b'N'),
            Const::Ellipsis => self.u8(b'.'),
            Const::Bool(b) => self.u8(if *b { b'T' } else { b'F' }),
            Const::Int(i) => {
                self.u8(b'i');
                self.out.extend_from_slice(&i.to_le_bytes());
            }
            Const::BigInt(b) => {
                self.u8(b'l');
                self.bytes(&b.to_signed_bytes_le());
            }
            Const::Float(f) => {
                self.u8(b'f');
                self.f64(*f);
            }
            Const::Complex { real, imag } => {
                self.u8(b'x');
                self.f64(*real);
                self.f64(*imag);
            }
            Const::Str(s) => {
                self.u8(b's');
                self.str(s);
            }
            Const::SurrogateStr(cps) => {
                self.u8(b'w');
                self.len(cps.len());
                for &c in cps.iter() {
                    self.u32(c);
                }
            }
            Const::Bytes(b) => {
                self.u8(b'b');
                self.bytes(b);
            }
            Const::Tuple(items) | Const::FrozenSet(items) => {
                self.u8(if matches!(c, Const::Tuple(_)) { b't' } else { b'z' });
                self.len(items.len());
                for item in items.iter() {
                    self.constant(item);
                }
            }
            Const::Code(code) => {
                self.u8(b'c');
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        for v in [c.firstlineno, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.stacksize] {
            self.u32(v);
        }
        self.len(c.instructions.len());
        for i in &c.instructions {
            self.u8(i.op as u8);
            self.u32(i.arg);
        }
        self.len(c.positions.len());
        for p in &c.positions {
            for v in [p.line, p.col, p.end_line, p.end_col] {
                self.u32(v);
            }
        }
        self.len(c.consts.len());
        for k in &c.consts {
            self.constant(k);
        }
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        self.len(c.cell2arg.len());
        for &(a, b) in &c.cell2arg {
            self.u32(a);
            self.u32(b);
        }
        self.len(c.exception_table.len());
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.u32(v);
            }
            self.u8(e.lasti as u8);
        }
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
    /// Names and filenames repeat across nested code objects: decode each text once.
    strings: std::collections::HashMap<&'a [u8], Rc<str>>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.data.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        for shift in [0, 7, 14, 21, 28] {
            let b = self.u8()?;
            // The fifth byte may only carry the top four bits; anything else is corrupt.
            if shift == 28 && b > 0x0f {
                return None;
            }
            v |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    /// A count of items each at least `min_size` bytes long: never more than the input holds.
    fn count(&mut self, min_size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        let left = self.data.len() - self.pos;
        (n.checked_mul(min_size.max(1))? <= left).then_some(n)
    }
    fn bytes(&mut self) -> Option<&[u8]> {
        let n = self.count(1)?;
        self.take(n)
    }
    fn str(&mut self) -> Option<Rc<str>> {
        let n = self.count(1)?;
        let end = self.pos + n;
        let data: &'a [u8] = self.data;
        let raw = data.get(self.pos..end)?;
        self.pos = end;
        if let Some(s) = self.strings.get(raw) {
            return Some(s.clone());
        }
        let s: Rc<str> = Rc::from(std::str::from_utf8(raw).ok()?);
        self.strings.insert(raw, s.clone());
        Some(s)
    }
    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.count(1)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn f64(&mut self) -> Option<f64> {
        Some(f64::from_bits(self.u64()?))
    }

    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn constant(&mut self) -> Option<Const> {
        Some(match self.u8()? {
            b'N' => Const::None,
            b'.' => Const::Ellipsis,
            b'T' => Const::Bool(true),
            b'F' => Const::Bool(false),
            b'i' => Const::Int(self.u64()? as i64),
            b'l' => Const::BigInt(BigInt::from_signed_bytes_le(self.bytes()?)),
            b'f' => Const::Float(self.f64()?),
            b'x' => Const::Complex { real: self.f64()?, imag: self.f64()? },
            b's' => Const::Str(self.str()?),
            b'b' => Const::Bytes(Rc::from(self.bytes()?)),
            b'w' => {
                let n = self.count(1)?;
                let cps: Vec<u32> = (0..n).map(|_| self.u32().filter(|&c| c <= 0x10ffff)).collect::<Option<_>>()?;
                Const::SurrogateStr(cps.into())
            }
            tag @ (b't' | b'z') => {
                let n = self.count(1)?;
                let items: Vec<Const> = self.nested(|r| (0..n).map(|_| r.constant()).collect())?;
                if tag == b't' { Const::Tuple(items.into()) } else { Const::FrozenSet(items.into()) }
            }
            b'c' => Const::Code(self.nested(|r| r.code())?),
            _ => return None,
        })
    }

    fn code(&mut self) -> Option<Rc<CodeObject>> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let mut ints = [0u32; 6];
        for v in &mut ints {
            *v = self.u32()?;
        }
        let [firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize] = ints;
        let n = self.count(2)?;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            let op = Opcode::from_u8(self.u8()?)?;
            instructions.push(Instr::new(op, self.u32()?));
        }
        let n = self.count(4)?;
        let mut positions = Vec::with_capacity(n);
        for _ in 0..n {
            positions.push(Loc::new(self.u32()?, self.u32()?, self.u32()?, self.u32()?));
        }
        let n = self.count(1)?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.constant()?);
        }
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let freevars = self.strs()?;
        let n = self.count(2)?;
        let mut cell2arg = Vec::with_capacity(n);
        for _ in 0..n {
            cell2arg.push((self.u32()?, self.u32()?));
        }
        let n = self.count(5)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let lasti = match self.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            exception_table.push(ExceptionEntry { start, end, target, depth, lasti });
        }
        let code = CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            instructions,
            positions,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            exception_table,
        };
        validate(&code).then(|| Rc::new(code))
    }
}

/// Every index an instruction or table row carries points inside its code object.
pub fn validate(c: &CodeObject) -> bool {
    use super::code::flags;
    let n = c.instructions.len();
    if c.positions.len() != n || n == 0 {
        return false;
    }
    let params = c.argcount as usize
        + c.kwonlyargcount as usize
        + (c.flags & flags::VARARGS != 0) as usize
        + (c.flags & flags::VARKEYWORDS != 0) as usize;
    if c.posonlyargcount > c.argcount || params > c.varnames.len() {
        return false;
    }
    // The VM reserves `stacksize` slots up front: a forged value must not be able to ask
    // for gigabytes. No instruction pushes more than a few items, except unpacking.
    let unpacked: u64 = c
        .instructions
        .iter()
        .map(|i| match i.op {
            Opcode::UNPACK_SEQUENCE => i.arg as u64,
            Opcode::UNPACK_EX => (i.arg & 0xff) as u64 + (i.arg >> 8) as u64 + 1,
            _ => 0,
        })
        .sum();
    if c.stacksize as u64 > 4 * n as u64 + unpacked + 16 {
        return false;
    }
    let cells = c.cellvars.len() + c.freevars.len();
    let ok = c.instructions.iter().all(|i| {
        let a = i.arg as usize;
        match i.op {
            Opcode::LOAD_CONST | Opcode::KW_NAMES => a < c.consts.len(),
            Opcode::LOAD_NAME
            | Opcode::STORE_NAME
            | Opcode::DELETE_NAME
            | Opcode::STORE_GLOBAL
            | Opcode::DELETE_GLOBAL
            | Opcode::LOAD_ATTR
            | Opcode::STORE_ATTR
            | Opcode::DELETE_ATTR
            | Opcode::LOAD_METHOD
            | Opcode::IMPORT_NAME
            | Opcode::IMPORT_FROM => a < c.names.len(),
            Opcode::LOAD_GLOBAL => (a >> 1) < c.names.len(),
            Opcode::LOAD_FAST | Opcode::STORE_FAST | Opcode::DELETE_FAST => a < c.varnames.len(),
            Opcode::LOAD_DEREF
            | Opcode::STORE_DEREF
            | Opcode::DELETE_DEREF
            | Opcode::LOAD_CLOSURE
            | Opcode::LOAD_CLASSDEREF => a < cells,
            Opcode::COPY | Opcode::SWAP => a >= 1,
            op if op.is_jump() => a < n,
            _ => true,
        }
    });
    ok && c.exception_table.iter().all(|e| e.start <= e.end && (e.end as usize) <= n && (e.target as usize) < n)
        && c.cell2arg.iter().all(|&(cell, arg)| (cell as usize) < c.cellvars.len() && (arg as usize) < c.varnames.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(src: &str) -> Rc<CodeObject> {
        crate::compiler::compile_source(src, crate::ast::Mode::Exec, "t.py").expect("compiles")
    }

    fn same(a: &CodeObject, b: &CodeObject) -> bool {
        dumps(a) == dumps(b)
    }

    #[test]
    fn round_trips_every_constant_kind() {
        let src = "a = (1, -2**70, 1.5, -0.0, float('nan'), 2j, 'é\\u1234', b'\\x00b', None, True, ...)\n\
                   b = frozenset({1, 2})\nx = 1e308 * 10\n\
                   def f(p, /, q, *r, s=1, **t):\n    def g():\n        return p\n    try:\n        return g\n    except E as e:\n        pass\n\
                   class C:\n    def m(self):\n        return __class__\n";
        let code = compile(src);
        let bytes = dumps(&code);
        let back = loads(&bytes).expect("loads");
        assert!(same(&code, &back));
        assert_eq!(crate::bytecode::dis::disassemble(&code), crate::bytecode::dis::disassemble(&back));
    }

    /// Every program the test suite compiles survives a round trip byte for byte.
    #[test]
    fn round_trips_the_test_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut seen = 0;
        for sub in ["bytecode", "programs", "import/app", "import/app/pkg"] {
            let Ok(entries) = std::fs::read_dir(root.join(sub)) else { continue };
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().is_none_or(|x| x != "py") {
                    continue;
                }
                let Ok(src) = std::fs::read(&p) else { continue };
                let Ok(code) = crate::compiler::compile_bytes(&src, crate::ast::Mode::Exec, "t.py") else { continue };
                let bytes = dumps(&code);
                let back = loads(&bytes).unwrap_or_else(|| panic!("{} does not load back", p.display()));
                assert_eq!(dumps(&back), bytes, "{}", p.display());
                seen += 1;
            }
        }
        assert!(seen > 10);
    }

    #[test]
    fn lone_surrogates_round_trip_exactly() {
        let code = compile("a = '\\ud800x\\udfff'\nb = f'\\udc00{a}'\ndef f():\n    '\\ud83d doc'\n");
        assert!(code.consts.iter().any(|c| matches!(c, Const::SurrogateStr(cps) if cps[..] == [0xd800, 0x78, 0xdfff])));
        let back = loads(&dumps(&code)).expect("loads");
        assert!(same(&code, &back));
        assert_eq!(dumps(&back), dumps(&code));
        // A code point past U+10FFFF is corrupt, not a string.
        let mut w = Writer { out: Vec::new() };
        w.constant(&Const::SurrogateStr(std::rc::Rc::from(&[0x11_0000u32][..])));
        let mut r = Reader { data: &w.out, pos: 0, depth: 0, strings: Default::default() };
        assert!(r.constant().is_none());
    }

    #[test]
    fn nan_and_negative_zero_keep_their_bits() {
        let code = compile("x = (-0.0, float('inf'), 1e-310)\n");
        let back = loads(&dumps(&code)).expect("loads");
        assert_eq!(dumps(&back), dumps(&code));
        let mut w = Writer { out: Vec::new() };
        w.constant(&Const::Float(f64::NAN));
        w.constant(&Const::Float(-0.0));
        let mut r = Reader { data: &w.out, pos: 0, depth: 0, strings: Default::default() };
        assert!(matches!(r.constant(), Some(Const::Float(f)) if f.is_nan()));
        assert!(matches!(r.constant(), Some(Const::Float(f)) if f.to_bits() == (-0.0f64).to_bits()));
    }

    #[test]
    fn every_truncation_and_many_corruptions_are_rejected_without_panic() {
        let code = compile("import os\ndef f(a, b=2):\n    for i in range(a):\n        yield i * b\nprint([x for x in f(3)])\n");
        let bytes = dumps(&code);
        for cut in 0..bytes.len() {
            assert!(loads(&bytes[..cut]).is_none());
        }
        // Flip bytes one at a time with a simple LCG: whatever loads must still validate.
        let mut seed: u64 = 0x1234_5678;
        for _ in 0..5000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let mut b = bytes.clone();
            let i = (seed >> 33) as usize % b.len();
            b[i] = (seed >> 17) as u8;
            if let Some(c) = loads(&b) {
                assert!(validate(&c));
            }
        }
    }

    #[test]
    fn forged_stack_size_is_rejected() {
        let code = compile("x = 1\n");
        let Ok(mut forged) = Rc::try_unwrap(loads(&dumps(&code)).expect("loads")) else { panic!("shared") };
        forged.stacksize = u32::MAX;
        assert!(!validate(&forged));
        forged.stacksize = code.stacksize;
        assert!(validate(&forged));
    }

    #[test]
    fn absurd_lengths_do_not_allocate() {
        let mut b = Vec::new();
        b.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert!(loads(&b).is_none());
        let deep: Vec<u8> = std::iter::repeat_n([b't', 1], 100_000).flatten().collect();
        let mut r = Reader { data: &deep, pos: 0, depth: 0, strings: Default::default() };
        assert!(r.constant().is_none());
    }
}
