//! format() of strings.

use super::spec::{FormatSpec, pad, unknown_code};
use crate::objects::num::NumError;

pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    spec.check("str", Some('s'))?;
    if let Some(t) = spec.ty.filter(|&t| t != 's') {
        return Err(unknown_code(t, "str"));
    }
    let err = |m: &str| Err(NumError::Value(m.to_string()));
    match spec.sign {
        Some(' ') => return err("Space not allowed in string format specifier"),
        Some(_) => return err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return err("Alternate form (#) not allowed in string format specifier");
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return err("'=' alignment not allowed in string format specifier");
    }
    let text: std::borrow::Cow<str> = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => s[..i].into(),
            None => s.into(),
        },
        None => s.into(),
    };
    Ok(pad(&text, spec.width, fill, align, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        let f = |s: &str, sp: &str| format_str(s, &FormatSpec::parse(sp).unwrap()).unwrap_or_else(|e| e.message().to_string());
        assert_eq!(f("ab", "05"), "ab000");
        assert_eq!(f("abcdef", "^8.3"), "  abc   ");
        assert_eq!(f("ab", "d"), "Unknown format code 'd' for object of type 'str'");
        assert_eq!(f("ab", "5,"), "Cannot specify ',' with 's'.");
        assert_eq!(f("ab", "#="), "'=' alignment not allowed in string format specifier");
    }
}
