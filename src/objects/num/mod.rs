//! Python's numeric semantics on plain Rust types (`i64`, `BigInt`, `f64`).
//!
//! Nothing here knows about the runtime `Value`: every operation takes and returns Rust
//! values, and every failure is a `NumError` naming the exact CPython exception class and
//! message, so the VM maps errors 1:1 onto Python exceptions.
//!
//! Conventions worth knowing:
//! - `Int::Big` never holds an i64-range value; build ints with `Int::from_bigint`.
//! - Results too large to build (`1 << 2**40`, `2 ** 2**40`, huge `to_bytes`) are
//!   `NumError::Memory` (CPython's MemoryError, which has no message).
//! - `to_str_radix` includes the '-' and no prefix; bin()/oct()/hex() put "0b"/"0o"/"0x"
//!   after the sign.
//! - `hash_float(nan)` is 0: CPython 3.11 hashes NaN by identity, which only the caller has.
//! - The int <-> str digit limit is process-wide: `int_max_str_digits()` /
//!   `set_int_max_str_digits()` (sys.get/set_int_max_str_digits).
//! - `double_to_string` is PyOS_double_to_string ('e', 'f', 'g', 'r' with flags), for
//!   callers that need float text other than repr.

mod complex;
mod complex_parse;
mod float_ops;
mod float_parse;
mod float_repr;
mod hash;
mod int;
mod int_bits;
mod int_div;
mod int_pow;
mod int_str;
mod math_fns;
mod mt19937;
mod round;
mod to_float;

pub use complex::*;
pub use complex_parse::*;
pub use float_ops::*;
pub use float_parse::*;
pub use float_repr::*;
pub use hash::*;
pub use int::*;
pub use int_bits::*;
pub use int_div::*;
pub use int_pow::*;
pub use int_str::*;
pub use math_fns::*;
pub use mt19937::*;
pub use round::*;
pub use to_float::*;

/// A numeric failure, tagged with the CPython exception class it becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum NumError {
    ZeroDivision(String),
    Overflow(String),
    Value(String),
    Type(String),
    /// MemoryError: a result too large to allocate (`1 << 2**40`). CPython prints no message.
    Memory(String),
}

impl NumError {
    /// The CPython exception class name, for callers that build exceptions by name.
    pub fn class_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
            NumError::Type(_) => "TypeError",
            NumError::Memory(_) => "MemoryError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m)
            | NumError::Overflow(m)
            | NumError::Value(m)
            | NumError::Type(m)
            | NumError::Memory(m) => m,
        }
    }
}

pub(crate) fn zero_div(msg: &str) -> NumError {
    NumError::ZeroDivision(msg.to_string())
}
pub(crate) fn overflow(msg: &str) -> NumError {
    NumError::Overflow(msg.to_string())
}
pub(crate) fn value_err(msg: &str) -> NumError {
    NumError::Value(msg.to_string())
}

/// Results of a size the program asked for beyond this many bits are a MemoryError rather
/// than an allocation abort (CPython fails on these too, just later).
pub const MAX_INT_BITS: u64 = 1 << 33;
