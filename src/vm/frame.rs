//! Frames: one activation of a code object. Boxed, so they never move once created.

use std::rc::Rc;

use crate::objects::heap::ObjRef;
use crate::objects::payload::CodeRt;
use crate::objects::value::Value;

// A suspended generator keeps its frame: keep it within a 160-byte allocation.
const _: () = assert!(std::mem::size_of::<Frame>() <= 152);

/// How a frame's result reaches whoever started it.
pub enum Resume {
    /// An ordinary call from the eval loop: push the return value on the caller's stack.
    Call,
    /// The bottom frame of a native entry into the loop: return the value to Rust.
    Native,
    /// A generator resumed by FOR_ITER in the caller (`target` = the loop's exit).
    GenForIter { gn: ObjRef, target: u32 },
    /// A generator resumed by SEND in the caller.
    GenSend { gn: ObjRef, target: u32 },
    /// A generator resumed natively (next(), send()): yield returns to Rust.
    GenNative { gn: ObjRef },
}

pub struct Frame {
    pub code: Rc<CodeRt>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index of the instruction being executed (tracebacks, exception table).
    pub lasti: usize,
    pub stack: Vec<Option<Value>>,
    pub locals: Vec<Option<Value>>,
    /// Cells for cellvars ++ freevars.
    pub cells: Vec<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// Name namespace of module and class bodies (LOAD_NAME / STORE_NAME).
    pub ns: Option<ObjRef>,
    /// KW_NAMES: the index in `code.consts` of the keyword names of the next CALL.
    pub kw_names: Option<u32>,
    pub resume: Resume,
}

impl Frame {
    pub fn new(code: Rc<CodeRt>, globals: ObjRef, ns: Option<ObjRef>, cells: Vec<ObjRef>) -> Frame {
        let nlocals = code.code.varnames.len();
        let builtins = crate::vm::gil::interp().builtins.dict.clone().unwrap_or_else(|| globals.clone());
        Frame {
            stack: Vec::with_capacity(code.code.stacksize as usize),
            locals: vec![None; nlocals],
            code,
            pc: 0,
            lasti: 0,
            cells,
            globals,
            builtins,
            ns,
            kw_names: None,
            resume: Resume::Native,
        }
    }

    /// Reuse a pooled frame for a new activation (keeps the Vecs' capacity).
    pub fn reset(&mut self, code: Rc<CodeRt>, globals: ObjRef, ns: Option<ObjRef>, cells: Vec<ObjRef>) {
        let nlocals = code.code.varnames.len();
        self.stack.clear();
        self.stack.reserve(code.code.stacksize as usize);
        self.locals.clear();
        self.locals.resize(nlocals, None);
        self.code = code;
        self.pc = 0;
        self.lasti = 0;
        self.cells = cells;
        self.globals = globals;
        self.ns = ns;
        self.kw_names = None;
        self.resume = Resume::Native;
    }

    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.lasti)
    }
}
