//! `match` statements (PEP 634), compiled the way CPython 3.11 does so that a failed case
//! binds nothing: captured values are parked on the stack under the pattern's working
//! items and stored only once the whole pattern has matched. A failing test jumps to a
//! "fail-pop" block that pops exactly what the pattern had pushed so far.
//!
//! Stack layout while a pattern runs, bottom to top:
//! `[..., captures (newest deepest), on_top working items, current subject]`.

use std::collections::HashSet;
use std::rc::Rc;

use super::fold;
use super::unit::BlockId;
use super::Compiler;
use crate::ast::*;
use crate::bytecode::opcode::CompareArg;
use crate::bytecode::{Const, Opcode};
use crate::compiler::error::CompileError;

type R = Result<(), CompileError>;

struct PatternCtx {
    /// Captured names, in stack order: `stores[0]` is nearest the top of the capture region.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (last case, guarded, or nested).
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and then falls into the next case.
    fail_pop: Vec<BlockId>,
    /// Working items above the captures that a failure must pop.
    on_top: usize,
    /// The last (innermost) pattern compiled: CPython reports some errors there.
    last_loc: Loc,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject and no failure path.
        let has_default = n > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let tested = n - usize::from(has_default);
        for (i, case) in cases[..tested].iter().enumerate() {
            let last_tested = i + 1 == tested;
            if !last_tested {
                self.emit_arg(Opcode::COPY, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
                last_loc: case.pattern.loc,
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, Ctx::Store, case.pattern.loc)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false)?;
            }
            if !last_tested {
                self.emit(Opcode::POP_TOP);
            }
            self.stmts(&case.body)?;
            self.jump(end);
            let old = self.set_loc(case.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
            self.restore_loc(old);
        }
        if has_default {
            let case = &cases[n - 1];
            let old = self.set_loc(case.pattern.loc);
            if n == 1 {
                self.emit(Opcode::POP_TOP);
            } else {
                self.emit(Opcode::NOP);
            }
            self.restore_loc(old);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&case.body)?;
        }
        self.use_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// Jumps (with `op`, or unconditionally when `None`) to the block that pops everything
    /// this pattern has on the stack and fails.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Option<Opcode>) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        match op {
            Some(op) => self.emit_jump(op, target),
            None => self.jump(target),
        }
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for pops in (1..pc.fail_pop.len()).rev() {
            self.use_block(pc.fail_pop[pops]);
            self.emit(Opcode::POP_TOP);
        }
        self.use_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Moves TOS down to depth `count`, keeping the order of the items it passes.
    fn rotate(&mut self, count: usize) {
        for i in (2..=count).rev() {
            self.emit_arg(Opcode::SWAP, i as u32);
        }
    }

    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternCtx, loc: Loc) -> R {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP);
            return Ok(());
        };
        if name == "__debug__" {
            return self.error("cannot assign to __debug__", loc);
        }
        if pc.stores.iter().any(|s| s == name) {
            return self.error(&format!("multiple assignments to name '{}' in pattern", name), loc);
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        let old = self.set_loc(p.loc);
        pc.last_loc = p.loc;
        let r = self.pattern_inner(p, pc);
        self.restore_loc(old);
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        match &p.kind {
            PatternKind::MatchValue(value) => {
                self.expr(value)?;
                self.emit_arg(Opcode::COMPARE_OP, CompareArg::Eq as u32);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            PatternKind::MatchSingleton(c) => {
                self.load_const(fold::constant(c));
                self.emit_arg(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    return match name {
                        Some(n) => self.error(&format!("name capture '{}' makes remaining patterns unreachable", n), p.loc),
                        None => self.error("wildcard makes remaining patterns unreachable", p.loc),
                    };
                }
                self.store_capture(name.as_deref(), pc, p.loc)?;
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                pc.on_top += 1;
                self.emit_arg(Opcode::COPY, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc, p.loc)?;
            }
            PatternKind::MatchStar(name) => self.store_capture(name.as_deref(), pc, p.loc)?,
            PatternKind::MatchSequence(items) => self.sequence_pattern(p, items, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => self.mapping_pattern(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?
            }
            PatternKind::MatchOr(alts) => self.or_pattern(p, alts, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, p: &'a Pattern, items: &'a [Pattern], pc: &mut PatternCtx) -> R {
        let size = items.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, PatternKind::MatchStar(_)) {
                if star.is_some() {
                    return self.error("multiple starred names in sequence pattern", p.loc);
                }
                star_wildcard = is_star_wildcard(item);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(item);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        match star {
            None => {
                self.emit(Opcode::GET_LEN);
                self.load_const(Const::Int(size as i64));
                self.emit_arg(Opcode::COMPARE_OP, CompareArg::Eq as u32);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit_arg(Opcode::COMPARE_OP, CompareArg::Ge as u32);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP);
        } else if star_wildcard {
            self.sequence_by_index(items, star.unwrap_or(usize::MAX), pc)?;
        } else {
            match star {
                None => self.emit_arg(Opcode::UNPACK_SEQUENCE, size as u32),
                Some(s) => {
                    let after = size - s - 1;
                    if s >= 256 || after >= (1 << 23) {
                        return self.error("too many expressions in star-unpacking sequence pattern", p.loc);
                    }
                    self.emit_arg(Opcode::UNPACK_EX, (s | (after << 8)) as u32);
                }
            }
            pc.on_top += size;
            for item in items {
                pc.on_top -= 1;
                self.subpattern(item, pc)?;
            }
        }
        Ok(())
    }

    /// `[a, *_, b]`: index instead of unpacking (the middle may be long). Items after the
    /// star are fetched at `len - k`, since the subject need not accept negative indices.
    fn sequence_by_index(&mut self, items: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> R {
        let size = items.len();
        pc.on_top += 1;
        for (i, item) in items.iter().enumerate() {
            if is_wildcard(item) || i == star {
                continue;
            }
            self.emit_arg(Opcode::COPY, 1);
            if i < star {
                self.load_const(Const::Int(i as i64));
            } else {
                self.emit(Opcode::GET_LEN);
                self.load_const(Const::Int((size - i) as i64));
                self.emit_arg(Opcode::BINARY_OP, crate::bytecode::opcode::BinOpArg::Subtract as u32);
            }
            self.emit(Opcode::BINARY_SUBSCR);
            self.subpattern(item, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
    ) -> R {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN);
            self.load_const(Const::Int(size as i64));
            self.emit_arg(Opcode::COMPARE_OP, CompareArg::Ge as u32);
            self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            if let Some(c) = fold::fold_or_const(key) {
                if seen.iter().any(|s| same_key(s, &c)) {
                    let msg = format!("mapping pattern checks duplicate key ({})", key_repr(&c));
                    return self.error(&msg, p.loc);
                }
                seen.push(c);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return self.error("mapping pattern keys may only match literals and attribute lookups", p.loc);
            }
            self.expr(key)?;
        }
        self.emit_arg(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS);
        // Subject, keys tuple and values tuple (or None) are on the stack now.
        pc.on_top += 2;
        self.emit_arg(Opcode::COPY, 1);
        self.load_const(Const::None);
        self.emit_arg(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        self.emit_arg(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[k] for each matched key.
                self.emit_arg(Opcode::BUILD_MAP, 0);
                self.emit_arg(Opcode::SWAP, 3);
                self.emit_arg(Opcode::DICT_UPDATE, 2);
                self.emit_arg(Opcode::UNPACK_SEQUENCE, size as u32);
                let mut left = size;
                while left > 0 {
                    self.emit_arg(Opcode::COPY, (1 + left) as u32);
                    left -= 1;
                    self.emit_arg(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR);
                }
                self.store_capture(Some(name), pc, p.loc)?;
            }
            None => {
                self.emit(Opcode::POP_TOP);
                self.emit(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> R {
        let mut seen = HashSet::new();
        for (attr, sub) in kwd_attrs.iter().zip(kwd_patterns) {
            if attr == "__debug__" {
                return self.error("cannot assign to __debug__", sub.loc);
            }
            if !seen.insert(attr.as_str()) {
                return self.error(&format!("attribute name repeated in class pattern: {}", attr), sub.loc);
            }
        }
        self.expr(cls)?;
        let names: Vec<Const> = kwd_attrs.iter().map(|a| Const::Str(Rc::from(a.as_str()))).collect();
        self.load_const(Const::Tuple(Rc::from(names)));
        self.emit_arg(Opcode::MATCH_CLASS, patterns.len() as u32);
        self.emit_arg(Opcode::COPY, 1);
        self.load_const(Const::None);
        self.emit_arg(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        let total = patterns.len() + kwd_patterns.len();
        self.emit_arg(Opcode::UNPACK_SEQUENCE, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Opcode::POP_TOP);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternCtx) -> R {
        let end = self.new_block();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_irrefutable = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alts.len() && outer_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit_arg(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    if ctl.len() != pc.stores.len() || ctl.iter().any(|n| !pc.stores.contains(n)) {
                        return self.error("alternative patterns bind different names", pc.last_loc);
                    }
                    self.reorder_captures(&mut pc.stores, ctl);
                }
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_irrefutable;
        // No alternative matched: drop the subject and fail.
        self.emit(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, None);
        self.use_block(end);
        let control = control.unwrap_or_default();
        // Above the new captures: the subject, the working items, the earlier captures.
        let rots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rots);
            if pc.stores.contains(&name) {
                return self.error(&format!("multiple assignments to name '{}' in pattern", name), p.loc);
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP);
        Ok(())
    }

    /// Permutes the top `have.len()` stack items (have[0] on top) into the order of `want`,
    /// with swaps through the top of the stack.
    fn reorder_captures(&mut self, have: &mut [String], want: &[String]) {
        for k in 0..want.len() {
            let Some(j) = have.iter().position(|n| *n == want[k]) else { continue };
            if j == k {
                continue;
            }
            if k == 0 {
                self.emit_arg(Opcode::SWAP, (j + 1) as u32);
            } else {
                self.emit_arg(Opcode::SWAP, (k + 1) as u32);
                self.emit_arg(Opcode::SWAP, (j + 1) as u32);
                self.emit_arg(Opcode::SWAP, (k + 1) as u32);
            }
            have.swap(j, k);
        }
    }
}

/// Keys equal as Python values (`1`, `1.0` and `True` are one key).
fn same_key(a: &Const, b: &Const) -> bool {
    fn num(c: &Const) -> Option<f64> {
        match c {
            Const::Int(i) => Some(*i as f64),
            Const::Bool(b) => Some(f64::from(u8::from(*b))),
            Const::Float(f) => Some(*f),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn key_repr(c: &Const) -> String {
    crate::bytecode::dis::const_repr(c, &Default::default())
}
