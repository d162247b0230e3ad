//! NFC/NFD/NFKC/NFKD over the generated 14.0.0 tables (UAX #15): full decomposition,
//! canonical ordering, then canonical composition for the C forms. For `ucd_3_2_0`,
//! characters unassigned in 3.2.0 are left alone and the few 3.2.0 decompositions that
//! differ are used instead.

use super::props::{self, Ver};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

/// Normalise a sequence of code points (lone surrogates included).
pub fn normalize(ver: Ver, form: Form, input: &[u32]) -> Vec<u32> {
    if input.iter().all(|&c| c < 0x80) {
        return input.to_vec();
    }
    let mut out = Vec::with_capacity(input.len());
    for &c in input {
        if ver == Ver::Old && !props::assigned(Ver::Old, c) {
            out.push(c);
            continue;
        }
        if ver == Ver::Old {
            if let Some(fix) = props::old_decomposition_fix(c) {
                out.extend_from_slice(fix);
                continue;
            }
        }
        decompose(c, form.compat(), &mut out);
    }
    reorder(&mut out);
    if form.composes() {
        compose(&mut out);
    }
    out
}

fn decompose(c: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if s % T_COUNT != 0 {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    match props::decomposition(c) {
        Some((tag, parts)) if tag.is_empty() || compat => {
            for &p in parts {
                decompose(p, compat, out);
            }
        }
        _ => out.push(c),
    }
}

/// Canonical ordering: each run of non-starters sorted (stably) by combining class.
fn reorder(v: &mut [u32]) {
    let mut i = 0;
    while i < v.len() {
        if props::combining(Ver::Current, v[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < v.len() && props::combining(Ver::Current, v[i]) != 0 {
            i += 1;
        }
        if let Some(run) = v.get_mut(start..i) {
            run.sort_by_key(|&c| props::combining(Ver::Current, c));
        }
    }
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return Some(a + (b - T_BASE));
    }
    props::compose(a, b)
}

/// Canonical composition: each character joins the last starter unless blocked by a
/// character in between of class 0 or of a class at least its own.
fn compose(v: &mut Vec<u32>) {
    let mut out: Vec<u32> = Vec::with_capacity(v.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for &c in v.iter() {
        let class = props::combining(Ver::Current, c);
        if let Some(si) = starter {
            let blocked = matches!(last_class, Some(l) if l == 0 || l >= class);
            if !blocked {
                if let Some(composite) = out.get(si).and_then(|&s| compose_pair(s, c)) {
                    out[si] = composite;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    *v = out;
}
