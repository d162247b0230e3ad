//! Decoded str literal text. A Rust `String` cannot hold a lone surrogate (`"\ud800"`), but a
//! Python str can, so text that has one also keeps its exact code points.

use crate::ast::Constant;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct StrText {
    /// The text, with U+FFFD where a lone surrogate is.
    pub text: String,
    /// Every code point, kept only when the text holds a lone surrogate.
    pub wide: Option<Vec<u32>>,
}

impl From<String> for StrText {
    fn from(text: String) -> StrText {
        StrText { text, wide: None }
    }
}

impl StrText {
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn push(&mut self, c: char) {
        self.text.push(c);
        if let Some(w) = &mut self.wide {
            w.push(c as u32);
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
        if let Some(w) = &mut self.wide {
            w.extend(s.chars().map(|c| c as u32));
        }
    }

    /// A code point from an escape; the caller has checked it is at most U+10FFFF.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push(c),
            None => {
                self.widen().push(cp);
                self.text.push('\u{fffd}');
            }
        }
    }

    pub fn append(&mut self, other: &StrText) {
        match &other.wide {
            None => self.push_str(&other.text),
            Some(ow) => {
                self.widen().extend_from_slice(ow);
                self.text.push_str(&other.text);
            }
        }
    }

    fn widen(&mut self) -> &mut Vec<u32> {
        let text = &self.text;
        self.wide.get_or_insert_with(|| text.chars().map(|c| c as u32).collect())
    }

    pub fn into_constant(self) -> Constant {
        match self.wide {
            Some(w) => Constant::SurrogateStr(w),
            None => Constant::Str(self.text),
        }
    }
}
