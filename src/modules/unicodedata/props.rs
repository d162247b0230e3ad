//! Per-code-point lookups in the generated tables: unicodedata's properties for Unicode
//! 14.0.0 and 3.2.0, and the case data str's methods use (so they agree with unicodedata
//! rather than with the newer Unicode version of Rust's char methods).

use super::tables as t;

/// Which database: the current one (14.0.0) or `ucd_3_2_0`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ver {
    Current,
    Old,
}

/// The value of the run containing `cp`. Every table's first run starts at 0.
fn run(table: &[u32], cp: u32) -> u8 {
    let i = table.partition_point(|&x| (x >> 8) <= cp);
    table.get(i.wrapping_sub(1)).map_or(0, |&x| (x & 0xff) as u8)
}

fn pick<'a>(ver: Ver, cur: &'a [u32], old: &'a [u32]) -> &'a [u32] {
    if ver == Ver::Current { cur } else { old }
}

fn name_at(names: &[&'static str], i: u8) -> &'static str {
    names.get(i as usize).copied().unwrap_or("")
}

pub fn category(ver: Ver, cp: u32) -> &'static str {
    name_at(&t::CATEGORY_NAMES, run(pick(ver, &t::CATEGORY, &t::OLD_CATEGORY), cp))
}

/// Assigned in this version (category is not Cn).
pub fn assigned(ver: Ver, cp: u32) -> bool {
    run(pick(ver, &t::CATEGORY, &t::OLD_CATEGORY), cp) != 0
}

pub fn bidirectional(ver: Ver, cp: u32) -> &'static str {
    name_at(&t::BIDI_NAMES, run(pick(ver, &t::BIDI, &t::OLD_BIDI), cp))
}

pub fn east_asian_width(ver: Ver, cp: u32) -> &'static str {
    name_at(&t::EAW_NAMES, run(pick(ver, &t::EAW, &t::OLD_EAW), cp))
}

pub fn combining(ver: Ver, cp: u32) -> u8 {
    run(pick(ver, &t::COMBINING, &t::OLD_COMBINING), cp)
}

pub fn mirrored(ver: Ver, cp: u32) -> u8 {
    run(pick(ver, &t::MIRRORED, &t::OLD_MIRRORED), cp)
}

/// name() knows this code point (14.0.0).
pub fn has_name(cp: u32) -> bool {
    run(&t::HAS_NAME, cp) != 0
}

/// The decomposition entry: its tag (index 0 is canonical) and code points.
pub fn decomposition(cp: u32) -> Option<(&'static str, &'static [u32])> {
    let i = t::DECOMP_CPS.binary_search(&cp).ok()?;
    let start = *t::DECOMP_START.get(i)? as usize;
    let head = *t::DECOMP_DATA.get(start)?;
    let len = (head & 0xff) as usize;
    let tag = t::DECOMP_TAGS.get((head >> 8) as usize).copied().unwrap_or("");
    Some((tag, t::DECOMP_DATA.get(start + 1..start + 1 + len)?))
}

/// The 3.2.0 full canonical decomposition where it differs from 14.0.0's data.
pub fn old_decomposition_fix(cp: u32) -> Option<&'static [u32]> {
    t::OLD_DECOMP_FIX.iter().find(|(c, _)| *c == cp).map(|(_, d)| *d)
}

/// The canonical composite of a pair, if it is a primary composite.
pub fn compose(a: u32, b: u32) -> Option<u32> {
    t::COMPOSE.binary_search_by(|&(x, y, _)| (x, y).cmp(&(a, b))).ok().and_then(|i| t::COMPOSE.get(i)).map(|e| e.2)
}

/// (decimal, digit, numeric) of a code point.
pub fn numeric(ver: Ver, cp: u32) -> (Option<u32>, Option<u32>, Option<f64>) {
    let (cps, info): (&[u32], &[u16]) = match ver {
        Ver::Current => (&t::NUM_CPS, &t::NUM_INFO),
        Ver::Old => (&t::OLD_NUM_CPS, &t::OLD_NUM_INFO),
    };
    let Some(&x) = cps.binary_search(&cp).ok().and_then(|i| info.get(i)) else { return (None, None, None) };
    let dec = u32::from(x >> 12);
    let dig = u32::from((x >> 8) & 0xf);
    let num = t::NUM_VALUES.get((x & 0xff) as usize).copied();
    ((dec != 15).then_some(dec), (dig != 15).then_some(dig), num)
}

pub fn aliases() -> &'static [(&'static str, u32)] {
    t::ALIASES
}

pub fn named_sequences() -> &'static [(&'static str, &'static [u32])] {
    t::NAMED_SEQUENCES
}

/// Which case mapping of `case_map` (the order of CASE_MAPS's columns).
#[derive(Clone, Copy)]
pub enum Case {
    Upper = 0,
    Lower = 1,
    Title = 2,
    Fold = 3,
}

/// Append CPython 3.11's full case mapping of `c` to `out`.
pub fn push_case(c: char, case: Case, out: &mut String) {
    let cp = c as u32;
    if cp < 0x80 {
        out.push(match case {
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
        });
        return;
    }
    let off = t::CASE_CPS
        .binary_search(&cp)
        .ok()
        .and_then(|i| t::CASE_MAPS.get(i))
        .map_or(0, |m| m[case as usize] as usize);
    if off == 0 {
        out.push(c);
        return;
    }
    let len = t::CASE_POOL.get(off).copied().unwrap_or(0) as usize;
    for &m in t::CASE_POOL.get(off + 1..off + 1 + len).unwrap_or(&[]) {
        out.extend(char::from_u32(m));
    }
}

fn flags(c: char) -> u8 {
    run(&t::CHAR_FLAGS, c as u32)
}

pub fn is_upper(c: char) -> bool {
    flags(c) & t::F_UPPER != 0
}

pub fn is_lower(c: char) -> bool {
    flags(c) & t::F_LOWER != 0
}

pub fn is_title(c: char) -> bool {
    flags(c) & t::F_TITLE != 0
}

/// Case_Ignorable (skipped when deciding a final sigma).
pub fn is_case_ignorable(c: char) -> bool {
    flags(c) & t::F_CASE_IGNORABLE != 0
}

/// Cased and not case-ignorable (the only cased characters the final-sigma rule looks at).
pub fn is_cased(c: char) -> bool {
    flags(c) & t::F_CASED != 0
}

pub fn is_xid_start(c: char) -> bool {
    flags(c) & t::F_XID_START != 0
}

pub fn is_xid_continue(c: char) -> bool {
    flags(c) & t::F_XID_CONTINUE != 0
}
