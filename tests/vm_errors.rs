//! Uncaught exceptions, SystemExit and __del__ errors: stdout, stderr and exit status of
//! tests/errors/*.py compared with python3's (regen.sh). The `^^^^` markers of CPython's
//! tracebacks come in a later issue, so caret lines are dropped before comparing; paths and
//! addresses are normalised.

use std::path::Path;

use minipy::vm::Interpreter;

fn normalise(text: &str, dir: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim();
        if !t.is_empty() && t.chars().all(|c| c == '^' || c == '~') {
            continue;
        }
        let line = line.replace(dir, "<dir>");
        // 0x7f3a... addresses differ run to run.
        let mut cleaned = String::new();
        let mut rest = line.as_str();
        while let Some(i) = rest.find("0x") {
            cleaned.push_str(&rest[..i]);
            let tail = &rest[i + 2..];
            let n = tail.chars().take_while(|c| c.is_ascii_hexdigit()).count();
            cleaned.push_str(if n > 4 { "0xADDR" } else { &rest[i..i + 2 + n] });
            rest = &tail[n..];
        }
        cleaned.push_str(rest);
        out.push_str(&cleaned);
        out.push('\n');
    }
    out
}

#[test]
fn errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let dir_s = dir.to_string_lossy().into_owned();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/errors")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    for p in &entries {
        let name = p.to_string_lossy().into_owned();
        let src = std::fs::read_to_string(p).unwrap_or_default();
        let read = |ext: &str| std::fs::read_to_string(format!("{}.{}", name, ext)).unwrap_or_default();
        // The expected files were generated from this directory; paths there are relative
        // to wherever regen ran, so compare with the directory prefix normalised away.
        let (exp_out, exp_err, exp_status) = (read("out"), read("err"), read("status"));
        let mut interp = Interpreter::new(vec![name.clone()]);
        interp.capture_stdout();
        interp.capture_stderr();
        let status = interp.run_source(&src, &name);
        let (out, err) = (interp.take_captured_stdout(), interp.take_captured_stderr());
        drop(interp);
        let exp_dir = exp_err
            .lines()
            .find_map(|l| l.trim().strip_prefix("File \"").and_then(|r| r.rfind('/').map(|i| r[..i].to_string())))
            .unwrap_or_else(|| dir_s.clone());
        let (e1, g1) = (normalise(&exp_err, &exp_dir), normalise(&err, &dir_s));
        if out != exp_out || e1 != g1 || status.to_string() != exp_status.trim() {
            failures.push(format!(
                "--- {}\nstatus expected {} got {}\n=== expected stdout ===\n{}=== got stdout ===\n{}=== expected stderr ===\n{}=== got stderr ===\n{}",
                p.display(),
                exp_status.trim(),
                status,
                exp_out,
                out,
                e1,
                g1
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} differ:\n{}", failures.len(), entries.len(), failures.join("\n"));
}
