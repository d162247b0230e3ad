//! Seeded mutation testing of the whole front end and of the interpreter: thousands of
//! token-level mutations of real programs and random byte strings must give a result or
//! a Python error — never a Rust panic, a crash by signal, or a native stack overflow.
//! Deterministic (fixed seeds) so a failure reproduces; the failing input is printed.

use std::io::Write;
use std::panic;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use minipy::ast::Mode;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: tiny and good enough to pick mutations.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Split source into rough tokens: words, numbers, quoted strings, single punctuation
/// characters and runs of whitespace. Good enough to mutate at the token level.
fn tokens(src: &str) -> Vec<String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                i += 1;
            }
        } else if c == '"' || c == '\'' {
            i += 1;
            while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                i += 1;
            }
            i = (i + 1).min(chars.len());
        } else if c == ' ' || c == '\t' {
            while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t') {
                i += 1;
            }
        } else {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

const INSERTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@",
    "<", ">", "!=", "not", "and", "or", "in", "is", "lambda", "yield", "await", "async", "def", "class",
    "return", "if", "else", "elif", "while", "for", "try", "except", "finally", "with", "as", "import",
    "from", "global", "nonlocal", "del", "pass", "break", "continue", "raise", "assert", ":=", "->",
    "\n", "\n    ", "\t", "\\", "'", "\"", "\"\"\"", "f'{", "}'", "#", "0x", "1e", "1_", "0b2", "9" , "None",
    "*args", "**kw", "x", "self", ";", "...", "~", "^", "|", "&", "<<", ">>", "\u{e9}", "\u{0}",
];

fn mutate(rng: &mut Rng, toks: &[String]) -> String {
    let mut toks = toks.to_vec();
    for _ in 0..1 + rng.below(3) {
        if toks.is_empty() {
            break;
        }
        let at = rng.below(toks.len());
        match rng.below(5) {
            0 => {
                toks.remove(at);
            }
            1 => {
                let dup = toks[at].clone();
                toks.insert(at, dup);
            }
            2 => {
                let other = rng.below(toks.len());
                toks.swap(at, other);
            }
            _ => toks.insert(at, INSERTS[rng.below(INSERTS.len())].to_string()),
        }
    }
    toks.concat()
}

fn corpus() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for dir in ["tests/programs", "examples"] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|x| x == "py") {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        files.push((path, text));
                    }
                }
            }
        }
    }
    files.sort();
    files
}

/// Parse and compile in-process; a panic is reported with the input that caused it.
fn front_end_survives(source: &[u8]) -> Result<(), String> {
    let owned = source.to_vec();
    let outcome = panic::catch_unwind(move || {
        let _ = minipy::compiler::compile_bytes(&owned, Mode::Exec, "<fuzz>");
    });
    outcome.map_err(|_| format!("front end panicked on:\n{}", String::from_utf8_lossy(source)))
}

#[test]
fn mutated_programs_never_panic_the_front_end() {
    let files = corpus();
    assert!(!files.is_empty(), "no corpus found");
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut failures = Vec::new();
    for round in 0..6000 {
        let (_, text) = &files[round % files.len()];
        let toks = tokens(text);
        let mutated = mutate(&mut rng, &toks);
        if let Err(report) = front_end_survives(mutated.as_bytes()) {
            failures.push(report);
        }
    }
    for _ in 0..2000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if let Err(report) = front_end_survives(&bytes) {
            failures.push(report);
        }
    }
    assert!(failures.is_empty(), "{} panics; first:\n{}", failures.len(), failures[0]);
}

/// Mutated programs that still compile are run by the real binary. A mutation may well
/// loop forever, so a time-out is not a failure; a panic message, a crash by signal or
/// an abort is.
#[test]
fn mutated_programs_never_crash_the_interpreter() {
    let files = corpus();
    let mut rng = Rng(0x0dd_ba11_cafe_0002);
    let mut failures = Vec::new();
    let mut ran = 0;
    // Programs that make processes are left out: a mutated one can leave a child holding
    // the stderr pipe open, and the read below would wait for it forever.
    let files: Vec<_> = files.into_iter().filter(|(_, t)| !["fork", "spawn", "subprocess", "exec"].iter().any(|w| t.contains(w))).collect();
    while ran < 300 {
        let (_, text) = &files[rng.below(files.len())];
        let mutated = mutate(&mut rng, &tokens(text));
        if minipy::compiler::compile_source(&mutated, Mode::Exec, "<fuzz>").is_err() {
            continue;
        }
        ran += 1;
        let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("minipy starts");
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(mutated.as_bytes());
        }
        let deadline = Instant::now() + Duration::from_secs(3);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                _ => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
            }
        };
        let Some(status) = status else { continue };
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            use std::io::Read;
            let _ = pipe.read_to_string(&mut stderr);
        }
        // Death by a signal a program may send itself (an uncaught KeyboardInterrupt ends
        // by SIGINT, as in CPython; SIGALRM, SIGTERM...) is behaviour; SIGSEGV, SIGBUS,
        // SIGILL, SIGFPE and SIGABRT are crashes.
        use std::os::unix::process::ExitStatusExt;
        let fatal = matches!(status.signal(), Some(4 | 6 | 7 | 8 | 11));
        let crashed = fatal || status.code() == Some(101) || stderr.contains("panicked") || stderr.contains("internal error");
        if crashed {
            failures.push(format!("status {status:?}\n{stderr}\n--- program:\n{mutated}"));
        }
    }
    assert!(failures.is_empty(), "{} crashes; first:\n{}", failures.len(), failures[0]);
}
