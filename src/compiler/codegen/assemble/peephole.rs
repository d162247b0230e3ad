//! CPython 3.11's peephole and CFG clean-ups: jump threading, constant tuples, SWAP
//! elimination, exit-block copying, dead-code removal.

use std::rc::Rc;

use super::{clean_block, line, Cfg};
use crate::compiler::codegen::unit::{Block, BlockId, Op, PInstr};
use crate::bytecode::{Const, Opcode};

/// Exit blocks at most this long are copied instead of jumped to (CPython's MAX_COPY_SIZE).
const MAX_COPY_SIZE: usize = 4;

/// BUILD_TUPLE n + UNPACK_SEQUENCE n (`a, b = b, a`) becomes a SWAP (CPython's peephole).
fn tuple_unpack_swaps(cfg: &mut Cfg) {
    for &b in &cfg.order {
        let instrs = &mut cfg.blocks[b].instrs;
        for i in 0..instrs.len().saturating_sub(1) {
            let (a, n) = (&instrs[i], &instrs[i + 1]);
            if a.op == Op::Real(Opcode::BUILD_TUPLE)
                && n.op == Op::Real(Opcode::UNPACK_SEQUENCE)
                && a.arg == n.arg
                && (1..=3).contains(&a.arg)
            {
                let k = a.arg;
                instrs[i].op = Op::Real(Opcode::NOP);
                if k == 1 {
                    instrs[i + 1].op = Op::Real(Opcode::NOP);
                } else {
                    instrs[i + 1].op = Op::Real(Opcode::SWAP);
                    instrs[i + 1].arg = k;
                }
            }
        }
    }
}

/// A jump whose target starts with another jump goes straight to the final target
/// when both are on the same line (CPython 3.11's optimize_basic_block rules).
fn jump_threading(cfg: &mut Cfg) {
    use Opcode::*;
    for _ in 0..8 {
        let pos = cfg.pos_of();
        let mut changed = false;
        for p in 0..cfg.order.len() {
            let b = cfg.order[p];
            let Some(last) = cfg.blocks[b].instrs.last().cloned() else { continue };
            let Some(t) = last.target else { continue };
            if pos[t] == usize::MAX {
                continue;
            }
            let t = cfg.skip_empty(t, &pos);
            let Some(first) = cfg.blocks[t].instrs.first().cloned() else { continue };
            let same_line = line(&last) == line(&first);
            let thread = |cfg: &mut Cfg, op: Op| -> bool {
                if same_line && first.target.is_some() && first.target != last.target {
                    if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                        l.target = first.target;
                        l.op = op;
                        return true;
                    }
                }
                false
            };
            let (fop, lop) = (first.op, last.op);
            changed |= match (lop, fop) {
                (Op::Real(JUMP_IF_FALSE_OR_POP), Op::Real(POP_JUMP_IF_FALSE)) => thread(cfg, Op::Real(POP_JUMP_IF_FALSE)),
                (Op::Real(JUMP_IF_FALSE_OR_POP), Op::Jump | Op::Real(JUMP_IF_FALSE_OR_POP)) => {
                    thread(cfg, Op::Real(JUMP_IF_FALSE_OR_POP))
                }
                (Op::Real(JUMP_IF_TRUE_OR_POP), Op::Real(POP_JUMP_IF_TRUE)) => thread(cfg, Op::Real(POP_JUMP_IF_TRUE)),
                (Op::Real(JUMP_IF_TRUE_OR_POP), Op::Jump | Op::Real(JUMP_IF_TRUE_OR_POP)) => {
                    thread(cfg, Op::Real(JUMP_IF_TRUE_OR_POP))
                }
                (Op::Real(JUMP_IF_FALSE_OR_POP), Op::Real(JUMP_IF_TRUE_OR_POP | POP_JUMP_IF_TRUE))
                | (Op::Real(JUMP_IF_TRUE_OR_POP), Op::Real(JUMP_IF_FALSE_OR_POP | POP_JUMP_IF_FALSE)) => {
                    // The value decides the other way: pop it and continue after the target.
                    let next = cfg.next_of(pos[t]);
                    if same_line && next.is_some() {
                        let newop = if lop == Op::Real(JUMP_IF_FALSE_OR_POP) { POP_JUMP_IF_FALSE } else { POP_JUMP_IF_TRUE };
                        if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                            l.op = Op::Real(newop);
                            l.target = next;
                        }
                        true
                    } else {
                        false
                    }
                }
                (
                    Op::Real(POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE) | Op::Jump,
                    Op::Jump,
                ) => thread(cfg, lop),
                _ => false,
            };
        }
        if !changed {
            break;
        }
    }
}

/// Jumps skip over empty blocks (CPython's normalize_basic_block).
fn skip_empty_targets(cfg: &mut Cfg) {
    let pos = cfg.pos_of();
    for &b in &cfg.order.clone() {
        for i in 0..cfg.blocks[b].instrs.len() {
            if let Some(t) = cfg.blocks[b].instrs[i].target {
                if pos[t] != usize::MAX {
                    let nt = cfg.skip_empty(t, &pos);
                    cfg.blocks[b].instrs[i].target = Some(nt);
                }
            }
        }
    }
}

/// LOAD_CONST x n + BUILD_TUPLE n becomes one LOAD_CONST of the tuple, appended to
/// the constants (CPython's fold_tuple_on_constants, hence its constant order).
fn fold_tuples_of_constants(cfg: &mut Cfg, consts: &mut Vec<Const>) {
    for &b in &cfg.order {
        let instrs = &mut cfg.blocks[b].instrs;
        for i in 0..instrs.len() {
            if instrs[i].op != Op::Real(Opcode::BUILD_TUPLE) {
                continue;
            }
            let n = instrs[i].arg as usize;
            if n > i {
                continue;
            }
            let loads = &instrs[i - n..i];
            if !loads.iter().all(|l| l.op == Op::Real(Opcode::LOAD_CONST)) {
                continue;
            }
            let items: Option<Vec<Const>> = loads.iter().map(|l| consts.get(l.arg as usize).cloned()).collect();
            let Some(items) = items else { continue };
            let tuple = Const::Tuple(Rc::from(items));
            let idx = match consts.iter().position(|c| *c == tuple) {
                Some(i) => i,
                None => {
                    consts.push(tuple);
                    consts.len() - 1
                }
            };
            for l in &mut instrs[i - n..i] {
                l.op = Op::Real(Opcode::NOP);
            }
            instrs[i].op = Op::Real(Opcode::LOAD_CONST);
            instrs[i].arg = idx as u32;
        }
    }
}

/// Drop constants at the end of the table that no instruction uses (never the first,
/// which may be the docstring), as CPython's trim_unused_consts.
pub(super) fn trim_unused_consts(cfg: &Cfg, consts: &mut Vec<Const>) {
    let mut max_used = 0usize;
    for &b in &cfg.order {
        for ins in &cfg.blocks[b].instrs {
            if ins.op == Op::Real(Opcode::LOAD_CONST) || ins.op == Op::Real(Opcode::KW_NAMES) {
                max_used = max_used.max(ins.arg as usize);
            }
        }
    }
    let keep = max_used + 1;
    if consts.len() > keep {
        consts.truncate(keep);
    }
}

/// PUSH_NULL + LOAD_GLOBAL becomes LOAD_GLOBAL with its NULL bit set.
fn merge_push_null(cfg: &mut Cfg) {
    for &b in &cfg.order {
        let instrs = &mut cfg.blocks[b].instrs;
        for i in 0..instrs.len().saturating_sub(1) {
            if instrs[i].op == Op::Real(Opcode::PUSH_NULL)
                && instrs[i + 1].op == Op::Real(Opcode::LOAD_GLOBAL)
                && instrs[i + 1].arg & 1 == 0
            {
                instrs[i].op = Op::Real(Opcode::NOP);
                instrs[i + 1].arg |= 1;
            }
        }
    }
}

fn swappable(ins: &PInstr) -> bool {
    matches!(ins.op, Op::Real(Opcode::STORE_FAST) | Op::Real(Opcode::POP_TOP))
}

fn next_swappable(instrs: &[PInstr], mut i: usize, line_of_first: Option<Option<u32>>) -> Option<usize> {
    loop {
        i += 1;
        let ins = instrs.get(i)?;
        if let Some(l) = line_of_first {
            if l.is_some() && line(ins) != l {
                return None;
            }
        }
        if ins.op == Op::Real(Opcode::NOP) {
            continue;
        }
        return if swappable(ins) { Some(i) } else { None };
    }
}

/// SWAP n followed by stores/pops swaps the instructions instead of the stack items
/// (CPython's apply_static_swaps): `a, b = b, a` in a function needs no SWAP.
fn apply_static_swaps(instrs: &mut [PInstr], start: usize) {
    let mut i = start as isize;
    while i >= 0 {
        let iu = i as usize;
        if instrs[iu].op != Op::Real(Opcode::SWAP) {
            if instrs[iu].op == Op::Real(Opcode::NOP) || swappable(&instrs[iu]) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, iu, None) else { return };
        let mut k = j;
        let lineno = line(&instrs[j]);
        for _ in 1..instrs[iu].arg {
            match next_swappable(instrs, k, Some(lineno)) {
                Some(n) => k = n,
                None => return,
            }
        }
        instrs[iu].op = Op::Real(Opcode::NOP);
        instrs.swap(j, k);
        i -= 1;
    }
}

fn static_swaps(cfg: &mut Cfg) {
    for &b in &cfg.order {
        let instrs = &mut cfg.blocks[b].instrs;
        for i in 0..instrs.len() {
            if instrs[i].op == Op::Real(Opcode::SWAP) {
                if instrs[i].arg == 1 {
                    instrs[i].op = Op::Real(Opcode::NOP);
                } else {
                    apply_static_swaps(instrs, i);
                }
            }
        }
    }
}

/// Copy small exit blocks over the unconditional jumps that reach them (CPython's
/// extend_block), newest block first as CPython walks its block list (so copies chain).
fn extend_blocks(cfg: &mut Cfg) {
    let placed: Vec<BlockId> = {
        let mut v = cfg.order.clone();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v
    };
    for &b in &placed {
        let Some(last) = cfg.blocks[b].instrs.last().cloned() else { continue };
        if last.op != Op::Jump {
            continue;
        }
        let Some(t) = last.target else { continue };
        let target = &cfg.blocks[t].instrs;
        // Only blocks without line numbers (implicit `return None`s) are copied.
        if target.last().is_some_and(|i| i.exits_scope())
            && target.len() <= MAX_COPY_SIZE
            && target.iter().all(|i| i.loc.is_none())
        {
            let copy = target.clone();
            if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                l.op = Op::Real(Opcode::NOP);
                l.target = None;
            }
            cfg.blocks[b].instrs.extend(copy);
        }
    }
}

pub(super) fn optimize(cfg: &mut Cfg, consts: &mut Vec<Const>) {
    skip_empty_targets(cfg);
    // CPython extends blocks once before its peephole pass and once after cleaning.
    extend_blocks(cfg);
    merge_push_null(cfg);
    fold_tuples_of_constants(cfg, consts);
    tuple_unpack_swaps(cfg);
    static_swaps(cfg);
    jump_threading(cfg);
    for p in 0..cfg.order.len() {
        clean_block(cfg, p);
    }
    extend_blocks(cfg);
    remove_unreachable(cfg);
    for p in 0..cfg.order.len() {
        clean_block(cfg, p);
    }
    cfg.order.retain(|&b| !cfg.blocks[b].instrs.is_empty());
    // Retarget jumps whose target block vanished (it was empty) to what follows it.
    retarget_empty(cfg);
    // A jump to the very next block is a NOP.
    for p in 0..cfg.order.len() {
        let b = cfg.order[p];
        let next = cfg.next_of(p);
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            if last.op == Op::Jump && last.target.is_some() && last.target == next {
                last.op = Op::Real(Opcode::NOP);
                last.target = None;
            }
        }
    }
    for p in 0..cfg.order.len() {
        clean_block(cfg, p);
    }
    cfg.order.retain(|&b| !cfg.blocks[b].instrs.is_empty());
    retarget_empty(cfg);
}

/// Jumps to blocks that are no longer laid out go to the next laid-out block after them
/// in the original creation-to-layout sense; we keep a map from every block to the first
/// non-empty successor computed before empties are dropped.
fn retarget_empty(cfg: &mut Cfg) {
    let placed: std::collections::HashSet<BlockId> = cfg.order.iter().copied().collect();
    let succ = cfg.succ_map.clone();
    for &b in &cfg.order.clone() {
        for ins in &mut cfg.blocks[b].instrs {
            if let Some(mut t) = ins.target {
                let mut guard = 0;
                while !placed.contains(&t) && guard < 10_000 {
                    match succ.get(t).copied().flatten() {
                        Some(n) => t = n,
                        None => break,
                    }
                    guard += 1;
                }
                ins.target = Some(t);
            }
        }
    }
}

fn remove_unreachable(cfg: &mut Cfg) {
    // Record layout successors before anything is dropped (used by retarget_empty).
    let mut succ = vec![None; cfg.blocks.len()];
    for p in 0..cfg.order.len() {
        succ[cfg.order[p]] = cfg.next_of(p);
    }
    cfg.succ_map = succ;
    let pos = cfg.pos_of();
    let mut reached = vec![false; cfg.blocks.len()];
    let mut todo = vec![cfg.order[0]];
    reached[cfg.order[0]] = true;
    while let Some(b) = todo.pop() {
        let p = pos[b];
        for ins in &cfg.blocks[b].instrs {
            if let Some(t) = ins.target {
                if !reached[t] && pos[t] != usize::MAX {
                    reached[t] = true;
                    todo.push(t);
                }
            }
        }
        if cfg.falls_through(b) {
            if let Some(n) = cfg.next_of(p) {
                if !reached[n] {
                    reached[n] = true;
                    todo.push(n);
                }
            }
        }
    }
    for &b in &cfg.order {
        if !reached[b] {
            cfg.blocks[b].instrs.clear();
        }
    }
    // Code after a terminator inside one block is dead too.
    for &b in &cfg.order {
        let instrs = &mut cfg.blocks[b].instrs;
        if let Some(k) = instrs.iter().position(|i| i.is_terminator()) {
            instrs.truncate(k + 1);
        }
    }
}

/// Our conditional jumps only go forward (JUMP_BACKWARD alone checks the eval breaker):
/// a backward conditional jump becomes the inverted jump over a JUMP_BACKWARD.
pub(super) fn forward_only_conditionals(cfg: &mut Cfg) {
    let mut p = 0;
    while p < cfg.order.len() {
        let pos = cfg.pos_of();
        let b = cfg.order[p];
        let Some(last) = cfg.blocks[b].instrs.last().cloned() else {
            p += 1;
            continue;
        };
        let inverse = match last.op {
            Op::Real(Opcode::POP_JUMP_IF_FALSE) => Opcode::POP_JUMP_IF_TRUE,
            Op::Real(Opcode::POP_JUMP_IF_TRUE) => Opcode::POP_JUMP_IF_FALSE,
            Op::Real(Opcode::POP_JUMP_IF_NONE) => Opcode::POP_JUMP_IF_NOT_NONE,
            Op::Real(Opcode::POP_JUMP_IF_NOT_NONE) => Opcode::POP_JUMP_IF_NONE,
            _ => {
                p += 1;
                continue;
            }
        };
        let Some(t) = last.target else {
            p += 1;
            continue;
        };
        if pos[t] > p {
            p += 1;
            continue;
        }
        let after = cfg.blocks.len();
        let Some(next) = cfg.next_of(p) else {
            p += 1;
            continue;
        };
        cfg.blocks.push(Block {
            instrs: vec![PInstr { op: Op::Jump, arg: 0, target: Some(t), loc: last.loc }],
        });
        if let Some(l) = cfg.blocks[b].instrs.last_mut() {
            l.op = Op::Real(inverse);
            l.target = Some(next);
        }
        cfg.order.insert(p + 1, after);
        p += 2;
    }
    cfg.succ_map.resize(cfg.blocks.len(), None);
}

