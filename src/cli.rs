//! Command-line parsing and dispatch, kept apart from `main.rs` so tests and embedders
//! can drive exactly what the binary does.

use std::ffi::OsString;

use crate::ast::Mode;

pub const VERSION: &str = concat!("minipy ", env!("CARGO_PKG_VERSION"), " (Python 3.11)");

const USAGE: &str = "usage: minipy [option] ... [-c cmd | file | -] [arg] ...\n";

const HELP: &str = "usage: minipy [option] ... [-c cmd | file | -] [arg] ...
       minipy dis FILE       print the bytecode of FILE
       minipy compile PATH...  write the pyc cache of every .py file under PATH
Options:
-B     : don't write .pyc files on import; also MINIPY_DONT_WRITE_BYTECODE=x
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the version number and exit (also --version)
Arguments:
file   : program read from script file
-      : program read from stdin (default)
arg ...: arguments passed to program in sys.argv[1:]
";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Print `stdout` and exit with `status` without starting the interpreter.
    Exit { status: u8, stdout: String },
    /// Run a script file; `argv` is `sys.argv` (argv[0] is the path as given).
    Script { path: String, argv: Vec<String> },
    /// `-c CODE`: argv[0] is "-c".
    Code { code: String, argv: Vec<String> },
    /// Read the whole of stdin as a script (`-` or no arguments).
    Stdin { argv: Vec<String> },
    /// `minipy dis FILE`.
    Dis { path: String },
    /// `-m MODULE`: argv[0] becomes the module's file path once it is found.
    Module { module: String, argv: Vec<String> },
    /// `minipy compile PATH...`.
    Compile { paths: Vec<String> },
}

/// Options that do not change which command runs.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-B`: do not write pyc files.
    pub dont_write_bytecode: bool,
}

/// Decode an OS argument as CPython does: UTF-8, with undecodable bytes mapped
/// to lone surrogates (surrogateescape). Until str carries surrogates end to end,
/// undecodable bytes become U+FFFD here.
fn decode_arg(arg: &OsString) -> String {
    arg.to_string_lossy().into_owned()
}

fn usage_error(message: &str) -> String {
    format!("{message}\n{USAGE}Try `minipy -h' for more information.\n")
}

pub fn parse_args(args: &[OsString]) -> Result<Command, String> {
    parse_args_flags(args).map(|(command, _)| command)
}

/// Parse the command line into the command and the flags given before it.
pub fn parse_args_flags(args: &[OsString]) -> Result<(Command, Flags), String> {
    let mut flags = Flags::default();
    let command = parse_command(args, &mut flags)?;
    Ok((command, flags))
}

fn parse_command(args: &[OsString], flags: &mut Flags) -> Result<Command, String> {
    let args: Vec<String> = args.iter().skip(1).map(decode_arg).collect();
    if args.first().map(String::as_str) == Some("compile") {
        return match args.len() {
            1 => Err(usage_error("usage: minipy compile PATH...")),
            _ => Ok(Command::Compile { paths: args[1..].to_vec() }),
        };
    }
    if args.first().map(String::as_str) == Some("dis") {
        return match args.get(1) {
            Some(path) if args.len() == 2 => Ok(Command::Dis { path: path.clone() }),
            _ => Err(usage_error("usage: minipy dis FILE")),
        };
    }
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "-" || !arg.starts_with('-') {
            let rest = args[i..].to_vec();
            return Ok(if arg == "-" { Command::Stdin { argv: rest } } else { Command::Script { path: arg.clone(), argv: rest } });
        }
        match arg.as_str() {
            "-h" | "--help" | "-?" => return Ok(Command::Exit { status: 0, stdout: HELP.to_string() }),
            "-V" | "--version" => return Ok(Command::Exit { status: 0, stdout: format!("{VERSION}\n") }),
            "--" => {
                let rest = args[i + 1..].to_vec();
                return Ok(match rest.first() {
                    Some(path) if path != "-" => Command::Script { path: path.clone(), argv: rest },
                    _ => Command::Stdin { argv: if rest.is_empty() { vec![String::new()] } else { rest } },
                });
            }
            _ => {}
        }
        // Single-letter options may be clustered (`-Bc code`), as in CPython.
        let letters: Vec<char> = arg[1..].chars().collect();
        for (j, &letter) in letters.iter().enumerate() {
            match letter {
                'c' => {
                    let inline: String = letters[j + 1..].iter().collect();
                    let code = if !inline.is_empty() {
                        inline
                    } else if let Some(code) = args.get(i + 1) {
                        i += 1;
                        code.clone()
                    } else {
                        return Err(usage_error("Argument expected for the -c option"));
                    };
                    let mut argv = vec!["-c".to_string()];
                    argv.extend(args[i + 1..].iter().cloned());
                    return Ok(Command::Code { code, argv });
                }
                'm' => {
                    let inline: String = letters[j + 1..].iter().collect();
                    let module = if !inline.is_empty() {
                        inline
                    } else if let Some(module) = args.get(i + 1) {
                        i += 1;
                        module.clone()
                    } else {
                        return Err(usage_error("Argument expected for the -m option"));
                    };
                    let mut argv = vec![module.clone()];
                    argv.extend(args[i + 1..].iter().cloned());
                    return Ok(Command::Module { module, argv });
                }
                'B' => flags.dont_write_bytecode = true,
                'h' | '?' => return Ok(Command::Exit { status: 0, stdout: HELP.to_string() }),
                'V' => return Ok(Command::Exit { status: 0, stdout: format!("{VERSION}\n") }),
                _ => return Err(usage_error(&format!("Unknown option: -{letter}"))),
            }
        }
        i += 1;
    }
    Ok(Command::Stdin { argv: vec![String::new()] })
}

/// Run a parsed command to completion; the result is the process exit status.
pub fn run(command: Command) -> u8 {
    match command {
        Command::Exit { status, stdout } => {
            print!("{stdout}");
            status
        }
        Command::Script { path, argv } => {
            let source = match std::fs::read(&path) {
                Ok(source) => source,
                Err(err) => {
                    let shown = std::path::absolute(&path).map(|p| p.display().to_string()).unwrap_or(path.clone());
                    eprintln!("minipy: can't open file '{shown}': [Errno {}] {}", err.raw_os_error().unwrap_or(0), os_error_text(&err));
                    return 2;
                }
            };
            // CPython 3.9+ reports the script by its absolute path (tracebacks, __file__).
            let filename = std::path::absolute(&path).map(|p| p.display().to_string()).unwrap_or(path);
            run_bytes(argv, &source, &filename)
        }
        Command::Code { code, argv } => {
            run_bytes(argv, code.as_bytes(), "<string>")
        }
        Command::Module { module, argv } => crate::cli_import::run_module(&module, argv),
        Command::Compile { paths } => crate::cli_import::compile_paths(&paths),
        Command::Stdin { argv } => {
            use std::io::Read;
            let mut source = Vec::new();
            if std::io::stdin().read_to_end(&mut source).is_err() {
                return 1;
            }
            run_bytes(argv, &source, "<stdin>")
        }
        Command::Dis { path } => match std::fs::read(&path) {
            Ok(source) => match crate::compiler::compile_bytes(&source, Mode::Exec, &path) {
                Ok(code) => {
                    print!("{}", crate::bytecode::dis::disassemble(&code));
                    0
                }
                Err(err) => {
                    eprint!("{}", err.render());
                    1
                }
            },
            Err(err) => {
                eprintln!("minipy: can't open file '{path}': [Errno {}] {}", err.raw_os_error().unwrap_or(0), os_error_text(&err));
                2
            }
        },
    }
}

/// Compile source bytes as `__main__` and run them; a SyntaxError is printed as CPython
/// prints it and gives status 1.
fn run_bytes(argv: Vec<String>, source: &[u8], filename: &str) -> u8 {
    run_bytes_as(argv, source, filename, crate::vm::import::MainSpec::default())
}

/// As `run_bytes`, with sys.path[0] and `__package__` of `__main__` given (`-m`).
pub fn run_bytes_as(argv: Vec<String>, source: &[u8], filename: &str, main: crate::vm::import::MainSpec) -> u8 {
    match crate::compiler::compile_bytes(source, Mode::Exec, filename) {
        Ok(code) => {
            let mut interp = crate::vm::Interpreter::new(argv);
            interp.set_main_spec(main);
            status_byte(interp.run_main(code, filename))
        }
        Err(err) => {
            eprint!("{}", err.render());
            1
        }
    }
}

/// The strerror text CPython shows ("No such file or directory"), without Rust's " (os error 2)".
pub fn os_error_text(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// Exit statuses outside 0..=255 wrap as they do for a C `exit()`.
fn status_byte(status: i32) -> u8 {
    (status & 0xff) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        let mut os: Vec<OsString> = vec!["minipy".into()];
        os.extend(args.iter().map(OsString::from));
        parse_args(&os)
    }

    #[test]
    fn script_and_its_arguments() {
        assert_eq!(
            parse(&["x.py", "-c", "a"]).unwrap(),
            Command::Script { path: "x.py".into(), argv: vec!["x.py".into(), "-c".into(), "a".into()] }
        );
    }

    #[test]
    fn dash_c_takes_the_rest_as_argv() {
        assert_eq!(
            parse(&["-c", "print(1)", "a", "b"]).unwrap(),
            Command::Code { code: "print(1)".into(), argv: vec!["-c".into(), "a".into(), "b".into()] }
        );
        assert!(parse(&["-c"]).unwrap_err().starts_with("Argument expected for the -c option"));
    }

    #[test]
    fn unknown_option_is_a_usage_error() {
        assert!(parse(&["-Q"]).unwrap_err().starts_with("Unknown option: -Q\nusage:"));
    }

    #[test]
    fn version_and_dis() {
        assert!(matches!(parse(&["--version"]).unwrap(), Command::Exit { status: 0, .. }));
        assert_eq!(parse(&["dis", "f.py"]).unwrap(), Command::Dis { path: "f.py".into() });
    }
}
