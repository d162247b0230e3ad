//! No byte sequence makes the parser panic: seeded random bytes and token-level mutations of
//! a valid program all come back as Ok or a SyntaxError (deterministic, a few seconds in debug).

use minipy::ast::Mode;
use minipy::parser::{is_incomplete, parse_bytes};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: small, deterministic, good enough to spread inputs.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "...", "\n", "\r\n", "\r", "    ", "\t", " ", "\\\n",
    "\\", "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "rb'", "}", "{", "!r", "=", ":=", "==", "*", "**", "@",
    "->", "if", "elif", "else", "for", "in", "while", "def", "class", "lambda", "yield", "await", "async",
    "return", "try", "except", "finally", "with", "as", "import", "from", "global", "del", "not", "is", "and",
    "x", "y", "0", "0x", "0b2", "1e", "1_", "1.5j", "07", "\\N{", "\\x", "\\u12", "#", "\0", "\u{a0}", "é",
    "\u{20ac}", "\u{feff}", "\u{ff}",
];

fn check(src: &[u8]) {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        let _ = parse_bytes(src, mode, "fuzz.py");
    }
    if let Ok(s) = std::str::from_utf8(src) {
        let _ = is_incomplete(s);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..900 {
        let len = rng.below(48);
        let mut v = Vec::with_capacity(len);
        for _ in 0..len {
            let b = match rng.below(4) {
                0 => rng.below(256) as u8,
                _ => {
                    let alphabet = b"()[]{}:;,.=+-*/'\"\n \t\\#fbrxj0123456789abcdefif@!<>%&|^~";
                    alphabet[rng.below(alphabet.len())]
                }
            };
            v.push(b);
        }
        check(&v);
    }
}

#[test]
fn mutated_programs_never_panic() {
    let base = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parser/valid/constructs.py")).unwrap();
    let cuts: Vec<usize> = base.char_indices().map(|(i, _)| i).chain([base.len()]).collect();
    let mut rng = Rng(42);
    for _ in 0..600 {
        let mut s = base.clone();
        for _ in 0..1 + rng.below(4) {
            let cuts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let a = cuts[rng.below(cuts.len())];
            let b = cuts[rng.below(cuts.len())].max(a).min(a + 40);
            let b = if s.is_char_boundary(b) { b } else { a };
            match rng.below(3) {
                0 => s.replace_range(a..b, ""),
                1 => s.insert_str(a, PIECES[rng.below(PIECES.len())]),
                _ => {
                    let piece = s[a..b].to_string();
                    s.insert_str(a, &piece)
                }
            }
        }
        check(s.as_bytes());
    }
    let _ = cuts;
}
