//! A disassembler printing CPython 3.11's `dis.dis` layout.
//!
//! Offsets are `2 * index` (our instructions have no CACHE entries, so offsets differ
//! from CPython's where it has caches). Jump arguments are printed as stored (absolute
//! instruction indices) followed by `(to OFFSET)`. Code objects have no real address;
//! `<code object f at 0x...>` uses a stable pseudo-address derived from the object's
//! position in the disassembly order (the top-level code is 0x1000, the next 0x2000...),
//! so the output is deterministic and snapshot-friendly.

use std::collections::HashMap;
use std::fmt::Write;

use super::code::{CodeObject, Const};
use super::opcode::{BinOpArg, CompareArg, Opcode};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

pub fn disassemble(code: &CodeObject) -> String {
    let mut ids = HashMap::new();
    number(code, &mut ids);
    let mut out = String::new();
    recursive(code, &ids, &mut out);
    out
}

fn number(code: &CodeObject, ids: &mut HashMap<*const CodeObject, usize>) {
    let n = ids.len();
    ids.entry(code as *const CodeObject).or_insert(n);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            number(inner, ids);
        }
    }
}

fn recursive(code: &CodeObject, ids: &HashMap<*const CodeObject, usize>, out: &mut String) {
    one(code, ids, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner, ids));
            recursive(inner, ids, out);
        }
    }
}

fn code_repr(code: &CodeObject, ids: &HashMap<*const CodeObject, usize>) -> String {
    let id = ids.get(&(code as *const CodeObject)).copied().unwrap_or(0);
    format!(
        "<code object {} at 0x{:x}, file \"{}\", line {}>",
        code.name,
        0x1000 * (id + 1),
        code.filename,
        code.firstlineno
    )
}

fn one(code: &CodeObject, ids: &HashMap<*const CodeObject, usize>, out: &mut String) {
    let n = code.instructions.len();
    // Line starts: where the line differs from the last one seen.
    let mut starts: Vec<Option<u32>> = vec![None; n];
    let mut last: Option<u32> = None;
    for i in 0..n {
        let line = code.positions.get(i).map(|l| l.line);
        if line.is_some() && line != last {
            starts[i] = line;
            last = line;
        }
    }
    let maxline = starts.iter().flatten().max().copied().unwrap_or(0);
    let lineno_width = if maxline >= 1000 { maxline.to_string().len() } else { 3 };
    let maxoffset = (n.max(1) - 1) * 2;
    let offset_width = if maxoffset >= 10000 { maxoffset.to_string().len() } else { 4 };
    let mut labels = vec![false; n];
    for ins in &code.instructions {
        if ins.op.is_jump() {
            if let Some(l) = labels.get_mut(ins.arg as usize) {
                *l = true;
            }
        }
    }
    for e in &code.exception_table {
        if let Some(l) = labels.get_mut(e.target as usize) {
            *l = true;
        }
    }
    for (i, ins) in code.instructions.iter().enumerate() {
        if starts[i].is_some() && i > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        match starts[i] {
            Some(l) => fields.push(format!("{:>w$}", l, w = lineno_width)),
            None => fields.push(" ".repeat(lineno_width)),
        }
        fields.push("   ".into());
        fields.push(if labels[i] { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>w$}", i * 2, w = offset_width));
        fields.push(format!("{:<w$}", ins.op.name(), w = OPNAME_WIDTH));
        if ins.op.has_arg() {
            fields.push(format!("{:>w$}", ins.arg, w = OPARG_WIDTH));
            let r = argrepr(code, ins.op, ins.arg, ids);
            if !r.is_empty() {
                fields.push(format!("({})", r));
            }
        }
        let line = fields.join(" ");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                (e.end * 2).saturating_sub(2),
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

fn name_at(v: &[std::rc::Rc<str>], i: u32) -> String {
    v.get(i as usize).map(|s| s.to_string()).unwrap_or_default()
}

pub fn argrepr(code: &CodeObject, op: Opcode, arg: u32, ids: &HashMap<*const CodeObject, usize>) -> String {
    use Opcode::*;
    match op {
        LOAD_CONST => code.consts.get(arg as usize).map(|c| const_repr(c, ids)).unwrap_or_default(),
        LOAD_GLOBAL => {
            let name = name_at(&code.names, arg >> 1);
            if arg & 1 != 0 { format!("NULL + {}", name) } else { name }
        }
        LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_ATTR | DELETE_ATTR | STORE_GLOBAL | DELETE_GLOBAL
        | LOAD_ATTR | IMPORT_NAME | IMPORT_FROM | LOAD_METHOD => name_at(&code.names, arg),
        LOAD_FAST | STORE_FAST | DELETE_FAST => name_at(&code.varnames, arg),
        LOAD_DEREF | STORE_DEREF | DELETE_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF => {
            let i = arg as usize;
            if i < code.cellvars.len() {
                code.cellvars[i].to_string()
            } else {
                name_at(&code.freevars, (i - code.cellvars.len()) as u32)
            }
        }
        COMPARE_OP => CompareArg::from_arg(arg).map(|c| c.symbol().to_string()).unwrap_or_default(),
        BINARY_OP => BinOpArg::from_arg(arg).map(|(o, inplace)| o.symbol(inplace).to_string()).unwrap_or_default(),
        FORMAT_VALUE => {
            let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        MAKE_FUNCTION => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let parts: Vec<&str> = (0..4).filter(|i| arg & (1 << i) != 0).map(|i| names[i]).collect();
            parts.join(", ")
        }
        _ if op.is_jump() => format!("to {}", arg * 2),
        _ => String::new(),
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Const, ids: &HashMap<*const CodeObject, usize>) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { real, imag } => {
            let part = |x: f64| {
                let s = float_repr(x);
                s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
            };
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", part(*imag))
            } else {
                let im = part(*imag);
                let sign = if im.starts_with('-') { "" } else { "+" };
                format!("({}{}{}j)", part(*real), sign, im)
            }
        }
        Const::Str(s) => str_repr(s),
        Const::SurrogateStr(cps) => crate::objects::fmt::repr_code_points(cps, false),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|x| const_repr(x, ids)).collect();
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Const::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(|x| const_repr(x, ids)).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Code(code) => code_repr(code, ids),
    }
}

/// Python's float repr: shortest round-trip digits, exponent form outside 1e-4..1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(decpt as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        }
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        let e = decpt - 1;
        format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
    };
    format!("{}{}", sign, body)
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f || (0x80..0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(2.5e300), "2.5e+300");
    }

    #[test]
    fn str_reprs_match_python() {
        assert_eq!(str_repr("hi"), "'hi'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\nb"), "'a\\nb'");
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}
