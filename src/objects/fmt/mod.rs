//! Text formatting kernels: format specs, format(), printf-style %, and repr of str/bytes.
//!
//! Pure Rust over `Int`/`f64`/`&str`; errors are `NumError`s carrying CPython's messages.

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
