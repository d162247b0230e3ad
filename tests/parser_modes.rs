//! Entry points other than file input: eval, single (REPL), is_incomplete, byte decoding.

use minipy::ast::{Constant, ExprKind, Mod, Mode, StmtKind};
use minipy::parser::{is_incomplete, parse, parse_bytes};

#[test]
fn eval_mode_gives_an_expression() {
    match parse("1 + 2", Mode::Eval, "<string>") {
        Ok(Mod::Expression(e)) => assert!(matches!(e.kind, ExprKind::BinOp { .. })),
        other => panic!("{:?}", other),
    }
    match parse("a, *b\n\n", Mode::Eval, "<string>") {
        Ok(Mod::Expression(e)) => assert!(matches!(e.kind, ExprKind::Tuple { .. })),
        other => panic!("{:?}", other),
    }
    assert!(parse("x = 1", Mode::Eval, "<string>").is_err());
}

#[test]
fn single_mode_gives_one_statement() {
    match parse("x = 1; y = 2\n", Mode::Single, "<stdin>") {
        Ok(Mod::Interactive(v)) => assert_eq!(v.len(), 2),
        other => panic!("{:?}", other),
    }
    match parse("if x:\n    y\n\n", Mode::Single, "<stdin>") {
        Ok(Mod::Interactive(v)) => assert!(matches!(v[0].kind, StmtKind::If { .. })),
        other => panic!("{:?}", other),
    }
    assert!(matches!(parse("\n", Mode::Single, "<stdin>"), Ok(Mod::Interactive(v)) if v.is_empty()));
}

#[test]
fn incomplete_input_for_the_repl() {
    for src in ["if x:", "if x:\n", "if x:\n    y = 1\n", "def f():\n    return 1\n", "x = (1,\n", "s = '''abc\n", "x = \\\n",
        "@dec\n", "for i in x:\n    pass\n", "class A:\n", "try:\n    pass\n", "if x:\n    pass\nelse:\n"] {
        assert!(is_incomplete(src), "{:?} should be incomplete", src);
    }
    for src in ["x = 1\n", "if x:\n    y = 1\n\n", "try:\n    pass\n\n", "x = 1 +\n", "x = )\n", "print('hi')", "1 +\n", "x = 'abc\n", ""] {
        assert!(!is_incomplete(src), "{:?} should be complete", src);
    }
}

fn str_value(src: &[u8]) -> String {
    match parse_bytes(src, Mode::Exec, "t.py") {
        Ok(Mod::Module(v)) => match &v[0].kind {
            StmtKind::Assign { value, .. } => match &value.kind {
                ExprKind::Constant(Constant::Str(s)) => s.clone(),
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        },
        other => panic!("{:?}", other),
    }
}

#[test]
fn source_decoding() {
    assert_eq!(str_value(b"\xef\xbb\xbfx = 'a'\n"), "a");
    assert_eq!(str_value(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"), "\u{e9}");
    assert_eq!(str_value(b"#!/usr/bin/env python\n# coding=iso-8859-1\nx = '\xff'\n"), "\u{ff}");
    assert_eq!(str_value("x = 'é'\n".as_bytes()), "é");
    let e = parse_bytes(b"x = '\xff'\n", Mode::Exec, "t.py").unwrap_err();
    assert_eq!(e.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
    let e = parse_bytes(b"x = 1\0\n", Mode::Exec, "t.py").unwrap_err();
    assert_eq!(e.msg, "source code cannot contain null bytes");
    let e = parse_bytes(b"# coding: foo\nx = 1\n", Mode::Exec, "t.py").unwrap_err();
    assert_eq!(e.msg, "encoding problem: foo");
}

#[test]
fn string_escapes() {
    assert_eq!(str_value(br#"x = '\n\t\\\'\"\a\b\f\v\0\101\x41\u00e9\U0001F600\N{BULLET}\N{LATIN SMALL LETTER Z}\q'"#),
        "\n\t\\'\"\x07\x08\x0c\x0b\0AA\u{e9}\u{1f600}\u{2022}z\\q");
    assert_eq!(str_value(b"x = r'\\n' 'a' \"\"\"b\nc\"\"\"\n"), "\\nab\nc");
    assert_eq!(str_value(b"x = 'a\\\nb'\n"), "ab");
    assert_eq!(str_value(br#"x = '\N{GREEK SMALL LETTER ALPHA}\N{snowman}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{LINE FEED}'"#), "\u{3b1}\u{2603}\u{4e00}\n");
}

#[test]
fn fstring_structure() {
    let m = parse("f'{x:{w}.{p}f}{y=}{z!r:>4}{{lit}}'", Mode::Eval, "<s>").unwrap();
    let Mod::Expression(e) = m else { panic!() };
    let ExprKind::JoinedStr(parts) = &e.kind else { panic!("{:?}", e) };
    // {x:...}, "y=", {y!r}, {z!r:>4}, "{lit}"
    assert_eq!(parts.len(), 5, "{:#?}", parts);
    match &parts[0].kind {
        ExprKind::FormattedValue { format_spec: Some(spec), conversion: None, .. } => match &spec.kind {
            ExprKind::JoinedStr(s) => assert_eq!(s.len(), 4),
            k => panic!("{:?}", k),
        },
        k => panic!("{:?}", k),
    }
    assert!(matches!(&parts[1].kind, ExprKind::Constant(Constant::Str(s)) if s == "y="));
    assert!(matches!(&parts[2].kind, ExprKind::FormattedValue { conversion: Some('r'), format_spec: None, .. }));
    assert!(matches!(&parts[4].kind, ExprKind::Constant(Constant::Str(s)) if s == "{lit}"));
    // Positions of the nested expression point into the real source.
    let m = parse("x = 1\ny = f'ab{value}'\n", Mode::Exec, "<s>").unwrap();
    let Mod::Module(v) = m else { panic!() };
    let StmtKind::Assign { value, .. } = &v[1].kind else { panic!() };
    let ExprKind::JoinedStr(parts) = &value.kind else { panic!() };
    let ExprKind::FormattedValue { value: inner, .. } = &parts[1].kind else { panic!("{:?}", parts) };
    assert_eq!((inner.loc.line, inner.loc.col, inner.loc.end_col), (2, 9, 14));
}

fn body_len(src: &str) -> usize {
    match parse(src, Mode::Exec, "t.py") {
        Ok(Mod::Module(v)) => v.len(),
        other => panic!("{:?} for {:?}", other, src),
    }
}

#[test]
fn layout_edge_cases() {
    assert_eq!(body_len(""), 0);
    assert_eq!(body_len("\n\n"), 0);
    assert_eq!(body_len("# only a comment"), 0);
    assert_eq!(body_len("   \n\t\n  # indented comment\n"), 0);
    assert_eq!(body_len("x = 1"), 1);
    assert_eq!(body_len("if x:\n    a = 1\n        # deeper comment\n    b = 2\n# comment at 0\n    c = 3\n"), 1);
    assert_eq!(body_len("if x:\n    pass\n\n\n\nx = 1\n"), 2);
    assert_eq!(body_len("x = [\n  1,\n# comment\n      2]\n"), 1);
    assert_eq!(body_len("x = 1 \\\n  + 2\n"), 1);
    assert_eq!(body_len("\x0cx = 1\n"), 1);
    assert_eq!(body_len("if x: a = 1; b = 2\nelse: pass\n"), 1);
    assert_eq!(body_len("class A: pass\nwhile 1: break\n"), 2);
    assert_eq!(body_len("x = 1\r\ny = 2\r\n"), 2);
    assert_eq!(body_len("match = 1\ncase = 2\n_ = 3\n"), 3);
    let e = parse_bytes(b"x = 1\0\n", Mode::Exec, "t.py").unwrap_err();
    assert_eq!(e.render(), "  File \"t.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n");
}

#[test]
fn eval_and_single_mode_errors() {
    let e = parse(" 1", Mode::Eval, "<s>").unwrap_err();
    assert_eq!((e.kind.class_name(), e.msg.as_str()), ("IndentationError", "unexpected indent"));
    let e = parse("1 +\n2", Mode::Eval, "<s>").unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno, e.offset), ("invalid syntax", 1, 4));
    assert!(parse("1\n\n", Mode::Eval, "<s>").is_ok());
    let e = parse("x = 1\ny = 2", Mode::Single, "<s>").unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno, e.offset), ("multiple statements found while compiling a single statement", 1, 6));
    let e = parse("if x:\n  y\nz", Mode::Single, "<s>").unwrap_err();
    assert_eq!((e.msg.as_str(), e.lineno, e.offset), ("invalid syntax", 3, 1));
}

#[test]
fn huge_decimal_literals_are_refused_like_cpython() {
    let e = parse(&format!("x = {}\n", "1".repeat(5000)), Mode::Exec, "t.py").unwrap_err();
    assert!(e.msg.starts_with("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits"), "{}", e.msg);
    assert!(parse(&format!("x = {}\n", "1".repeat(4300)), Mode::Exec, "t.py").is_ok());
    assert!(parse(&format!("x = 0x{}\n", "f".repeat(5000)), Mode::Exec, "t.py").is_ok());
}
