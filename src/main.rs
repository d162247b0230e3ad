//! The `minipy` command: argument handling only; all work happens in the library.

use std::ffi::OsString;
use std::process::ExitCode;

use minipy::cli;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    match cli::parse_args(&args) {
        Ok(command) => ExitCode::from(cli::run(command)),
        Err(usage_error) => {
            eprint!("{usage_error}");
            ExitCode::from(2)
        }
    }
}
