//! The instruction set and code objects shared by the compiler, disassembler,
//! marshaller and VM.

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcode;
pub mod pyc;

pub use code::{CodeObject, Const, ExceptionEntry};
pub use opcode::{Instr, Opcode};
