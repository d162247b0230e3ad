//! Text formatting kernels: format specs, format(), printf-style %, and repr of str/bytes.
//!
//! Pure Rust over `Int`/`f64`/`&str`; errors are `NumError`s carrying CPython's messages.
//!
//! - format(): `FormatSpec::parse` then `format_int` / `format_float` / `format_complex` /
//!   `format_str`; type-dependent errors (including "Invalid format specifier ... for object
//!   of type 'T'") come from the format_* call, so parse once and format with the value.
//! - `str % args`: `percent_format` with the caller's `PercentArgs` (its own error type
//!   passes through, so __str__/__repr__ exceptions propagate).
//! - str.format(): `FormatStringIter` yields literal text and fields one at a time, in
//!   CPython's error order; `check_conversion` and `FormatField::access_error` are raised
//!   at render time, as CPython does.
//! - repr/ascii of str and bytes, and the Unicode predicates str.isprintable/isspace/
//!   isalpha/isdigit/isnumeric/isdecimal use tables generated from python3.

mod number;
mod percent;
mod repr;
mod spec;
mod template;
mod text;
mod unicode;
mod unicode_tables;

pub use number::*;
pub use percent::*;
pub use repr::*;
pub use spec::*;
pub use template::*;
pub use text::*;
pub use unicode::*;
