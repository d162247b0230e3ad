//! Engine tests without a VM: spans of a few patterns, and a no-panic sweep over
//! generated patterns and subjects (every pattern must parse to a tree or an error,
//! and every program must run to a result).

use super::compile::compile;
use super::matcher::{exec, Mode};
use super::parse::parse;

fn cps(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn run(p: &str, s: &str, mode: Mode) -> Option<(usize, usize)> {
    let parsed = parse(&cps(p), 0, false).ok()?;
    let prog = compile(&parsed.node, parsed.groups).ok()?;
    let subject = cps(s);
    exec(&prog, subject.as_slice(), 0, subject.len(), mode, None).map(|r| (r[0], r[1]))
}

fn search(p: &str, s: &str) -> Option<(usize, usize)> {
    run(p, s, Mode::Search)
}

#[test]
fn re_engine_spans() {
    assert_eq!(search("ello", "Hello"), Some((1, 5)));
    assert_eq!(search(r"(a|ab)(c|bcd)(d*)", "abcd"), Some((0, 4)));
    assert_eq!(search(r"(?<=a)b", "cab"), Some((2, 3)));
    assert_eq!(search(r"\bfoo\b", "a foo."), Some((2, 5)));
    assert_eq!(search(r"x*", "aaa"), Some((0, 0)));
    assert_eq!(search(r"(a)\1", "baa"), Some((1, 3)));
    assert_eq!(search(r"a{2,3}?", "aaaa"), Some((0, 2)));
    assert_eq!(search(r"[^a-c]+", "abcxyz"), Some((3, 6)));
}

#[test]
fn re_engine_long_subject_uses_no_native_recursion() {
    let s = "ab".repeat(100_000);
    assert_eq!(run(r"(?:a|b)*", &s, Mode::Match), Some((0, 200_000)));
    assert_eq!(run(r"(a|b)*c", &s, Mode::Match), None);
}

#[test]
fn re_engine_never_panics() {
    let atoms = ["a", "b", ".", "\\d", "\\w", "\\b", "^", "$", "(", ")", "(?:", "(?=", "(?<=", "(?!", "(?>", "|", "*", "+", "?", "{1,2}", "{,3}", "[a-c]", "[^b]", "\\1", "(?P<n>", "(?P=n)", "(?(1)a|b)", "*?", "++", "\\", "[", "]", "{", "}", "(?i)", "(?x)", "\\Z", "\\A"];
    let subjects = ["", "a", "ab", "aab\nba", "bbbbbbbbba", "ÄäSs"];
    // A deterministic generator: every pattern of up to three atoms from a rotating window.
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut p = String::new();
        let mut k = seed;
        for _ in 0..(1 + (k % 5)) {
            p.push_str(atoms[(k % atoms.len() as u64) as usize]);
            k /= atoms.len() as u64;
        }
        for flags in [0u32, 2, 8, 16, 64, 256] {
            if let Ok(parsed) = parse(&cps(&p), flags, false) {
                if let Ok(prog) = compile(&parsed.node, parsed.groups) {
                    for s in subjects {
                        let subject = cps(s);
                        for mode in [Mode::Match, Mode::Full, Mode::Search] {
                            let _ = exec(&prog, subject.as_slice(), 0, subject.len(), mode, None);
                        }
                    }
                }
            }
        }
    }
}
