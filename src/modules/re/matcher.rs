//! The backtracking matcher. Alternatives, undo records for captures and counters, and
//! repeat positions live on an explicit stack, so a long subject never deepens the native
//! stack; only lookarounds and atomic groups recurse, bounded by the pattern's nesting.

use super::class::{fold, is_word};
use super::compile::{Inst, Item, Program};
use super::parse::{Anchor, Fold, RepKind, MAXREPEAT};
use crate::objects::strdata::PyStr;

pub const UNSET: usize = usize::MAX;

/// The text being matched: bytes (bytes patterns and ASCII str) or code points.
pub trait Subject {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
}

impl Subject for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Subject for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

/// A non-ASCII str, read in place through its char index.
pub struct WideStr<'a>(pub &'a PyStr);

impl Subject for WideStr<'_> {
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.0.char_at(i)
    }
}

enum Bt {
    Alt { pc: u32, pos: usize },
    Slot { idx: u32, old: usize },
    Reg { idx: u32, old: usize },
    /// A greedy one-character repeat that can give back characters down to `min_pos`.
    Greedy { pc: u32, min_pos: usize, pos: usize },
    /// A lazy one-character repeat that can take one more character.
    Lazy { pc: u32, pos: usize, count: u32 },
    /// A lazy general repeat that can run its body once more.
    LazyLoop { pc: u32, pos: usize },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Full,
    Search,
}

struct Matcher<'a, S: Subject + ?Sized> {
    prog: &'a Program,
    s: &'a S,
    end: usize,
    /// Two per group (group 0 included), then lastindex.
    slots: Vec<usize>,
    regs: Vec<usize>,
    stack: Vec<Bt>,
    full: bool,
    /// A match may not end here (an empty match right after the previous one).
    forbid_end: usize,
}

/// Run `prog` over `s[..end]` from `pos`. Returns the slots (start/end per group, UNSET
/// when a group did not take part) followed by lastindex (0 when none).
pub fn exec<S: Subject + ?Sized>(prog: &Program, s: &S, pos: usize, end: usize, mode: Mode, forbid_empty_at: Option<usize>) -> Option<Vec<usize>> {
    let end = end.min(s.len());
    if pos > end {
        return None;
    }
    let nslots = 2 * (prog.groups + 1) + 1;
    let mut m = Matcher {
        prog,
        s,
        end,
        slots: vec![UNSET; nslots],
        regs: vec![0; prog.nregs],
        stack: Vec::new(),
        full: mode == Mode::Full,
        forbid_end: forbid_empty_at.unwrap_or(UNSET),
    };
    // The first character every match must start with (group starts aside), to skip
    // hopeless start positions without running the program.
    let first = match prog.insts.iter().find(|i| !matches!(i, Inst::Save(_))) {
        Some(Inst::One(item)) => Some(*item),
        Some(Inst::Repeat { item, min, .. }) if *min > 0 => Some(*item),
        _ => None,
    };
    let mut start = pos;
    loop {
        if mode == Mode::Search {
            if prog.anchored && start > 0 {
                return None;
            }
            if !prog.prefix.is_empty() {
                start = find_prefix(s, &prog.prefix, start, end)?;
            } else if let Some(item) = first {
                while start < end && !m.item_matches(item, s.at(start)) {
                    start += 1;
                }
                if start >= end {
                    return None;
                }
            }
        }
        for v in m.slots.iter_mut() {
            *v = UNSET;
        }
        m.stack.clear();
        if let Some(e) = m.run(0, start) {
            let last = m.slots.len() - 1;
            if m.slots[last] == UNSET {
                m.slots[last] = 0;
            }
            m.slots[0] = start;
            m.slots[1] = e;
            return Some(m.slots);
        }
        if mode != Mode::Search || start >= end {
            return None;
        }
        start += 1;
    }
}

fn find_prefix<S: Subject + ?Sized>(s: &S, prefix: &[u32], from: usize, end: usize) -> Option<usize> {
    let k = prefix.len();
    let first = prefix[0];
    let mut i = from;
    while i + k <= end {
        if s.at(i) == first && (1..k).all(|j| s.at(i + j) == prefix[j]) {
            return Some(i);
        }
        i += 1;
    }
    None
}

impl<'a, S: Subject + ?Sized> Matcher<'a, S> {
    #[inline]
    fn item_matches(&self, item: Item, c: u32) -> bool {
        match item {
            Item::Char(x) => c == x,
            Item::CharFold(x, f) => fold(c, f) == x,
            Item::Any => true,
            Item::AnyButNl => c != 10,
            Item::Class(i) => self.prog.classes.get(i as usize).is_some_and(|cl| cl.matches(c)),
        }
    }

    fn set_slot(&mut self, idx: usize, v: usize) {
        if let Some(old) = self.slots.get(idx).copied() {
            self.stack.push(Bt::Slot { idx: idx as u32, old });
            self.slots[idx] = v;
        }
    }

    fn set_reg(&mut self, idx: usize, v: usize) {
        if let Some(old) = self.regs.get(idx).copied() {
            self.stack.push(Bt::Reg { idx: idx as u32, old });
            self.regs[idx] = v;
        }
    }

    fn is_word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.end && is_word(self.s.at(i), ascii)
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let s = self.s;
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || s.at(pos - 1) == 10,
            Anchor::EndOrNl => pos == self.end || (pos + 1 == self.end && s.at(pos) == 10),
            Anchor::LineEnd => pos == self.end || s.at(pos) == 10,
            Anchor::End => pos == self.end,
            Anchor::Word { ascii, neg } => {
                if neg && self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1, ascii);
                let after = self.is_word_at(pos, ascii);
                (before != after) != neg
            }
        }
    }

    /// Run a lookaround or atomic body; on success keep its captures (with undo records
    /// on the caller's stack) and return where it ended.
    fn sub(&mut self, pc: usize, pos: usize) -> Option<usize> {
        let snapshot = self.slots.clone();
        let base = self.stack.len();
        let r = self.run(pc, pos);
        self.stack.truncate(base);
        if r.is_some() {
            for (i, old) in snapshot.iter().enumerate() {
                if self.slots[i] != *old {
                    self.stack.push(Bt::Slot { idx: i as u32, old: *old });
                }
            }
        }
        r
    }

    fn run(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        let prog = self.prog;
        let end = self.end;
        loop {
            let ok = match prog.insts.get(pc).copied() {
                None => false,
                Some(inst) => match inst {
                    Inst::One(item) => {
                        if pos < end && self.item_matches(item, self.s.at(pos)) {
                            pos += 1;
                            pc += 1;
                            true
                        } else {
                            false
                        }
                    }
                    Inst::Repeat { item, min, max, kind } => self.repeat(&mut pc, &mut pos, item, min, max, kind),
                    Inst::Assert(a) => {
                        pc += 1;
                        self.anchor(a, pos)
                    }
                    Inst::Save(idx) => {
                        self.set_slot(idx as usize, pos);
                        if idx & 1 == 1 {
                            let last = self.slots.len() - 1;
                            self.set_slot(last, (idx / 2) as usize);
                        }
                        pc += 1;
                        true
                    }
                    Inst::Split(alt) => {
                        self.stack.push(Bt::Alt { pc: alt, pos });
                        pc += 1;
                        true
                    }
                    Inst::Jmp(t) => {
                        pc = t as usize;
                        true
                    }
                    Inst::RepInit(r) => {
                        self.set_reg(r as usize, 0);
                        self.set_reg(r as usize + 1, UNSET);
                        pc += 1;
                        true
                    }
                    Inst::RepLoop { reg, min, max, greedy, exit } => {
                        let r = reg as usize;
                        let count = self.regs.get(r).copied().unwrap_or(0);
                        let last = self.regs.get(r + 1).copied().unwrap_or(UNSET);
                        if count < min as usize {
                            self.set_reg(r, count + 1);
                            self.set_reg(r + 1, pos);
                            pc += 1;
                        } else if (max != MAXREPEAT && count >= max as usize) || (count > 0 && last == pos) {
                            pc = exit as usize;
                        } else if greedy {
                            self.stack.push(Bt::Alt { pc: exit, pos });
                            self.set_reg(r, count + 1);
                            self.set_reg(r + 1, pos);
                            pc += 1;
                        } else {
                            self.stack.push(Bt::LazyLoop { pc: pc as u32, pos });
                            pc = exit as usize;
                        }
                        true
                    }
                    Inst::Backref { group, fold: f } => {
                        let g = group as usize;
                        let (a, b) = (self.slots.get(2 * g).copied().unwrap_or(UNSET), self.slots.get(2 * g + 1).copied().unwrap_or(UNSET));
                        if a == UNSET || b == UNSET || b < a {
                            false
                        } else {
                            let n = b - a;
                            if pos + n > end {
                                false
                            } else if (0..n).all(|k| {
                                let (x, y) = (self.s.at(a + k), self.s.at(pos + k));
                                x == y || (f != Fold::None && fold(x, f) == fold(y, f))
                            }) {
                                pos += n;
                                pc += 1;
                                true
                            } else {
                                false
                            }
                        }
                    }
                    Inst::Look { behind, neg, width, next } => {
                        let w = width as usize;
                        let start = if behind { pos.checked_sub(w) } else { Some(pos) };
                        let hit = match start {
                            None => false,
                            Some(st) => {
                                if neg {
                                    let snapshot = self.slots.clone();
                                    let base2 = self.stack.len();
                                    let r = self.run(pc + 1, st);
                                    self.stack.truncate(base2);
                                    self.slots = snapshot;
                                    r.is_some()
                                } else {
                                    self.sub(pc + 1, st).is_some()
                                }
                            }
                        };
                        pc = next as usize;
                        hit != neg
                    }
                    Inst::Atomic { next } => match self.sub(pc + 1, pos) {
                        Some(e) => {
                            pos = e;
                            pc = next as usize;
                            true
                        }
                        None => false,
                    },
                    Inst::Cond { group, no } => {
                        let g = group as usize;
                        let set = self.slots.get(2 * g).is_some_and(|&v| v != UNSET) && self.slots.get(2 * g + 1).is_some_and(|&v| v != UNSET);
                        pc = if set { pc + 1 } else { no as usize };
                        true
                    }
                    Inst::SubMatch => return Some(pos),
                    Inst::Match => {
                        if (self.full && pos != end) || pos == self.forbid_end {
                            false
                        } else {
                            return Some(pos);
                        }
                    }
                },
            };
            if ok {
                continue;
            }
            // Backtrack: undo records are applied until an alternative is found.
            loop {
                if self.stack.len() <= base {
                    return None;
                }
                let Some(bt) = self.stack.pop() else { return None };
                match bt {
                    Bt::Slot { idx, old } => self.slots[idx as usize] = old,
                    Bt::Reg { idx, old } => self.regs[idx as usize] = old,
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p as usize;
                        pos = q;
                        break;
                    }
                    Bt::Greedy { pc: p, min_pos, pos: q } => {
                        let mut np = q - 1;
                        // With a literal next, give back straight to its next occurrence.
                        if let Some(Inst::One(Item::Char(c))) = prog.insts.get(p as usize + 1) {
                            while np > min_pos && self.s.at(np) != *c {
                                np -= 1;
                            }
                            if np >= end || self.s.at(np) != *c {
                                continue;
                            }
                        }
                        if np > min_pos {
                            self.stack.push(Bt::Greedy { pc: p, min_pos, pos: np });
                        }
                        pc = p as usize + 1;
                        pos = np;
                        break;
                    }
                    Bt::Lazy { pc: p, pos: q, count } => {
                        let Some(Inst::Repeat { item, max, .. }) = prog.insts.get(p as usize).copied() else { continue };
                        if q < end && self.item_matches(item, self.s.at(q)) {
                            let count = count + 1;
                            if max == MAXREPEAT || count < max {
                                self.stack.push(Bt::Lazy { pc: p, pos: q + 1, count });
                            }
                            pc = p as usize + 1;
                            pos = q + 1;
                            break;
                        }
                    }
                    Bt::LazyLoop { pc: p, pos: q } => {
                        let Some(Inst::RepLoop { reg, .. }) = prog.insts.get(p as usize).copied() else { continue };
                        let r = reg as usize;
                        let count = self.regs.get(r).copied().unwrap_or(0);
                        self.set_reg(r, count + 1);
                        self.set_reg(r + 1, q);
                        pc = p as usize + 1;
                        pos = q;
                        break;
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat(&mut self, pc: &mut usize, pos: &mut usize, item: Item, min: u32, max: u32, kind: RepKind) -> bool {
        let avail = self.end - *pos;
        let min = min as usize;
        let limit = if max == MAXREPEAT { avail } else { (max as usize).min(avail) };
        if min > avail {
            return false;
        }
        let p = *pos;
        if kind == RepKind::Lazy {
            if !(0..min).all(|k| self.item_matches(item, self.s.at(p + k))) {
                return false;
            }
            if min < limit {
                self.stack.push(Bt::Lazy { pc: *pc as u32, pos: p + min, count: min as u32 });
            }
            *pos = p + min;
            *pc += 1;
            return true;
        }
        let n = match item {
            Item::Any => limit,
            _ => {
                let mut n = 0;
                while n < limit && self.item_matches(item, self.s.at(p + n)) {
                    n += 1;
                }
                n
            }
        };
        if n < min {
            return false;
        }
        if kind == RepKind::Greedy && n > min {
            self.stack.push(Bt::Greedy { pc: *pc as u32, min_pos: p + min, pos: p + n });
        }
        *pos = p + n;
        *pc += 1;
        true
    }
}
