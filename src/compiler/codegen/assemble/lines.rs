//! Line numbers for artificial instructions, as CPython 3.11 assigns them.

use super::Cfg;
use crate::ast::Loc;
use crate::bytecode::Opcode;
use crate::compiler::codegen::unit::{Block, Op};

fn predecessors(cfg: &Cfg) -> Vec<u32> {
    let mut preds = vec![0u32; cfg.blocks.len()];
    preds[cfg.order[0]] += 1;
    for p in 0..cfg.order.len() {
        let b = cfg.order[p];
        for ins in &cfg.blocks[b].instrs {
            if let Some(t) = ins.target {
                preds[t] += 1;
            }
        }
        if cfg.falls_through(b) {
            if let Some(n) = cfg.next_of(p) {
                preds[n] += 1;
            }
        }
    }
    preds
}

fn exits_without_lineno(block: &Block) -> bool {
    block.instrs.last().is_some_and(|i| i.exits_scope()) && block.instrs.iter().all(|i| i.loc.is_none())
}

pub(super) fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    let mut preds = predecessors(cfg);
    let mut p = 0;
    while p < cfg.order.len() {
        let b = cfg.order[p];
        if let Some(last) = cfg.blocks[b].instrs.last().cloned() {
            if let (true, Some(t)) = (last.is_jump(), last.target) {
                if exits_without_lineno(&cfg.blocks[t]) && preds[t] > 1 {
                    let mut copy = cfg.blocks[t].clone();
                    if let Some(first) = copy.instrs.first_mut() {
                        first.loc = last.loc;
                    }
                    let nb = cfg.blocks.len();
                    cfg.blocks.push(copy);
                    preds.push(1);
                    cfg.succ_map.push(None);
                    preds[t] -= 1;
                    if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                        l.target = Some(nb);
                    }
                    if let Some(tp) = cfg.order.iter().position(|&x| x == t) {
                        cfg.order.insert(tp + 1, nb);
                    }
                }
            }
        }
        p += 1;
    }
    for p in 0..cfg.order.len() {
        let b = cfg.order[p];
        if !cfg.falls_through(b) {
            continue;
        }
        let Some(n) = cfg.next_of(p) else { continue };
        let Some(loc) = cfg.blocks[b].instrs.last().and_then(|i| i.loc) else { continue };
        if exits_without_lineno(&cfg.blocks[n]) {
            if let Some(first) = cfg.blocks[n].instrs.first_mut() {
                first.loc = Some(loc);
            }
        }
    }
}

pub(super) fn propagate_line_numbers(cfg: &mut Cfg) {
    let preds = predecessors(cfg);
    for p in 0..cfg.order.len() {
        let b = cfg.order[p];
        let mut prev: Option<Loc> = None;
        for ins in &mut cfg.blocks[b].instrs {
            if ins.loc.is_none() {
                ins.loc = prev;
            } else {
                prev = ins.loc;
            }
        }
        if cfg.falls_through(b) {
            if let Some(n) = cfg.next_of(p) {
                if preds[n] == 1 {
                    if let Some(first) = cfg.blocks[n].instrs.first_mut() {
                        if first.loc.is_none() {
                            first.loc = prev;
                        }
                    }
                }
            }
        }
        if let Some(last) = cfg.blocks[b].instrs.last().cloned() {
            if let (true, Some(t)) = (last.is_jump(), last.target) {
                if preds[t] == 1 {
                    if let Some(first) = cfg.blocks[t].instrs.first_mut() {
                        if first.loc.is_none() {
                            first.loc = prev;
                        }
                    }
                }
            }
        }
    }
}

pub(super) fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: u32) {
    let mut lineno = Loc { line: firstlineno, col: 0, end_line: firstlineno, end_col: 0 };
    for &b in &cfg.order {
        let Some(last) = cfg.blocks[b].instrs.last().cloned() else { continue };
        match last.loc {
            None if last.op == Op::Real(Opcode::RETURN_VALUE) => {
                for ins in &mut cfg.blocks[b].instrs {
                    if ins.loc.is_none() {
                        ins.loc = Some(lineno);
                    }
                }
            }
            None => {}
            Some(l) => lineno = l,
        }
    }
}

