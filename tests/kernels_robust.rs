//! Seeded random inputs for the text-facing kernels: every input must give a value or a
//! NumError, never a panic.

use minipy::objects::fmt::{self, FormatSpec, SimpleArg, SimpleArgs};
use minipy::objects::num::{self, Int};

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const ATOMS: &[&str] = &[
    "0", "1", "9", "_", ".", "e", "E", "+", "-", " ", "x", "X", "b", "o", "j", "{", "}", "[", "]", "!", ":", "%", "(", ")", "*",
    "#", ",", "<", ">", "=", "^", "z", "s", "r", "a", "d", "f", "g", "c", "n", "inf", "nan", "0x", "p", "é", "٣", "\u{3000}",
    "99999999999999999999", "\t", "\n", "'", "\"", "\\",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.next() % 8;
    (0..n).map(|_| rng.pick(ATOMS)).collect()
}

#[test]
fn no_panics_on_random_text() {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let ints = [Int::Small(0), Int::Small(-7), Int::Small(i64::MIN), num::parse_int("123456789012345678901234567890", 10).unwrap()];
    for _ in 0..20000 {
        let s = random_text(&mut rng);
        let _ = num::parse_int(&s, (rng.next() % 38) as u32);
        let _ = num::parse_float(&s);
        let _ = num::float_fromhex(&s);
        let _ = fmt::parse_format_string(&s);
        let _ = fmt::repr_str(&s);
        if let Ok(spec) = FormatSpec::parse(&s) {
            for i in &ints {
                let _ = fmt::format_int(i, &spec);
            }
            for f in [0.0, -1.5, 1e300, f64::NAN, f64::NEG_INFINITY] {
                let _ = fmt::format_float(f, &spec);
                let _ = fmt::format_complex(f, 1.0, &spec);
            }
            let _ = fmt::format_str(&s, &spec);
        }
        let items = vec![SimpleArg::Int(Int::Small(3)), SimpleArg::Float(2.5), SimpleArg::Str(s.clone())];
        let mut args = SimpleArgs { items, pos: 0, mapping: Some(vec![("x".into(), SimpleArg::Int(Int::Small(1)))]) };
        let _ = fmt::percent_format(&s, &mut args);
        let mut args = SimpleArgs { items: vec![SimpleArg::Int(Int::Small(3))], pos: 0, mapping: None };
        let _ = fmt::percent_format(&s, &mut args);
    }
}

#[test]
fn huge_sizes_are_errors_not_aborts() {
    let spec = FormatSpec::parse("99999999999999").unwrap();
    assert!(fmt::format_int(&Int::Small(1), &spec).is_err());
    let spec = FormatSpec::parse(".3000000000f").unwrap();
    assert_eq!(fmt::format_float(1.0, &spec).unwrap_err().message(), "precision too big");
    let mut args = SimpleArgs { items: vec![SimpleArg::Int(Int::Small(1))], pos: 0, mapping: None };
    assert!(fmt::percent_format("%99999999999d", &mut args).is_err());
    assert!(num::lshift(&Int::Small(1), &Int::Small(1 << 50)).is_err());
    assert!(matches!(num::pow(&Int::Small(3), &Int::Small(1 << 40)), Err(num::NumError::Memory(_))));
    assert!(num::factorial(&Int::Small(1 << 40)).is_err());
}
