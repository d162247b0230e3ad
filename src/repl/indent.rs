//! Auto-indentation of continuation lines, as CPython 3.13's REPL does it: keep the
//! previous line's indentation, one level more after a line ending in `:`.

/// The indentation to pre-type on the line after `line`, which was typed after `indent`.
pub fn next_indent(line: &str, _indent: &str) -> String {
    if line.trim().is_empty() {
        return String::new();
    }
    let current: String = line.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    let code = strip_comment(line).trim_end();
    if code.ends_with(':') {
        format!("{current}    ")
    } else {
        current
    }
}

/// The line without a trailing `#` comment (a `#` inside a string literal is kept).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return &line[..i],
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::next_indent;

    #[test]
    fn indents_after_a_colon_and_keeps_the_level_otherwise() {
        assert_eq!(next_indent("def f(x):", ""), "    ");
        assert_eq!(next_indent("    if x:  # comment", "    "), "        ");
        assert_eq!(next_indent("    return x", "    "), "    ");
        assert_eq!(next_indent("", "    "), "");
    }
}
