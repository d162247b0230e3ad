//! The `minipy` command: argument handling only; all work happens in the library.

use std::ffi::OsString;
use std::process::ExitCode;

use minipy::cli;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    match cli::parse_args_flags(&args) {
        Ok((command, flags)) => {
            minipy::vm::import::set_dont_write_bytecode(flags.dont_write_bytecode);
            ExitCode::from(cli::run(command))
        }
        Err(usage_error) => {
            eprint!("{usage_error}");
            ExitCode::from(2)
        }
    }
}
