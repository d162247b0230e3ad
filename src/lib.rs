//! minipy: a small, fast interpreter for a large subset of Python 3.
//! The pipeline (see ARCHITECTURE.md): parser -> ast -> compiler (symtable, codegen)
//! -> bytecode -> vm over objects.

pub mod ast;
pub mod bytecode;
pub mod cli;
pub mod cli_import;
pub mod compiler;
pub mod config;
pub mod modules;
pub mod objects;
pub mod parser;
pub mod repl;
pub mod syntax_error;
pub mod vm;
