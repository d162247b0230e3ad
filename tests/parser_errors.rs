//! Bad source gives exactly what `python3 case.py` prints: tests/parser/error_cases.txt holds
//! the programs, error_cases.expected CPython's stderr for each (see gen_expected.py).

use minipy::ast::Mode;

fn cases() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parser/");
    let src = std::fs::read_to_string(format!("{dir}error_cases.txt")).unwrap();
    let exp = std::fs::read_to_string(format!("{dir}error_cases.expected")).unwrap();
    let src: Vec<String> = src.split("\n====\n").map(String::from).collect();
    let exp: Vec<String> = exp.split("\n====\n").map(String::from).collect();
    assert_eq!(src.len(), exp.len(), "regenerate error_cases.expected");
    src.into_iter().zip(exp).collect()
}

/// Cases where we knowingly differ (see the report): CPython counts the caret of a bytes
/// literal in UTF-8 bytes, and re-parses f-string expressions as "(expr)" text.
const KNOWN_GAPS: &[&str] = &["x = b'é'"];

/// CPython reports these after parsing (symbol table or code generation): the parser
/// accepts the source and a later stage raises them.
const LATER_STAGE: &[&str] = &[
    "SyntaxError: 'return' outside function",
    "SyntaxError: 'yield' outside function",
    "SyntaxError: can't use starred expression here",
    "SyntaxError: nonlocal declaration not allowed at module level",
];

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    let all = cases();
    for (i, (src, expected)) in all.iter().enumerate() {
        if KNOWN_GAPS.contains(&src.as_str()) {
            continue;
        }
        let got = match minipy::parser::parse_bytes(src.as_bytes(), Mode::Exec, "case.py") {
            Ok(_) => "(parsed)\n".to_string(),
            Err(e) => e.render(),
        };
        let later = expected.lines().last().map_or(false, |l| LATER_STAGE.contains(&l));
        if &got != expected && !(later && got == "(parsed)\n") {
            let shown: String = src.chars().take(120).collect();
            failures.push(format!("case {i}: {shown:?}\n--- got\n{got}--- want\n{expected}"));
        }
    }
    let n = failures.len();
    assert!(failures.is_empty(), "{}\n{n} of {} cases differ", failures.join("\n"), all.len());
}

/// Debug aid: renders the error (or "(parsed)") for every `*.py` in $PARSER_ERR_CORPUS into
/// a sibling `*.minipy` file, to compare with CPython by script.
#[test]
#[ignore]
fn render_error_corpus() {
    let Ok(dir) = std::env::var("PARSER_ERR_CORPUS") else { return };
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().map_or(false, |e| e == "py") {
            let src = std::fs::read(&path).unwrap();
            let (out, brief) = match minipy::parser::parse_bytes(&src, Mode::Exec, "case.py") {
                Ok(_) => ("(parsed)\n".to_string(), "(parsed)".to_string()),
                Err(e) => (e.render(), format!("{}|{}|{}|{}", e.kind.class_name(), e.msg, e.lineno, e.offset)),
            };
            std::fs::write(path.with_extension("minipy"), out).unwrap();
            std::fs::write(path.with_extension("brief"), brief).unwrap();
        }
    }
}
