//! Parse speed, for the report: `cargo test --release --test parser_speed -- --ignored --nocapture`.

#[test]
#[ignore]
fn lines_per_second() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parser/valid/");
    let mut unit = String::new();
    for f in ["constructs.py", "tricky.py"] {
        unit.push_str(&std::fs::read_to_string(format!("{dir}{f}")).unwrap());
        unit.push('\n');
    }
    let src = unit.repeat(40);
    let lines = src.lines().count();
    let start = std::time::Instant::now();
    let rounds = 20;
    for _ in 0..rounds {
        let m = minipy::parser::parse(&src, minipy::ast::Mode::Exec, "speed.py");
        assert!(m.is_ok());
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!("{} lines x {} rounds in {:.3}s: {:.0} lines/s", lines, rounds, secs, (lines * rounds) as f64 / secs);
}
