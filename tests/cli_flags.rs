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
fn run<S: AsRef<std::ffi::OsStr>>(args: &[S], stdin: &[u8]) -> (String, String, i32) {
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
        use std::os::unix::ffi::OsStringExt;
        let spec = std::fs::read(case).unwrap_or_default();
        let mut lines: Vec<&[u8]> = spec.split(|&b| b == b'\n').collect();
        if lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        let args: Vec<std::ffi::OsString> =
            lines.into_iter().filter(|l| *l != b"#stdout-only").map(|l| std::ffi::OsString::from_vec(l.to_vec())).collect();
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

#[test]
fn importtime_reports_each_import() {
    let (_, err, status) = run(&strings(&["-X", "importtime", "-c", "import heapq"]), b"");
    assert_eq!(status, 0);
    assert!(err.starts_with("import time: self [us] | cumulative | imported package\n"), "{err}");
    assert!(err.lines().any(|l| l.starts_with("import time:") && l.ends_with("| heapq")), "{err}");
}

#[test]
fn uncaught_keyboard_interrupt_dies_by_sigint() {
    let (_, err, status) = run(&strings(&["-c", "raise KeyboardInterrupt"]), b"");
    assert_eq!(status, -2);
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
}

/// `minipy ARGS` in `dir` with extra environment variables; (stdout, stderr, status).
fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minipy"));
    command.args(args).current_dir(dir).env_remove("MINIPY_OPTIMIZE").env_remove("MINIPY_DONT_WRITE_BYTECODE");
    for (k, v) in env {
        command.env(k, v);
    }
    let output = command.output().expect("minipy runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&output.stdout), text(&output.stderr), output.status.code().unwrap_or(-1))
}

#[test]
fn minipy_optimize_is_pythonoptimize() {
    let here = Path::new(root()).join("tests/flags");
    let code = "import sys; print(sys.flags.optimize, __debug__)";
    // The expected values are python3's with PYTHONOPTIMIZE in place of MINIPY_OPTIMIZE.
    for (value, flag, want) in [("1", None, "1 False\n"), ("2", None, "2 False\n"), ("x", None, "1 False\n"), ("1", Some("-OO"), "2 False\n"), ("2", Some("-O"), "2 False\n"), ("", None, "0 True\n")] {
        let mut args = Vec::new();
        args.extend(flag);
        args.extend(["-c", code]);
        let (out, err, status) = run_env(&here, &args, &[("MINIPY_OPTIMIZE", value)]);
        assert_eq!((out.as_str(), status), (want, 0), "MINIPY_OPTIMIZE={value:?} {flag:?}: {err}");
    }
    // -E ignores it.
    let (out, _, _) = run_env(&here, &["-E", "-c", code], &[("MINIPY_OPTIMIZE", "2")]);
    assert_eq!(out, "0 True\n");
}

#[test]
fn optimized_pyc_files_are_named_opt_n() {
    let dir = std::env::temp_dir().join(format!("minipy-opt-pyc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("mod_o.py"), "def f():\n    'doc'\n    assert False\n    return __debug__\n").expect("write");
    let code = "import mod_o; print(mod_o.f(), mod_o.f.__doc__)";
    let mut seen = Vec::new();
    for (flag, want) in [("-O", "False doc\n"), ("-OO", "False None\n"), ("-B", "")] {
        // Twice: the second run loads what the first wrote, and must behave the same.
        for _ in 0..2 {
            let (out, err, status) = run_env(&dir, &[flag, "-c", code], &[]);
            if flag == "-B" {
                assert_eq!(status, 1, "{err}");
                assert!(err.ends_with("AssertionError\n"), "{err}");
            } else {
                assert_eq!((out.as_str(), status), (want, 0), "{flag}: {err}");
            }
        }
        let mut names: Vec<String> = std::fs::read_dir(dir.join("__pycache__"))
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned())).collect())
            .unwrap_or_default();
        names.sort();
        seen.push(names);
    }
    let suffixes = |names: &Vec<String>| names.iter().map(|n| n.rsplit_once(".minipy-").map_or(n.clone(), |(_, s)| s.to_string())).collect::<Vec<_>>();
    let tag = |n: &str| n.split_once('.').map_or(String::new(), |(_, rest)| rest.to_string());
    let after_o = suffixes(&seen[0]);
    assert_eq!(after_o.len(), 1, "{seen:?}");
    assert_eq!(tag(&after_o[0]), "opt-1.pyc", "{seen:?}");
    let after_oo = suffixes(&seen[1]);
    assert_eq!(after_oo.iter().map(|n| tag(n)).collect::<Vec<_>>(), ["opt-1.pyc", "opt-2.pyc"], "{seen:?}");
    // -B writes nothing new: the unoptimised import compiled from source.
    assert_eq!(seen[2], seen[1]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn environment_that_is_not_utf8_arrives_surrogate_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let here = Path::new(root()).join("tests/flags");
    let output = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["-c", "import os; print(ascii([(k, v) for k, v in os.environ.items() if k.startswith('MINIPY_T_')]))"])
        .current_dir(&here)
        .env(std::ffi::OsStr::from_bytes(b"MINIPY_T_\xff"), std::ffi::OsStr::from_bytes(b"\xfeok"))
        .output()
        .expect("minipy runs");
    // python3 prints exactly this for the same environment.
    assert_eq!(String::from_utf8_lossy(&output.stdout), "[('MINIPY_T_\\udcff', '\\udcfeok')]\n");
    assert!(output.status.success());
}

#[test]
fn a_closed_stdout_pipe_ends_as_python3_does() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["-c", "for i in range(1000000): print(i)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("minipy starts");
    let mut first = String::new();
    if let Some(out) = child.stdout.take() {
        // Read one line, then close the pipe as `| head -1` does.
        let _ = BufReader::new(out).read_line(&mut first);
    }
    let output = child.wait_with_output().expect("minipy ends");
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(first, "0\n");
    // python3: the BrokenPipeError traceback and status 1, never a panic or a signal death.
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"), "{err}");
    assert!(!err.contains("panic"), "{err}");
}
