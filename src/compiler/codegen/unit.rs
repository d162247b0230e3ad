//! One code object under construction: its basic blocks, constants and name tables.

use indexmap::IndexSet;

use crate::ast::Loc;
use crate::bytecode::{Const, Opcode};

/// An operation as emitted: a real opcode or one of CPython's pseudo-instructions,
/// which the assembler turns into the exception table and NOPs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    /// Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD.
    Jump,
    /// Protect what follows with a handler at the target (pushes the exception).
    SetupFinally,
    /// As SetupFinally, also pushing the offset of the raising instruction.
    SetupCleanup,
    /// As SetupCleanup, for `with` (the handler sees `__exit__` under lasti).
    SetupWith,
    PopBlock,
}

pub type BlockId = usize;

#[derive(Clone, Debug)]
pub struct PInstr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<BlockId>,
    /// None: artificial, takes its line from the surrounding code (CPython's NO_LOCATION).
    pub loc: Option<Loc>,
}

impl PInstr {
    pub fn is_jump(&self) -> bool {
        match self.op {
            Op::Jump => true,
            Op::Real(op) => op.is_jump(),
            _ => false,
        }
    }

    pub fn is_block_push(&self) -> bool {
        matches!(self.op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    pub fn is_unconditional_jump(&self) -> bool {
        matches!(self.op, Op::Jump | Op::Real(Opcode::JUMP_FORWARD) | Op::Real(Opcode::JUMP_BACKWARD))
    }

    /// Control never continues to the next instruction.
    pub fn is_terminator(&self) -> bool {
        self.is_unconditional_jump() || self.exits_scope()
    }

    pub fn exits_scope(&self) -> bool {
        matches!(
            self.op,
            Op::Real(Opcode::RETURN_VALUE) | Op::Real(Opcode::RERAISE) | Op::Real(Opcode::RAISE_VARARGS)
        )
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<PInstr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// What `break`, `continue` and `return` must unwind (CPython's fblockinfo).
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    WhileLoop { start: BlockId, exit: BlockId },
    ForLoop { start: BlockId, exit: BlockId },
    TryExcept,
    FinallyTry { body: &'a [crate::ast::Stmt] },
    FinallyEnd,
    With { loc: Loc },
    AsyncWith { loc: Loc },
    /// An `except` body; `name` is the `as` target to clear.
    HandlerCleanup { name: Option<String> },
    PopValue,
    ExceptionHandler,
    /// The handlers of `try ... except*`: break/continue/return may not leave them.
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

pub struct Unit<'a> {
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    /// Index of this scope in the symbol table.
    pub scope: usize,
    pub blocks: Vec<Block>,
    /// Layout order of blocks.
    pub order: Vec<BlockId>,
    pub cur: BlockId,
    pub consts: Vec<Const>,
    pub names: IndexSet<String>,
    pub varnames: IndexSet<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub flags: u32,
    pub fblocks: Vec<FBlock<'a>>,
    /// Location given to emitted instructions (None: artificial).
    pub loc: Option<Loc>,
    pub private: Option<String>,
    /// Nested comprehension code objects count here too (for `qualname`).
    pub in_async_comprehension: bool,
    /// An `async def` body (where `await`, `async for` and `async with` are allowed).
    pub is_async_def: bool,
    /// The current block ends with a jump or exit.
    cur_ended: bool,
}

impl<'a> Unit<'a> {
    pub fn new(kind: UnitKind, name: &str, qualname: String, scope: usize, firstlineno: u32) -> Unit<'a> {
        Unit {
            kind,
            name: name.to_string(),
            qualname,
            scope,
            blocks: vec![Block::default()],
            order: vec![0],
            cur: 0,
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames: IndexSet::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            flags: 0,
            fblocks: Vec::new(),
            loc: None,
            private: None,
            in_async_comprehension: false,
            is_async_def: false,
            cur_ended: false,
        }
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Make `b` the current block, laid out after the current one.
    pub fn use_next_block(&mut self, b: BlockId) {
        if !self.order.contains(&b) {
            self.order.push(b);
        }
        self.cur = b;
        self.cur_ended = false;
    }

    pub fn emit(&mut self, op: Op, arg: u32, target: Option<BlockId>) {
        let loc = self.loc;
        // A jump or exit ends its basic block: what follows starts a new one.
        if self.cur_ended {
            let b = self.new_block();
            self.use_next_block(b);
        }
        let cur = self.cur;
        let ins = PInstr { op, arg, target, loc };
        self.cur_ended = ins.is_jump() || ins.exits_scope();
        self.blocks[cur].instrs.push(ins);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| *x == c) {
            return i as u32;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as u32
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        self.names.insert_full(name.to_string()).0 as u32
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        self.varnames.insert_full(name.to_string()).0 as u32
    }

    /// Index into `cellvars ++ freevars`.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars.iter().position(|c| c == name).map(|i| (i + self.cellvars.len()) as u32)
    }
}
