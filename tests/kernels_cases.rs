//! Replays tests/kernels_data/cases.tsv (expected values computed by python3 with
//! tests/kernels_gen/gen_cases.py) against the numeric and formatting kernels.

use minipy::objects::fmt::{self, FormatSpec, SimpleArg, SimpleArgs};
use minipy::objects::num::{self, Int, NumError, PowFloat, PowResult, RoundResult};
use std::collections::BTreeMap;

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn int(s: &str) -> Int {
    num::parse_int_limited(s, 10, 0).expect("test data int")
}

fn float(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("test data float bits"))
}

fn fb(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn err(e: NumError) -> String {
    format!("!{}: {}", e.class_name(), e.message())
}

fn show<T>(r: Result<T, NumError>, f: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => f(v),
        Err(e) => err(e),
    }
}

fn dec(i: Int) -> String {
    i.to_string()
}

fn spec(s: &str) -> Result<FormatSpec, NumError> {
    FormatSpec::parse(s)
}

fn run(func: &str, a: &[String]) -> Option<String> {
    let r = match func {
        "float_repr" => num::float_repr(float(&a[0])),
        "float_hex" => num::float_hex(float(&a[0])),
        "hash_float" => num::hash_float(float(&a[0])).to_string(),
        "as_integer_ratio" => show(num::float_as_integer_ratio(float(&a[0])), |(n, d)| format!("{n}/{d}")),
        "round_float" => {
            let nd = if a[1] == "none" { None } else { Some(a[1].parse::<i64>().ok()?) };
            show(num::round_float(float(&a[0]), nd), |r| match r {
                RoundResult::Int(i) => dec(i),
                RoundResult::Float(f) => fb(f),
            })
        }
        "fromhex" => show(num::float_fromhex(&a[0]), fb),
        "parse_float" => match num::parse_float(&a[0]) {
            None => "None".into(),
            Some(f) if f.is_nan() => "nan".into(),
            Some(f) => fb(f),
        },
        "float_floordiv" => show(num::float_floordiv(float(&a[0]), float(&a[1])), fb),
        "float_mod" => show(num::float_mod(float(&a[0]), float(&a[1])), fb),
        "float_pow" => show(num::float_pow(float(&a[0]), float(&a[1])), |r| match r {
            PowFloat::Float(f) => fb(f),
            PowFloat::Complex(re, im) => format!("c{},{}", fb(re), fb(im)),
        }),
        "hash_int" => num::hash_int(&int(&a[0])).to_string(),
        "to_f64" => show(num::to_f64(&int(&a[0])), fb),
        "neg" => dec(num::neg(&int(&a[0]))),
        "invert" => dec(num::invert(&int(&a[0]))),
        "bit_length" => num::bit_length(&int(&a[0])).to_string(),
        "to_str_radix" => num::to_str_radix(&int(&a[0]), a[1].parse().ok()?),
        "add" => dec(num::add(&int(&a[0]), &int(&a[1]))),
        "sub" => dec(num::sub(&int(&a[0]), &int(&a[1]))),
        "mul" => dec(num::mul(&int(&a[0]), &int(&a[1]))),
        "and" => dec(num::bitand(&int(&a[0]), &int(&a[1]))),
        "or" => dec(num::bitor(&int(&a[0]), &int(&a[1]))),
        "xor" => dec(num::bitxor(&int(&a[0]), &int(&a[1]))),
        "floordiv" => show(num::floordiv(&int(&a[0]), &int(&a[1])), dec),
        "mod" => show(num::modulo(&int(&a[0]), &int(&a[1])), dec),
        "true_div" => show(num::true_div(&int(&a[0]), &int(&a[1])), fb),
        "cmp_int_float" => match num::cmp_int_float(&int(&a[0]), float(&a[1])) {
            Some(o) => (o as i32).to_string(),
            None => "nan".into(),
        },
        "lshift" => show(num::lshift(&int(&a[0]), &int(&a[1])), dec),
        "rshift" => show(num::rshift(&int(&a[0]), &int(&a[1])), dec),
        "pow" => show(num::pow(&int(&a[0]), &int(&a[1])), |r| match r {
            PowResult::Int(i) => dec(i),
            PowResult::Float(f) => fb(f),
        }),
        "pow_mod" => show(num::pow_mod(&int(&a[0]), &int(&a[1]), &int(&a[2])), dec),
        "round_int" => dec(num::round_int(&int(&a[0]), a[1].parse().ok()?)),
        "parse_int" => show(num::parse_int(&a[0], a[1].parse().ok()?), |i| {
            if num::bit_length(&i) > 13000 { format!("bits{}", num::bit_length(&i)) } else { dec(i) }
        }),
        "hash_tuple" | "hash_frozenset" => {
            let hs: Vec<i64> = a[0].split(',').filter(|s| !s.is_empty()).map(|s| s.parse().unwrap_or(0)).collect();
            let n: usize = a[1].parse().ok()?;
            if func == "hash_tuple" { num::hash_tuple(hs.into_iter(), n) } else { num::hash_frozenset(hs.into_iter(), n) }
                .to_string()
        }
        "hash_complex" => num::hash_complex(float(&a[0]), float(&a[1])).to_string(),
        "parse_complex" => show(num::parse_complex(&a[0]), |(r, i)| format!("{},{}", fb(r), fb(i))),
        "bit_count" => num::bit_count(&int(&a[0])).to_string(),
        "isqrt" => show(num::isqrt(&int(&a[0])), dec),
        "to_bytes" => show(num::to_bytes(&int(&a[0]), a[1].parse().ok()?, a[2] == "little", a[3] == "1"), |b| {
            b.iter().map(|x| format!("{x:02x}")).collect()
        }),
        "from_bytes" => {
            let bytes: Vec<u8> = (0..a[0].len() / 2).map(|i| u8::from_str_radix(&a[0][2 * i..2 * i + 2], 16).unwrap_or(0)).collect();
            dec(num::from_bytes(&bytes, a[1] == "little", a[2] == "1"))
        }
        "gcd" => dec(num::gcd(&int(&a[0]), &int(&a[1]))),
        "lcm" => dec(num::lcm(&int(&a[0]), &int(&a[1]))),
        "divmod" => show(num::divmod(&int(&a[0]), &int(&a[1])), |(q, r)| format!("{q},{r}")),
        "factorial" => show(num::factorial(&int(&a[0])), dec),
        "comb" => show(num::comb(&int(&a[0]), &int(&a[1])), dec),
        "perm" => {
            let k = if a[1] == "none" { None } else { Some(int(&a[1])) };
            show(num::perm(&int(&a[0]), k.as_ref()), dec)
        }
        "float_divmod" => show(num::float_divmod(float(&a[0]), float(&a[1])), |(q, r)| format!("{},{}", fb(q), fb(r))),
        "int_frexp" => {
            let (m, e) = num::int_frexp(&int(&a[0]));
            format!("{},{e}", fb(m))
        }
        "int_log" => num::int_log(&int(&a[0])).map(fb).unwrap_or_default(),
        "mt" => {
            let mut g = num::Mt19937::from_int_seed(&int(&a[0]));
            let mut outs: Vec<String> = (0..3).map(|_| fb(g.random())).collect();
            for k in [1, 5, 31, 32, 33, 64, 100, 1000] {
                outs.push(dec(g.getrandbits(k)));
            }
            outs.push(fb(g.random()));
            for _ in 0..700 {
                g.random();
            }
            outs.push(fb(g.random()));
            outs.join(",")
        }
        "complex_repr" => num::complex_repr(float(&a[0]), float(&a[1])),
        "complex_div" => show(num::complex_div((float(&a[0]), float(&a[1])), (float(&a[2]), float(&a[3]))), |(r, i)| format!("{},{}", fb(r), fb(i))),
        "complex_pow" => show(num::complex_pow(float(&a[0]), float(&a[1]), float(&a[2]), float(&a[3])), |(r, i)| format!("{},{}", fb(r), fb(i))),
        "format_int" => show(spec(&a[1]).and_then(|s| fmt::format_int(&int(&a[0]), &s)), |s| s),
        "format_float" => show(spec(&a[1]).and_then(|s| fmt::format_float(float(&a[0]), &s)), |s| s),
        "format_complex" => show(spec(&a[2]).and_then(|s| fmt::format_complex(float(&a[0]), float(&a[1]), &s)), |s| s),
        "format_str" => show(spec(&a[1]).and_then(|s| fmt::format_str(&a[0], &s)), |s| s),
        "repr_str" => fmt::repr_str(&a[0]),
        "ascii_str" => fmt::ascii_str(&a[0]),
        "repr_bytes" | "repr_bytearray" => {
            let bytes: Vec<u8> = (0..a[0].len() / 2).map(|i| u8::from_str_radix(&a[0][2 * i..2 * i + 2], 16).unwrap_or(0)).collect();
            fmt::repr_bytes(&bytes, if func == "repr_bytes" { "bytes" } else { "bytearray" })
        }
        "percent" => {
            let items = a[1]
                .split('\x1f')
                .filter(|s| !s.is_empty())
                .map(|t| match t.split_at(2) {
                    ("i:", v) => SimpleArg::Int(int(v)),
                    ("f:", v) => SimpleArg::Float(float(v)),
                    (_, v) => SimpleArg::Str(v.to_string()),
                })
                .collect();
            let mut args = SimpleArgs { items, pos: 0, mapping: None };
            show(fmt::percent_format(&a[0], &mut args), |s| s)
        }
        _ => return None,
    };
    Some(r)
}

#[test]
fn kernels_match_cpython() {
    let data = include_str!("kernels_data/cases.tsv");
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut total = 0;
    for line in data.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let (func, rest) = fields.split_first().expect("func");
        let (expected, args) = rest.split_last().expect("expected");
        total += 1;
        match run(func, args) {
            Some(got) if &got == expected => {}
            Some(got) => failures.entry(func.clone()).or_default().push(format!("{args:?}: got {got:?}, want {expected:?}")),
            None => failures.entry(func.clone()).or_default().push("unknown case".into()),
        }
    }
    let mut report = String::new();
    let mut n = 0;
    for (func, fails) in &failures {
        n += fails.len();
        report.push_str(&format!("{func}: {} failures\n", fails.len()));
        for f in fails.iter().take(8) {
            report.push_str(&format!("    {f}\n"));
        }
    }
    assert!(failures.is_empty(), "{n} of {total} cases differ from CPython:\n{report}");
}

/// Splits a template the way _string.formatter_parser does (numbering errors aside).
fn split_template(t: &str) -> Option<String> {
    use minipy::objects::fmt::{AutoNumber, FormatPiece, FormatStringIter};
    let mut auto = AutoNumber::default();
    let mut toks = vec![];
    let it = match FormatStringIter::new(t, &mut auto) {
        Ok(it) => it,
        Err(e) => return Some(format!("!{}", e.message())),
    };
    for p in it {
        match p {
            Ok(FormatPiece::Literal(s)) => {
                if !s.is_empty() {
                    toks.push(format!("L:{s}"));
                }
            }
            Ok(FormatPiece::Field(f)) => {
                toks.push(format!("F:{}\x1e{}\x1e{}", f.name, f.spec, f.conversion.map(String::from).unwrap_or_default()))
            }
            Err(e) if e.message().starts_with("cannot switch") => return None,
            Err(e) => return Some(format!("!{}", e.message())),
        }
    }
    Some(toks.join("\x1f"))
}

#[test]
fn templates_split_like_cpython() {
    let data = include_str!("kernels_data/templates.tsv");
    let mut bad = vec![];
    for line in data.lines().filter(|l| !l.is_empty()) {
        let f: Vec<String> = line.split('\t').map(unescape).collect();
        if let Some(got) = split_template(&f[0])
            && got != f[1] {
                bad.push(format!("{:?}: got {got:?}, want {:?}", f[0], f[1]));
            }
    }
    assert!(bad.is_empty(), "{} templates differ:\n{}", bad.len(), bad.iter().take(10).cloned().collect::<Vec<_>>().join("\n"));
}
