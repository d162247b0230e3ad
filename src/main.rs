//! The `minipy` command: argument handling only; all work happens in the library.

use std::ffi::OsString;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    ExitCode::from(minipy::cli::main(&args))
}
