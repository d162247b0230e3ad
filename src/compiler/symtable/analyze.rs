//! Second pass: resolve every recorded name to a `Scope` (CPython's analyze_block).

use std::collections::HashSet;

use super::{BlockType, Scope, Symbol, SymbolTable, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL};
use crate::compiler::error::CompileError;

pub(super) fn analyze(table: &mut SymbolTable) -> Result<(), CompileError> {
    let bound = HashSet::new();
    let global = HashSet::new();
    analyze_block(table, 0, &bound, &global)?;
    Ok(())
}

/// Returns the names free in this block (to be resolved by its parents).
fn analyze_block(
    table: &mut SymbolTable,
    idx: usize,
    bound: &HashSet<String>,
    global: &HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let typ = table.blocks[idx].typ;
    let mut local = HashSet::new();
    let mut free = HashSet::new();
    let mut global = global.clone();
    let mut bound = bound.clone();
    let names: Vec<(String, u32)> =
        table.blocks[idx].symbols.iter().map(|(k, v)| (k.clone(), v.flags)).collect();
    for (name, flags) in &names {
        let scope = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let loc = table.blocks[idx].directives.get(name).copied().unwrap_or_default();
                return Err(CompileError::syntax(format!("name '{}' is nonlocal and global", name), loc));
            }
            global.insert(name.clone());
            bound.remove(name);
            Scope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                let loc = table.blocks[idx].directives.get(name).copied().unwrap_or_default();
                return Err(CompileError::syntax(format!("no binding for nonlocal '{}' found", name), loc));
            }
            free.insert(name.clone());
            Scope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            Scope::Local
        } else if bound.contains(name) {
            free.insert(name.clone());
            Scope::Free
        } else if global.contains(name) {
            Scope::GlobalImplicit
        } else {
            Scope::GlobalImplicit
        };
        if let Some(sym) = table.blocks[idx].symbols.get_mut(name) {
            sym.scope = scope;
        }
    }
    let (new_bound, new_global) = match typ {
        BlockType::Module => (HashSet::new(), global.clone()),
        BlockType::Function => {
            let mut nb = bound.clone();
            nb.extend(local.iter().cloned());
            (nb, global.clone())
        }
        BlockType::Class => {
            let mut nb = bound.clone();
            nb.insert("__class__".to_string());
            (nb, global.clone())
        }
    };
    let mut child_free = HashSet::new();
    let children = table.blocks[idx].children.clone();
    for c in children {
        let f = analyze_block(table, c, &new_bound, &new_global)?;
        child_free.extend(f);
    }
    match typ {
        BlockType::Function => {
            // Locals captured by children become cells.
            for name in &local {
                if child_free.remove(name) {
                    if let Some(sym) = table.blocks[idx].symbols.get_mut(name) {
                        sym.scope = Scope::Cell;
                    }
                }
            }
        }
        BlockType::Class => {
            if child_free.remove("__class__") {
                table.blocks[idx].needs_class_closure = true;
            }
        }
        BlockType::Module => {}
    }
    // Free names of children not resolved here pass through this block.
    let mut sorted: Vec<String> = child_free.iter().cloned().collect();
    sorted.sort();
    for name in sorted {
        let block = &mut table.blocks[idx];
        if let Some(sym) = block.symbols.get_mut(&name) {
            if typ == BlockType::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.contains(&name) {
            block.symbols.insert(name.clone(), Symbol { flags: 0, scope: Scope::Free });
        }
    }
    free.extend(child_free);
    Ok(free)
}

