//! The built-in representations a heap object can have.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::heap::ObjRef;
use super::strdata::PyStr;
use super::num::Int;
use super::table::{DictTable, SetTable};
use super::value::Value;
use crate::bytecode::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};

/// The uniform signature of every native function and method. Methods get `self` as
/// `args.args[0]`.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub enum Payload {
    /// A plain object: `object()` or an instance of a class with no built-in base.
    Instance,
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    /// Big ints, and every instance of an int subclass.
    Int(Int),
    /// Instances of float subclasses (exact floats are inline).
    Float(f64),
    Complex(f64, f64),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<DictTable<Value, Value>>),
    Set(RefCell<SetTable<Value>>),
    FrozenSet(SetTable<Value>),
    Range { start: i64, stop: i64, step: i64 },
    Slice(Value, Value, Value),
    Function(Box<Function>),
    Builtin(Builtin),
    BoundMethod { func: Value, self_: Value },
    Cell(RefCell<Option<Value>>),
    Code(Rc<CodeRt>),
    Module(RefCell<String>),
    Type(Box<TypeData>),
    Exception(Box<ExcData>),
    /// Inline, not boxed: GenData is 72 bytes, so a generator is one allocation.
    Generator(GenData),
    /// The awaitables of async generators: `asend()` / `__anext__()`, `athrow()`, `aclose()`.
    AsyncGenOp(super::generator::asyncgen::AsyncOp),
    Iter(RefCell<IterState>),
    Property { fget: Value, fset: Value, fdel: Value, doc: RefCell<Value> },
    ClassMethod(Value),
    StaticMethod(Value),
    Super { ty: ObjRef, obj: Value },
    /// One traceback entry: the frame's code and globals, the instruction that was running
    /// (`lasti`, an instruction index) and its line; `tb_frame` is built from them on demand.
    Traceback { code: Rc<CodeRt>, globals: ObjRef, lasti: u32, lineno: u32, next: RefCell<Value> },
    /// A frame object (`tb_frame`, `sys._getframe()`).
    Frame(Box<super::frame_object::FrameSnap>),
    /// A dict view: `keys()`, `values()`, `items()` (kind 0, 1, 2).
    DictView { dict: ObjRef, kind: u8 },
    /// sys.stdout / sys.stderr (fd 1 or 2).
    TextStream(i32),
    /// `weakref.ref` / `weakref.proxy` and subclasses (`objects/gc/weak.rs`).
    WeakRef(super::gc::weak::WeakData),
    /// A view of another object's bytes (`memoryview`).
    MemoryView(Box<super::memoryview::MemView>),
    /// `array.array` (`modules/array/`): typed items as native bytes.
    Array(Box<crate::modules::array::ArrayData>),
    /// A native attribute of a built-in type or a `__slots__` entry (`getset.rs`).
    GetSet(super::getset::GetSet),
    /// `_thread.lock` / `_thread.RLock` (shared with the threads that wait on it).
    ThreadLock(std::sync::Arc<crate::modules::thread::lock::LockCore>),
    NotImplemented,
    Ellipsis,
}

/// A code object with its constants and names turned into runtime values once.
pub struct CodeRt {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// co_names as interned strs.
    pub names: Vec<Value>,
    /// varnames as interned strs (keyword argument binding).
    pub varnames: Vec<Value>,
    pub ncells: usize,
}

pub struct Function {
    /// Settable (`__code__`); read it with `code()` or a short borrow.
    pub code: RefCell<Rc<CodeRt>>,
    pub globals: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<ObjRef>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: Option<ObjRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
}

impl Function {
    pub fn code(&self) -> Rc<CodeRt> {
        self.code.borrow().clone()
    }

    /// The cells of the closure tuple (`cellvars` of the enclosing scope), in order.
    pub fn closure_cells(&self) -> impl Iterator<Item = ObjRef> + '_ {
        let items: &[Value] = match self.closure.as_ref().map(|c| &c.payload) {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        };
        items.iter().filter_map(|c| c.as_obj().cloned())
    }
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver (`[].append`, `sys.stdout.write`); prepended to the arguments.
    pub self_: Option<Value>,
    /// In a type's namespace: a method descriptor that binds to instances.
    pub is_method: bool,
    /// In a type's namespace: a class method (binds the class), e.g. `dict.fromkeys`.
    pub is_classmethod: bool,
}

/// Type flags.
pub mod tflags {
    pub const HEAPTYPE: u32 = 1;
    pub const BASETYPE: u32 = 2;
    pub const HAS_DEL: u32 = 4;
    pub const HAS_GETATTR: u32 = 8;
    /// Some class in the MRO is a user class: dunders must be looked up, not assumed.
    pub const HAS_DICT: u32 = 16;
    /// A native type whose namespace dunders implement its protocols (len, getitem, hash,
    /// repr, comparisons...): the protocol fallbacks for unknown payloads call them.
    pub const NATIVE_PROTO: u32 = 32;
    /// Instances have no `__dict__` (every class in the MRO has `__slots__`).
    pub const NO_DICT: u32 = 64;
    /// Some class in the MRO defines `__setattr__` (object's own does not count).
    pub const HAS_SETATTR: u32 = 128;
    /// Only the interpreter makes instances (iterators, frames, descriptors...).
    pub const NO_NEW: u32 = 256;
}

/// The built-in layout instances of a type (and its subclasses) carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Other,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    pub flags: Cell<u32>,
    pub layout: Layout,
    /// The class namespace (`__dict__`), keyed by str.
    pub ns: RefCell<DictTable<Value, Value>>,
}

pub struct ExcData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Per-class fields kept outside `__dict__`: OSError's errno, strerror, filename,
    /// filename2 (empty until set); ExceptionGroup's message and exceptions.
    pub extra: RefCell<Vec<Value>>,
}

pub struct GenData {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub kind: super::generator::Kind,
    /// `__name__`/`__qualname__` when they differ from the code object's (a renamed
    /// function); None in the common case, so the generator stays small.
    pub extra: RefCell<Option<Box<super::generator::GenExtra>>>,
    /// The code object (`gi_code` outlives the frame).
    pub code: Rc<CodeRt>,
    /// While suspended: the exception the generator is handling (None if none). While
    /// running: the caller's handled exception, restored at the next yield. Never both.
    pub exc: RefCell<Value>,
}

pub enum IterState {
    /// list, tuple, str, bytes by index.
    Seq { seq: Value, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// dict keys/values/items (kind 0/1/2) and sets (kind 0) by table position.
    Table { obj: ObjRef, pos: usize, kind: u8, len: usize },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    Reversed { seq: Value, index: isize },
    /// The old `__getitem__` protocol.
    GetItem { obj: Value, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    Exhausted,
}
