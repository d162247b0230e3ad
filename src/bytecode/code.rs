//! Code objects: what the compiler produces, the pyc cache stores and the VM runs.
//! Nothing here depends on the runtime's `Value`: constants are compile-time `Const`s
//! that the VM turns into runtime values once per code object.

use std::rc::Rc;

use num_bigint::BigInt;

use super::opcode::Instr;
use crate::ast::Loc;

/// Code flags, numbered as CPython's `co_flags`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// `from __future__ import annotations` is in effect: annotations were compiled as
    /// strings. Set on every code object of such a module (CPython's
    /// CO_FUTURE_ANNOTATIONS); `compile()`/`exec` of source inside it does not inherit it.
    pub const FUTURE_ANNOTATIONS: u32 = 0x0100_0000;
}

/// A constant of a code object.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Rc<str>),
    /// A str with a lone surrogate, as code points (a Rust `str` cannot hold it).
    SurrogateStr(Rc<[u32]>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    FrozenSet(Rc<[Const]>),
    Ellipsis,
    Code(Rc<CodeObject>),
}

impl PartialEq for Const {
    /// Identity of constants for de-duplication in `co_consts`: floats compare by bits
    /// (so 0.0 and -0.0 stay distinct) and values of different types never merge
    /// (1, 1.0 and True are three constants), as in CPython's compiler.
    fn eq(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::BigInt(a), Const::BigInt(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex { real: a, imag: b }, Const::Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::SurrogateStr(a), Const::SurrogateStr(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) | (Const::FrozenSet(a), Const::FrozenSet(b)) => a == b,
            (Const::Code(a), Const::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// One row of the exception table (CPython 3.11's `co_exceptiontable`, unpacked):
/// an exception raised by an instruction in `start..end` pops the value stack down to
/// `depth` items, pushes the offset of the raising instruction if `lasti`, then pushes
/// the exception and jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    /// Positional parameters including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Maximum value-stack depth the code needs.
    pub stacksize: u32,
    pub instructions: Vec<Instr>,
    /// Source span of each instruction (parallel to `instructions`).
    pub positions: Vec<Loc>,
    pub consts: Vec<Const>,
    /// Global / attribute / import names (`co_names`).
    pub names: Vec<Rc<str>>,
    /// Parameters first (positional, keyword-only, *args, **kwargs), then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Rc<str>>,
    /// Names this code takes from an enclosing scope.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, (cell index, varnames index):
    /// the VM moves the argument into the new cell when it builds the frame.
    pub cell2arg: Vec<(u32, u32)>,
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    pub fn line_of(&self, index: usize) -> u32 {
        self.positions.get(index).map_or(self.firstlineno, |loc| loc.line)
    }

    /// The handler for an exception raised at instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|e| e.start <= index && index < e.end)
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }
}
