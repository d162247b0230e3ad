//! The process's command-line configuration (CPython's PyConfig, the part minipy has):
//! set once by the CLI before the interpreter starts, read by `sys.flags`, the import
//! system and the REPL. Embedders that never set it get python3's defaults.

use std::ffi::OsString;
use std::sync::OnceLock;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// `-i`: enter the REPL after the script (also MINIPY_INSPECT).
    pub inspect: bool,
    /// The REPL is running (sys.flags.interactive).
    pub interactive: bool,
    /// `-O` (1) / `-OO` (2).
    pub optimize: u8,
    /// `-B`.
    pub dont_write_bytecode: bool,
    /// `-s`.
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-E` (and `-I`): MINIPY_* environment variables are ignored.
    pub ignore_environment: bool,
    /// `-v`, counted.
    pub verbose: u8,
    /// `-b` / `-bb`.
    pub bytes_warning: u8,
    /// `-q`: no banner.
    pub quiet: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-P` (and `-I`): no script directory at the front of sys.path.
    pub safe_path: bool,
    /// `-u`: stdout and stderr unbuffered.
    pub unbuffered: bool,
    /// `-d`.
    pub debug: u8,
    /// `-x`: the script's first line is skipped.
    pub skip_first_line: bool,
    /// `-W` arguments in order (sys.warnoptions).
    pub warnoptions: Vec<String>,
    /// `-X name[=value]` in order (sys._xoptions: a bare name maps to True).
    pub xoptions: Vec<(String, Option<String>)>,
    /// The command line as given (sys.orig_argv).
    pub orig_argv: Vec<String>,
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// Install the configuration; only the first call counts (the CLI makes it once).
pub fn set(config: Config) {
    let _ = CONFIG.set(config);
}

pub fn get() -> &'static Config {
    static DEFAULT: OnceLock<Config> = OnceLock::new();
    CONFIG.get().unwrap_or_else(|| DEFAULT.get_or_init(Config::default))
}

/// A MINIPY_* environment variable, unless `-E`/`-I` says to ignore them.
pub fn env_var(name: &str) -> Option<OsString> {
    if get().ignore_environment {
        return None;
    }
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// The value of `-X name` (Some(None) for a bare `-X name`), the last one given winning.
pub fn xoption(name: &str) -> Option<Option<&'static str>> {
    get().xoptions.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_deref())
}
