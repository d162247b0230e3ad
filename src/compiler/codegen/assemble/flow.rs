//! Flow analyses over the finished CFG: stack depth and exception handlers.

use super::Cfg;
use crate::ast::Loc;
use crate::compiler::codegen::stack::stack_effect;
use crate::compiler::codegen::unit::{BlockId, Op};
use crate::compiler::error::CompileError;

/// Max depth, and the depth at entry of each block (None if unreached).
pub(super) fn stack_depth(cfg: &Cfg) -> Result<(i32, Vec<Option<i32>>), CompileError> {
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
pub(super) fn label_exception_targets(cfg: &Cfg) -> (Vec<Vec<Option<BlockId>>>, Vec<bool>) {
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

