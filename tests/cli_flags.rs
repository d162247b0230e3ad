//! Every command-line flag against python3: `tests/flags/NAME.args` holds the arguments
//! (one a line), `NAME.stdin` the standard input, and `NAME.out` / `.err` / `.status` what
//! python3 printed for the same command (`tests/flags/regen.py`; usage messages name
//! minipy there). Behaviour that cannot match python3 (banner, version, help text) is
//! checked directly below.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> &'static str {
    env!("CARGO_MANIFEST_DIR")
}

fn cases() -> Vec<PathBuf> {
    let dir = Path::new(root()).join("tests/flags");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "args")).collect())
        .unwrap_or_default();
    found.sort();
    found
}

fn read(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| String::from_utf8_lossy(&b).replace(root(), "{ROOT}"))
}

/// Run minipy with `args` in tests/flags, feeding `stdin`; (stdout, stderr, status), the
/// status of a death by signal N being -N as Python's subprocess reports it.
fn run(args: &[String], stdin: &[u8]) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(args)
        .current_dir(Path::new(root()).join("tests/flags"))
        .env("MINIPY_DONT_WRITE_BYTECODE", "1")
        .env_remove("MINIPY_PATH")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minipy starts");
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
    }
    let output = child.wait_with_output().expect("minipy runs");
    use std::os::unix::process::ExitStatusExt;
    let status = output.status.code().unwrap_or_else(|| -output.status.signal().unwrap_or(0));
    let text = |b: &[u8]| String::from_utf8_lossy(b).replace(root(), "{ROOT}");
    (text(&output.stdout), text(&output.stderr), status)
}

#[test]
fn flags_match_python3() {
    let mut failures = Vec::new();
    let all = cases();
    for case in &all {
        let spec = std::fs::read_to_string(case).unwrap_or_default();
        let args: Vec<String> = spec.lines().filter(|l| *l != "#stdout-only").map(String::from).collect();
        let stdin = std::fs::read(case.with_extension("stdin")).unwrap_or_default();
        let (out, err, status) = run(&args, &stdin);
        let name = case.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if let Some(want) = read(&case.with_extension("out")) {
            if out != want {
                failures.push(format!("{name}: stdout differs\n--- want\n{want}--- got\n{out}--- stderr\n{err}"));
                continue;
            }
        }
        if let Some(want) = read(&case.with_extension("err")) {
            if err != want {
                failures.push(format!("{name}: stderr differs\n--- want\n{want}--- got\n{err}"));
                continue;
            }
        }
        let want_status: i32 = read(&case.with_extension("status")).and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        if status != want_status {
            failures.push(format!("{name}: exit status {status}, want {want_status}\n--- stderr\n{err}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} flag cases failed:\n{}", failures.len(), all.len(), failures.join("\n"));
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
fn version_names_minipy() {
    for flag in ["-V", "--version"] {
        let (out, _, status) = run(&strings(&[flag]), b"");
        assert_eq!(status, 0);
        assert!(out.starts_with("minipy ") && out.contains("(Python 3.11)"), "{out}");
    }
}

#[test]
fn help_is_python3s_adapted() {
    for flag in ["-h", "--help", "-?"] {
        let (out, _, status) = run(&strings(&[flag]), b"");
        assert_eq!(status, 0);
        assert!(out.starts_with("usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ..."), "{out}");
        for option in ["-B ", "-c cmd", "-E ", "-i ", "-I ", "-m mod", "-O ", "-q ", "-s ", "-S ", "-u ", "-V ", "-W arg", "-x ", "-X opt"] {
            assert!(out.contains(&format!("\n{option}")), "help lacks {option}");
        }
    }
}

#[test]
fn banner_only_without_q_and_on_a_terminal() {
    // stdin is a pipe here: no banner even without -q, as python3 prints none either.
    let (_, err, _) = run(&strings(&["-i"]), b"");
    assert!(!err.contains("Type \"help\""), "{err}");
}

#[test]
fn history_file_is_written_by_the_terminal_repl_only() {
    let dir = std::env::temp_dir().join(format!("minipy-hist-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let hist = dir.join("h");
    let output = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .arg("-q")
        .arg("-i")
        .env("MINIPY_HISTORY", &hist)
        .stdin(Stdio::null())
        .output()
        .expect("minipy runs");
    assert!(output.status.success());
    assert!(!hist.exists());
    let _ = std::fs::remove_dir_all(&dir);
}
