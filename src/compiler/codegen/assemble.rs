//! From basic blocks to a `CodeObject`: the control-flow clean-ups CPython 3.11 makes
//! (jump threading, dead code removal, copying small exit blocks, line-number
//! propagation), stack depth by flow analysis, and the exception table.

use std::rc::Rc;

use super::stack::stack_effect;
use super::unit::{Block, BlockId, Op, PInstr, Unit};
use crate::ast::Loc;
use crate::bytecode::{CodeObject, ExceptionEntry, Instr, Opcode};
use crate::compiler::error::CompileError;

/// Exit blocks at most this long are copied instead of jumped to (CPython's MAX_COPY_SIZE).
const MAX_COPY_SIZE: usize = 4;

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
    optimize(&mut cfg);
    forward_only_conditionals(&mut cfg);
    duplicate_exits_without_lineno(&mut cfg);
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

fn optimize(cfg: &mut Cfg) {
    skip_empty_targets(cfg);
    tuple_unpack_swaps(cfg);
    jump_threading(cfg);
    for p in 0..cfg.order.len() {
        clean_block(cfg, p);
    }
    // Copy small exit blocks over the unconditional jumps that reach them.
    for &b in &cfg.order.clone() {
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
fn forward_only_conditionals(cfg: &mut Cfg) {
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

fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
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

fn propagate_line_numbers(cfg: &mut Cfg) {
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

fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: u32) {
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

/// Max depth, and the depth at entry of each block (None if unreached).
fn stack_depth(cfg: &Cfg) -> Result<(i32, Vec<Option<i32>>), CompileError> {
    let pos = cfg.pos_of();
    let mut start: Vec<Option<i32>> = vec![None; cfg.blocks.len()];
    let mut todo = vec![cfg.order[0]];
    start[cfg.order[0]] = Some(0);
    let mut max = 0;
    while let Some(b) = todo.pop() {
        let mut depth = start[b].unwrap_or(0);
        let mut ended = false;
        for ins in &cfg.blocks[b].instrs {
            if let Some(t) = ins.target {
                let d = depth + stack_effect(ins.op, ins.arg, true);
                max = max.max(d);
                if start[t].is_none() {
                    start[t] = Some(d);
                    todo.push(t);
                }
            }
            depth += stack_effect(ins.op, ins.arg, false);
            max = max.max(depth);
            if depth < 0 {
                return Err(CompileError::syntax("internal compiler error: negative stack depth".into(), Loc::default()));
            }
            if ins.is_terminator() {
                ended = true;
                break;
            }
        }
        if !ended {
            if let Some(n) = cfg.next_of(pos[b]) {
                if start[n].is_none() {
                    start[n] = Some(depth);
                    todo.push(n);
                }
            }
        }
    }
    Ok((max, start))
}

/// For every instruction, the handler block protecting it; and per block whether it is
/// a handler that receives lasti.
fn label_exception_targets(cfg: &Cfg) -> (Vec<Vec<Option<BlockId>>>, Vec<bool>) {
    let pos = cfg.pos_of();
    let mut handler_of: Vec<Vec<Option<BlockId>>> =
        cfg.blocks.iter().map(|b| vec![None; b.instrs.len()]).collect();
    let mut lasti = vec![false; cfg.blocks.len()];
    let mut stack_at: Vec<Option<Vec<BlockId>>> = vec![None; cfg.blocks.len()];
    stack_at[cfg.order[0]] = Some(Vec::new());
    let mut todo = vec![cfg.order[0]];
    while let Some(b) = todo.pop() {
        let mut stack = stack_at[b].clone().unwrap_or_default();
        let mut ended = false;
        for (i, ins) in cfg.blocks[b].instrs.iter().enumerate() {
            if ins.is_block_push() {
                if let Some(t) = ins.target {
                    if matches!(ins.op, Op::SetupCleanup | Op::SetupWith) {
                        lasti[t] = true;
                    }
                    if stack_at[t].is_none() {
                        stack_at[t] = Some(stack.clone());
                        todo.push(t);
                    }
                    stack.push(t);
                }
                // The pseudo-instruction itself (a NOP later) is protected by nothing.
                continue;
            }
            if ins.op == Op::PopBlock {
                stack.pop();
                continue;
            }
            handler_of[b][i] = stack.last().copied();
            if let (true, Some(t)) = (ins.is_jump(), ins.target) {
                if stack_at[t].is_none() {
                    stack_at[t] = Some(stack.clone());
                    todo.push(t);
                }
            }
            if ins.is_terminator() {
                ended = true;
                break;
            }
        }
        if !ended {
            if let Some(n) = cfg.next_of(pos[b]) {
                if stack_at[n].is_none() {
                    stack_at[n] = Some(stack);
                    todo.push(n);
                }
            }
        }
    }
    (handler_of, lasti)
}
