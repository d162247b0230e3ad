//! Command-line parsing and dispatch, kept apart from `main.rs` so tests and embedders
//! can drive exactly what the binary does.

use std::ffi::OsString;

use crate::ast::Mode;

pub const VERSION: &str = concat!("minipy ", env!("CARGO_PKG_VERSION"), " (Python 3.11)");

const USAGE: &str = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

const HELP: &str = "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...
       minipy dis FILE       print the bytecode of FILE
       minipy compile PATH...  write the pyc cache of every .py file under PATH
Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also MINIPY_DONT_WRITE_BYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (accepted, no effect)
-E     : ignore MINIPY_* environment variables (such as MINIPY_PATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also MINIPY_INSPECT=x
-I     : isolate minipy from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also MINIPY_OPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin
-v     : verbose (trace import statements)
         can be supplied multiple times to increase verbosity
-V     : print the minipy version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (-X gcstats, -X importtime)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Environment:
MINIPY_PATH    : ':'-separated list of directories prefixed to the module search path
MINIPY_HISTORY : the REPL's history file (default ~/.minipy_history)
";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Print `stdout` and exit with `status` without starting the interpreter.
    Exit { status: u8, stdout: String },
    /// Run a script file; `argv` is `sys.argv` (argv[0] is the path as given).
    Script { path: String, argv: Vec<String> },
    /// `-c CODE`: argv[0] is "-c".
    Code { code: String, argv: Vec<String> },
    /// No program: the REPL on a terminal, else the whole of stdin as a script (`-` too).
    Stdin { argv: Vec<String> },
    /// `minipy dis FILE`.
    Dis { path: String },
    /// `-m MODULE`: argv[0] becomes the module's file path once it is found.
    Module { module: String, argv: Vec<String> },
    /// `minipy compile PATH...`.
    Compile { paths: Vec<String> },
}

/// Options that do not change which command runs: the process configuration.
pub type Flags = crate::config::Config;

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
    use std::os::unix::ffi::OsStrExt;
    let raw_argv = args.iter().map(|a| a.as_bytes().to_vec()).collect();
    let mut flags = Flags { orig_argv: args.iter().map(decode_arg).collect(), raw_argv, ..Flags::default() };
    let command = parse_command(args, &mut flags)?;
    if flags.isolated {
        flags.ignore_environment = true;
        flags.no_user_site = true;
        flags.safe_path = true;
    }
    Ok((command, flags))
}

/// The argument of an option that takes one: the rest of the cluster (`-Wdefault`) or
/// the next argument (`-W default`).
fn option_argument(letters: &[char], j: usize, args: &[String], i: &mut usize, letter: char) -> Result<String, String> {
    let inline: String = letters[j + 1..].iter().collect();
    if !inline.is_empty() {
        return Ok(inline);
    }
    match args.get(*i + 1) {
        Some(next) => {
            *i += 1;
            Ok(next.clone())
        }
        None => Err(usage_error(&format!("Argument expected for the -{letter} option"))),
    }
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
            "-h" | "--help" | "-?" | "--help-all" => return Ok(Command::Exit { status: 0, stdout: HELP.to_string() }),
            "-V" | "--version" => return Ok(Command::Exit { status: 0, stdout: format!("{VERSION}\n") }),
            "--" => {
                let rest = args[i + 1..].to_vec();
                return Ok(match rest.first() {
                    Some(path) if path != "-" => Command::Script { path: path.clone(), argv: rest },
                    _ => Command::Stdin { argv: if rest.is_empty() { vec![String::new()] } else { rest } },
                });
            }
            "--check-hash-based-pycs" => {
                match args.get(i + 1).map(String::as_str) {
                    Some("always" | "default" | "never") => i += 2,
                    Some(_) => return Err(usage_error("--check-hash-based-pycs must be one of 'default', 'always', or 'never'")),
                    None => return Err(usage_error("Argument expected for the --check-hash-based-pycs option")),
                }
                continue;
            }
            _ if arg.starts_with("--") => return Err(usage_error(&format!("unknown option {arg}"))),
            _ => {}
        }
        // Single-letter options may be clustered (`-Bc code`), as in CPython.
        let letters: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while j < letters.len() {
            let letter = letters[j];
            match letter {
                'c' => {
                    let code = option_argument(&letters, j, &args, &mut i, 'c')?;
                    let mut argv = vec!["-c".to_string()];
                    argv.extend(args[i + 1..].iter().cloned());
                    return Ok(Command::Code { code, argv });
                }
                'm' => {
                    let module = option_argument(&letters, j, &args, &mut i, 'm')?;
                    let mut argv = vec![module.clone()];
                    argv.extend(args[i + 1..].iter().cloned());
                    return Ok(Command::Module { module, argv });
                }
                'W' | 'X' => {
                    let value = option_argument(&letters, j, &args, &mut i, letter)?;
                    if letter == 'W' {
                        flags.warnoptions.push(value);
                    } else {
                        let (name, v) = match value.split_once('=') {
                            Some((n, v)) => (n.to_string(), Some(v.to_string())),
                            None => (value, None),
                        };
                        flags.xoptions.push((name, v));
                    }
                    break;
                }
                'B' => flags.dont_write_bytecode = true,
                'b' => flags.bytes_warning = flags.bytes_warning.saturating_add(1),
                'd' => flags.debug = flags.debug.saturating_add(1),
                'E' => flags.ignore_environment = true,
                'i' => {
                    flags.inspect = true;
                    flags.interactive = true;
                }
                'I' => flags.isolated = true,
                'O' => flags.optimize = flags.optimize.saturating_add(1),
                'P' => flags.safe_path = true,
                'q' => flags.quiet = true,
                's' => flags.no_user_site = true,
                'S' => flags.no_site = true,
                'u' => flags.unbuffered = true,
                'v' => flags.verbose = flags.verbose.saturating_add(1),
                'x' => flags.skip_first_line = true,
                'h' | '?' => return Ok(Command::Exit { status: 0, stdout: HELP.to_string() }),
                'V' => return Ok(Command::Exit { status: 0, stdout: format!("{VERSION}\n") }),
                _ => return Err(usage_error(&format!("Unknown option: -{letter}"))),
            }
            j += 1;
        }
        i += 1;
    }
    Ok(Command::Stdin { argv: vec![String::new()] })
}

/// The whole of the `minipy` command: parse `args`, configure the process, run, and
/// return the exit status (or die by SIGINT after an uncaught KeyboardInterrupt).
pub fn main(args: &[OsString]) -> u8 {
    let (command, mut flags) = match parse_args_flags(args) {
        Ok(parsed) => parsed,
        Err(usage_error) => {
            eprint!("{usage_error}");
            return 2;
        }
    };
    if !flags.ignore_environment {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        flags.inspect |= set("MINIPY_INSPECT");
        flags.unbuffered |= set("MINIPY_UNBUFFERED");
        // As PYTHONOPTIMIZE: a number is that many -O, any other text one; -O adds nothing past it.
        if let Some(v) = std::env::var_os("MINIPY_OPTIMIZE").filter(|v| !v.is_empty()) {
            let level = v.to_str().and_then(|s| s.trim().parse::<u8>().ok()).unwrap_or(1);
            flags.optimize = flags.optimize.max(level);
        }
    }
    crate::vm::import::set_dont_write_bytecode(flags.dont_write_bytecode);
    crate::config::set(flags);
    crate::vm::interrupt::install_handler();
    // Writing to a closed pipe must give EPIPE (BrokenPipeError), not kill us silently
    // mid-write; Rust already ignores SIGPIPE, this keeps it so for clarity.
    let status = crate::vm::on_interpreter_thread(move || run(command));
    if crate::vm::interrupt::unhandled() {
        crate::vm::interrupt::die_by_sigint();
    }
    status
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
            let source = if crate::config::get().skip_first_line { skip_first_line(source) } else { source };
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
            use std::io::{IsTerminal, Read};
            if std::io::stdin().is_terminal() || crate::config::get().inspect {
                return crate::repl::run(crate::vm::Interpreter::new(argv));
            }
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
    let inspect = crate::config::get().inspect;
    let compiled = crate::compiler::compile_bytes(source, Mode::Exec, filename);
    if let (Err(err), false) = (&compiled, inspect) {
        eprint!("{}", err.render());
        return 1;
    }
    let mut interp = crate::vm::Interpreter::new(argv);
    interp.set_main_spec(main);
    let status = match compiled {
        Ok(code) => status_byte(interp.run_main(code, filename)),
        Err(err) => {
            eprint!("{}", err.render());
            1
        }
    };
    if inspect {
        // `-i`: whatever happened, the prompt comes next (CPython's inspect mode).
        crate::vm::interrupt::set_unhandled(false);
        return crate::repl::run(interp);
    }
    status
}

/// `-x`: the first line is blanked, not removed, so line numbers stay those of the file.
fn skip_first_line(mut source: Vec<u8>) -> Vec<u8> {
    let end = source.iter().position(|&b| b == b'\n').unwrap_or(source.len());
    source.drain(..end);
    source
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
