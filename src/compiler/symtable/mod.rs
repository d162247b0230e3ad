//! The symbol table: one pass over the AST that records, for every scope, how each
//! name is used, then a second pass that resolves every name to a `Scope` (LEGB),
//! as CPython's Python/symtable.c does.

use std::collections::HashMap;

use indexmap::IndexMap;

mod analyze;
mod visit;

pub use visit::build;

use crate::ast::*;

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
/// Free in a method but also bound in the class body: the class needs LOAD_CLASSDEREF.
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    Function,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub name: String,
    pub typ: BlockType,
    pub symbols: IndexMap<String, Symbol>,
    /// Parameters in order (`.0` for a comprehension).
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub nested: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_comprehension: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// A method uses `super` or `__class__`: the class body creates a `__class__` cell.
    pub needs_class_closure: bool,
    /// Inside a comprehension's first iterator (walrus is forbidden there).
    comp_iter_expr: u32,
    /// The class name used to mangle `__private` names in this scope, if any.
    pub private: Option<String>,
    /// Where each `global` / `nonlocal` name was declared (for error locations).
    directives: HashMap<String, Loc>,
}

impl Block {
    fn new(name: &str, typ: BlockType, nested: bool, private: Option<String>) -> Block {
        Block {
            name: name.to_string(),
            typ,
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            nested,
            is_generator: false,
            is_coroutine: false,
            is_comprehension: false,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            comp_iter_expr: 0,
            private,
            directives: HashMap::new(),
        }
    }

    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }
}

/// All scopes of a module, found by the address of the AST node that opens them.
pub struct SymbolTable {
    pub blocks: Vec<Block>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn block_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// `__spam` inside `class Ham` is `_Ham__spam` (not dunder names, not dotted ones).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

/// Nesting (statements + expressions) past which CPython 3.11 reports RecursionError.
const MAX_DEPTH: u32 = 2993;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mangling_follows_cpython() {
        assert_eq!(mangle(Some("Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("_Ham"), "__spam"), "_Ham__spam");
        assert_eq!(mangle(Some("Ham"), "__init__"), "__init__");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
