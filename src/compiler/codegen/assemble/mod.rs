//! From basic blocks to a `CodeObject`: the control-flow clean-ups CPython 3.11 makes
//! (jump threading, dead code removal, copying small exit blocks, line-number
//! propagation), stack depth by flow analysis, and the exception table.

use std::rc::Rc;

use super::unit::{Block, BlockId, Op, PInstr, Unit};
use crate::ast::Loc;
use crate::bytecode::{CodeObject, ExceptionEntry, Instr, Opcode};
use crate::compiler::error::CompileError;

mod flow;
mod lines;
mod peephole;

use flow::{label_exception_targets, stack_depth};
use lines::{duplicate_exits_without_lineno, guarantee_lineno_for_exits, propagate_line_numbers};
use peephole::{forward_only_conditionals, optimize, trim_unused_consts};

struct Cfg {
    blocks: Vec<Block>,
    order: Vec<BlockId>,
    /// Layout successor of every block before empty blocks were dropped.
    succ_map: Vec<Option<BlockId>>,
}

impl Cfg {
    fn next_of(&self, pos: usize) -> Option<BlockId> {
        self.order.get(pos + 1).copied()
    }

    fn pos_of(&self) -> Vec<usize> {
        let mut pos = vec![usize::MAX; self.blocks.len()];
        for (i, &b) in self.order.iter().enumerate() {
            pos[b] = i;
        }
        pos
    }

    /// The first block at or after `b` (in layout order) that has instructions.
    fn skip_empty(&self, b: BlockId, pos: &[usize]) -> BlockId {
        let mut p = pos[b];
        while p < self.order.len() {
            let id = self.order[p];
            if !self.blocks[id].instrs.is_empty() {
                return id;
            }
            p += 1;
        }
        b
    }

    fn falls_through(&self, b: BlockId) -> bool {
        self.blocks[b].instrs.last().is_none_or(|i| !i.is_terminator())
    }
}

pub fn assemble(unit: &mut Unit, filename: &str) -> Result<CodeObject, CompileError> {
    let mut order = std::mem::take(&mut unit.order);
    // Blocks targeted but never placed would be a compiler bug; place them rather than panic.
    for b in 0..unit.blocks.len() {
        if !order.contains(&b) {
            order.push(b);
        }
    }
    let n_blocks = unit.blocks.len();
    let mut cfg = Cfg { blocks: std::mem::take(&mut unit.blocks), order, succ_map: vec![None; n_blocks] };
    optimize(&mut cfg, &mut unit.consts);
    forward_only_conditionals(&mut cfg);
    duplicate_exits_without_lineno(&mut cfg);
    trim_unused_consts(&cfg, &mut unit.consts);
    propagate_line_numbers(&mut cfg);
    guarantee_lineno_for_exits(&mut cfg, unit.firstlineno);
    let (maxdepth, start_depth) = stack_depth(&cfg)?;
    let (handlers, lasti_of) = label_exception_targets(&cfg);
    // Pseudo-instructions have done their work: they become NOPs, most then vanish.
    let mut handler_of: Vec<Vec<Option<BlockId>>> = handlers;
    for &b in &cfg.order {
        for ins in &mut cfg.blocks[b].instrs {
            if !matches!(ins.op, Op::Real(_) | Op::Jump) {
                ins.op = Op::Real(Opcode::NOP);
                ins.target = None;
                ins.arg = 0;
            }
        }
    }
    for p in 0..cfg.order.len() {
        let b = cfg.order[p];
        let keep = nop_keep_mask(&cfg, p);
        let mut k = keep.iter();
        cfg.blocks[b].instrs.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        handler_of[b].retain(|_| *k.next().unwrap_or(&true));
    }
    // Linearise.
    let mut start = vec![0u32; cfg.blocks.len()];
    let mut n = 0u32;
    for &b in &cfg.order {
        start[b] = n;
        n += cfg.blocks[b].instrs.len() as u32;
    }
    let mut instructions = Vec::with_capacity(n as usize);
    let mut positions = Vec::with_capacity(n as usize);
    let mut except_of = Vec::with_capacity(n as usize);
    let mut last_loc = Loc { line: unit.firstlineno, col: 0, end_line: unit.firstlineno, end_col: 0 };
    for &b in &cfg.order {
        for (i, ins) in cfg.blocks[b].instrs.iter().enumerate() {
            let here = instructions.len() as u32;
            let target = ins.target.map(|t| start[t]).unwrap_or(0);
            let (op, arg) = match ins.op {
                Op::Jump => {
                    if target > here {
                        (Opcode::JUMP_FORWARD, target)
                    } else {
                        (Opcode::JUMP_BACKWARD, target)
                    }
                }
                Op::Real(op) if op.is_jump() => (op, target),
                Op::Real(op) => (op, ins.arg),
                _ => (Opcode::NOP, 0),
            };
            instructions.push(Instr::new(op, arg));
            if let Some(loc) = ins.loc {
                last_loc = loc;
            }
            positions.push(ins.loc.unwrap_or(last_loc));
            except_of.push(handler_of[b].get(i).copied().flatten());
        }
    }
    let mut exception_table = Vec::new();
    let mut i = 0;
    while i < except_of.len() {
        let Some(h) = except_of[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < except_of.len() && except_of[j] == Some(h) {
            j += 1;
        }
        let lasti = lasti_of[h];
        let depth = start_depth[h].unwrap_or(1) - 1 - i32::from(lasti);
        exception_table.push(ExceptionEntry {
            start: i as u32,
            end: j as u32,
            target: start[h],
            depth: depth.max(0) as u32,
            lasti,
        });
        i = j;
    }
    let to_rc = |v: &[String]| -> Vec<Rc<str>> { v.iter().map(|s| Rc::from(s.as_str())).collect() };
    let varnames: Vec<String> = unit.varnames.iter().cloned().collect();
    let names: Vec<String> = unit.names.iter().cloned().collect();
    let mut cell2arg = Vec::new();
    for (ci, c) in unit.cellvars.iter().enumerate() {
        let nargs = unit.argcount
            + unit.kwonlyargcount
            + u32::from(unit.flags & crate::bytecode::code::flags::VARARGS != 0)
            + u32::from(unit.flags & crate::bytecode::code::flags::VARKEYWORDS != 0);
        if let Some(vi) = varnames.iter().position(|v| v == c) {
            if (vi as u32) < nargs {
                cell2arg.push((ci as u32, vi as u32));
            }
        }
    }
    Ok(CodeObject {
        name: Rc::from(unit.name.as_str()),
        qualname: Rc::from(unit.qualname.as_str()),
        filename: Rc::from(filename),
        firstlineno: unit.firstlineno,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        stacksize: maxdepth.max(0) as u32,
        instructions,
        positions,
        consts: std::mem::take(&mut unit.consts),
        names: to_rc(&names),
        varnames: to_rc(&varnames),
        cellvars: to_rc(&unit.cellvars),
        freevars: to_rc(&unit.freevars),
        cell2arg,
        exception_table,
    })
}

fn line(i: &PInstr) -> Option<u32> {
    i.loc.map(|l| l.line)
}

/// CPython's clean_basic_block: which instructions of block at layout position `p`
/// survive NOP removal (a NOP stays only when it carries a line nothing else marks).
fn nop_keep_mask(cfg: &Cfg, p: usize) -> Vec<bool> {
    let b = cfg.order[p];
    let instrs = &cfg.blocks[b].instrs;
    let mut keep = vec![true; instrs.len()];
    let mut prev_line: Option<u32> = None;
    let mut prev_set = false;
    for (src, ins) in instrs.iter().enumerate() {
        let ln = line(ins);
        if ins.op == Op::Real(Opcode::NOP) {
            if ln.is_none() || (prev_set && prev_line == ln) {
                keep[src] = false;
                continue;
            }
            if src + 1 < instrs.len() {
                let next = line(&instrs[src + 1]);
                if next.is_none() || next == ln {
                    keep[src] = false;
                    continue;
                }
            } else {
                let mut q = p + 1;
                while q < cfg.order.len() && cfg.blocks[cfg.order[q]].instrs.is_empty() {
                    q += 1;
                }
                if let Some(&nb) = cfg.order.get(q) {
                    if line(&cfg.blocks[nb].instrs[0]) == ln {
                        keep[src] = false;
                        continue;
                    }
                }
            }
        }
        prev_line = ln;
        prev_set = true;
    }
    keep
}

fn clean_block(cfg: &mut Cfg, p: usize) {
    let keep = nop_keep_mask(cfg, p);
    let b = cfg.order[p];
    // A removed NOP lends its location to a following instruction that has none.
    let instrs = std::mem::take(&mut cfg.blocks[b].instrs);
    let mut out: Vec<PInstr> = Vec::with_capacity(instrs.len());
    let mut carry: Option<Loc> = None;
    for (i, mut ins) in instrs.into_iter().enumerate() {
        if keep[i] {
            if ins.loc.is_none() {
                ins.loc = carry.take();
            }
            carry = None;
            out.push(ins);
        } else if ins.op == Op::Real(Opcode::NOP) && ins.loc.is_some() {
            carry = ins.loc;
        }
    }
    cfg.blocks[b].instrs = out;
}
