//! The fine-grained error location line under a traceback's source line
//! (`~~~~^^^^`), computed as CPython 3.11's `tb_displayline` does: the instruction's span,
//! narrowed to the operator of a binary operation or the brackets of a subscript when the
//! span's text parses as one, and left out when it would underline the whole line.

use crate::ast::{ExprKind, Loc, Mod, Mode, StmtKind};

/// CPython's IS_WHITESPACE for caret work: space, tab and form feed only.
fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\x0c'
}

/// Characters in the first `offset` bytes of `s` (CPython's byte-to-character conversion:
/// an offset inside a character counts the partial character as one).
fn chars_before(s: &str, offset: usize) -> usize {
    let bytes = s.as_bytes();
    let cut = offset.min(bytes.len());
    String::from_utf8_lossy(&bytes[..cut]).chars().count()
}

/// The source line as a traceback shows it: leading spaces, tabs and form feeds removed.
pub fn display_line(line: &str) -> &str {
    line.trim_start_matches([' ', '\t', '\x0c'])
}

/// Within `segment` (one line of source text), the character range of a binary operator or
/// of a subscript's brackets, when the segment is exactly such an expression.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let Ok(Mod::Module(body)) = crate::parser::parse(segment, Mode::Exec, "<traceback>") else { return None };
    let [stmt] = body.as_slice() else { return None };
    let StmtKind::Expr(expr) = &stmt.kind else { return None };
    let bytes = segment.as_bytes();
    let (left, right) = match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // CPython folds constants before looking: `1 + 2` is no BinOp any more.
            if crate::compiler::folds_to_constant(expr) {
                return None;
            }
            let (from, to) = (left.loc.end_col as usize, right.loc.col as usize);
            let i = (from..to).find(|&i| bytes.get(i).is_some_and(|&b| !is_ws(b)))?;
            let wide = i + 1 < to && bytes.get(i + 1).is_some_and(|&b| !is_ws(b));
            (i, if wide { i + 2 } else { i + 1 })
        }
        ExprKind::Subscript { value, slice, .. } => (value.loc.end_col as usize, slice.loc.end_col as usize + 1),
        _ => return None,
    };
    Some((chars_before(segment, left), chars_before(segment, right)))
}

/// The marker line (with its newline) to print under `line`, the full source line the
/// instruction at `pos` is on, or None when CPython prints none.
pub fn caret_line(line: &str, pos: Loc) -> Option<String> {
    if pos.line == 0 || pos.end_line < pos.line {
        return None;
    }
    let indent = line.len() - display_line(line).len();
    let start = chars_before(line, pos.col as usize);
    let mut end = chars_before(line, pos.end_col as usize);
    let mut anchor = None;
    if pos.line == pos.end_line {
        if end > start {
            let segment: String = line.chars().skip(start).take(end - start).collect();
            anchor = anchors(&segment).map(|(l, r)| (l + start, r + start));
        }
    } else {
        // A span over several lines is underlined to the end of its first line.
        end = line.as_bytes().iter().rposition(|&b| !is_ws(b)).map_or(0, |i| i + 1);
    }
    let line_chars = line.chars().count();
    if end.checked_sub(start) == Some(line_chars - indent) && anchor.is_none() {
        return None;
    }
    let (primary, secondary) = if anchor.is_some() { ('~', '^') } else { ('^', '^') };
    let mut out = String::from("    ");
    // Positions count from 1 after the indentation the displayed line lost.
    for offset in indent + 1..=end {
        out.push(if offset <= start {
            ' '
        } else if anchor.is_some_and(|(l, r)| l < offset && offset <= r) {
            secondary
        } else {
            primary
        });
    }
    out.push('\n');
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: &str, col: u32, end_col: u32) -> Option<String> {
        caret_line(line, Loc::new(1, col, 1, end_col))
    }

    #[test]
    fn binary_operator_and_subscript() {
        assert_eq!(at("    return x[1] + 1", 11, 19).as_deref(), Some("           ~~~~~^~~\n"));
        assert_eq!(at("x = 1/0", 4, 7).as_deref(), Some("        ~^~\n"));
        assert_eq!(at("y = d['k']", 4, 10).as_deref(), Some("        ~^^^^^\n"));
        assert_eq!(at("y = a // b", 4, 10).as_deref(), Some("        ~~^^~~\n"));
    }

    #[test]
    fn whole_line_spans_are_not_marked() {
        assert_eq!(at("f()", 0, 3), None);
        assert_eq!(at("  f()", 2, 5), None);
        assert_eq!(at("x = f()", 4, 7).as_deref(), Some("        ^^^\n"));
    }

    #[test]
    fn multi_line_span_runs_to_the_end_of_the_first_line() {
        let line = "\treturn (1 +";
        assert_eq!(caret_line(line, Loc::new(2, 9, 3, 6)).as_deref(), Some("            ^^^\n"));
    }
}
