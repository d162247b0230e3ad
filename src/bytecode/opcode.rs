//! The one definition of minipy's instruction set. The compiler emits these, the
//! disassembler names them, the marshaller stores them and the VM executes them.
//!
//! Names and stack effects follow CPython 3.11's `dis` documentation wherever the
//! meaning is the same. The deliberate differences (all of them) are:
//! * No CACHE entries, no PRECALL, no MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR:
//!   the VM creates cells and copies free variables when it builds a frame, and calling
//!   a code object flagged GENERATOR / COROUTINE / ASYNC_GENERATOR makes the generator.
//!   A generator frame starts at instruction 0 with nothing pushed; every later resume
//!   pushes the sent value (the result of YIELD_VALUE / SEND).
//! * Jump arguments are absolute instruction indices (not relative byte offsets).
//!   JUMP_BACKWARD is the one backward jump and the point where the eval breaker is
//!   checked (GIL hand-off, signals). The disassembler prints targets as `to 2*index`.
//! * LOAD_DEREF / STORE_DEREF / DELETE_DEREF / LOAD_CLOSURE / LOAD_CLASSDEREF index the
//!   concatenation `cellvars ++ freevars` (not `localsplus`).
//! * FOR_ITER on exhaustion pops the iterator and jumps to its target (3.11 behaviour).

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $num:literal, )*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[$doc])* $name = $num, )*
        }

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$( Opcode::$name, )*];

            pub fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                }
            }

            pub fn from_u8(b: u8) -> Option<Opcode> {
                match b {
                    $( $num => Some(Opcode::$name), )*
                    _ => None,
                }
            }
        }
    };
}

opcodes! {
    // --- stack manipulation ---
    NOP = 0,
    POP_TOP = 1,
    PUSH_NULL = 2,
    /// Push a copy of the i-th item (1 = TOS).
    COPY = 3,
    /// Swap TOS with the i-th item.
    SWAP = 4,
    RESUME = 5,

    // --- unary ---
    UNARY_POSITIVE = 10,
    UNARY_NEGATIVE = 11,
    UNARY_NOT = 12,
    UNARY_INVERT = 13,

    // --- binary / compare (arg: see BinOpArg / CompareArg) ---
    BINARY_OP = 20,
    BINARY_SUBSCR = 21,
    STORE_SUBSCR = 22,
    DELETE_SUBSCR = 23,
    COMPARE_OP = 24,
    /// arg 1 means `is not`.
    IS_OP = 25,
    /// arg 1 means `not in`.
    CONTAINS_OP = 26,

    // --- constants and names ---
    LOAD_CONST = 30,
    LOAD_NAME = 31,
    STORE_NAME = 32,
    DELETE_NAME = 33,
    /// arg = (namei << 1) | push_null: when the low bit is set, NULL is pushed before the global.
    LOAD_GLOBAL = 34,
    STORE_GLOBAL = 35,
    DELETE_GLOBAL = 36,
    LOAD_FAST = 37,
    STORE_FAST = 38,
    DELETE_FAST = 39,
    LOAD_DEREF = 40,
    STORE_DEREF = 41,
    DELETE_DEREF = 42,
    LOAD_CLOSURE = 43,
    /// In a class body: look the name up in the class namespace first, then the cell.
    LOAD_CLASSDEREF = 44,
    LOAD_ATTR = 45,
    STORE_ATTR = 46,
    DELETE_ATTR = 47,
    /// Pops obj; pushes (unbound method, obj) when the attribute is a plain method
    /// found on the type, else (NULL, attribute). CALL understands both.
    LOAD_METHOD = 48,
    LOAD_ASSERTION_ERROR = 49,
    LOAD_BUILD_CLASS = 50,
    SETUP_ANNOTATIONS = 51,

    // --- building ---
    BUILD_TUPLE = 60,
    BUILD_LIST = 61,
    BUILD_SET = 62,
    /// arg pairs key, value (keys pushed first in each pair).
    BUILD_MAP = 63,
    /// TOS is a tuple of keys; below it arg values.
    BUILD_CONST_KEY_MAP = 64,
    BUILD_STRING = 65,
    /// arg 2 or 3: slice(lo, hi[, step]).
    BUILD_SLICE = 66,
    LIST_APPEND = 67,
    SET_ADD = 68,
    /// Pops value then key (3.8+ order: key pushed first), adds to the dict at STACK[-arg].
    MAP_ADD = 69,
    LIST_EXTEND = 70,
    SET_UPDATE = 71,
    DICT_UPDATE = 72,
    /// As DICT_UPDATE but raises on duplicate keys (for `f(**a, **b)`).
    DICT_MERGE = 73,
    LIST_TO_TUPLE = 74,
    UNPACK_SEQUENCE = 75,
    /// arg = count_before | (count_after << 8).
    UNPACK_EX = 76,
    /// arg: low two bits conversion (0 none, 1 str, 2 repr, 3 ascii); 0x4 = a format spec is on the stack.
    FORMAT_VALUE = 77,
    GET_LEN = 78,

    // --- control flow (absolute instruction-index targets) ---
    JUMP_FORWARD = 80,
    JUMP_BACKWARD = 81,
    POP_JUMP_IF_FALSE = 82,
    POP_JUMP_IF_TRUE = 83,
    POP_JUMP_IF_NONE = 84,
    POP_JUMP_IF_NOT_NONE = 85,
    JUMP_IF_FALSE_OR_POP = 86,
    JUMP_IF_TRUE_OR_POP = 87,
    GET_ITER = 88,
    FOR_ITER = 89,

    // --- calls and functions ---
    /// Stack: NULL|method, callable|self, args... ; arg = number of args (excluding self).
    CALL = 90,
    /// Set the keyword names tuple (constant index) used by the next CALL.
    KW_NAMES = 91,
    /// Stack: NULL, callable, args tuple[, kwargs dict if arg & 1].
    CALL_FUNCTION_EX = 92,
    /// arg flags: 0x01 defaults tuple, 0x02 kw-defaults dict, 0x04 annotations, 0x08 closure tuple; code on top.
    MAKE_FUNCTION = 93,
    RETURN_VALUE = 94,

    // --- generators and coroutines ---
    YIELD_VALUE = 100,
    /// Stack: receiver, value. `STACK[-1] = receiver.send(value)` (next() when value is None
    /// and the receiver is not a generator); when the receiver returns/raises StopIteration,
    /// pops both, pushes the return value and jumps to the target (3.11 SEND).
    SEND = 101,
    GET_YIELD_FROM_ITER = 102,
    /// arg 0 plain await, 1 after __aenter__, 2 after __aexit__ (used only in messages).
    GET_AWAITABLE = 103,
    GET_AITER = 104,
    GET_ANEXT = 105,
    END_ASYNC_FOR = 106,
    BEFORE_ASYNC_WITH = 107,
    ASYNC_GEN_WRAP = 108,

    // --- exceptions and with ---
    /// arg 0: re-raise the current exception; 1: raise TOS; 2: raise TOS1 from TOS.
    RAISE_VARARGS = 110,
    /// Re-raise TOS; if arg != 0, first set f_lasti from the value under it.
    RERAISE = 111,
    /// Pop exc; push the previous "current exception" (or None), then exc; exc becomes current.
    PUSH_EXC_INFO = 112,
    /// Pop the saved previous exception and restore it as current.
    POP_EXCEPT = 113,
    /// TOS is the type(s) to match, TOS1 the exception: pop TOS, push bool.
    CHECK_EXC_MATCH = 114,
    /// Pops context manager; pushes bound __exit__, then the result of __enter__().
    BEFORE_WITH = 115,
    /// Calls the __exit__ at STACK[-4] with (type, val, tb) of the exception at TOS; pushes result.
    WITH_EXCEPT_START = 116,
    /// `except*`: TOS is the type(s) to match, TOS1 the exception (group). Pops TOS; leaves
    /// the unmatched rest as TOS1 and pushes the matched part, or pushes None on no match.
    CHECK_EG_MATCH = 117,
    /// Stack: the original exception, a list of exceptions raised by `except*` handlers.
    /// Pops both; pushes the exception group to re-raise (or None).
    PREP_RERAISE_STAR = 118,

    // --- structural pattern matching (PEP 634) ---
    /// Push whether TOS is a mapping (dict, or registered with collections.abc.Mapping).
    MATCH_MAPPING = 130,
    /// Push whether TOS is a sequence (not str/bytes/bytearray).
    MATCH_SEQUENCE = 131,
    /// TOS is a tuple of keys, TOS1 the subject: push a tuple of the values, or None.
    MATCH_KEYS = 132,
    /// Stack: subject, class, keyword-attribute names tuple; arg = positional count.
    /// Pops all three; pushes a tuple of the extracted attributes, or None.
    MATCH_CLASS = 133,

    // --- imports ---
    /// Stack: level, fromlist -> module.
    IMPORT_NAME = 120,
    IMPORT_FROM = 121,
    IMPORT_STAR = 122,

    // --- interactive ---
    /// Calls sys.displayhook on TOS (interactive mode expression statements).
    PRINT_EXPR = 125,
}

/// BINARY_OP arguments, numbered as CPython's NB_* constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpArg {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// Add this to a BinOpArg for the in-place form (`+=` is 13).
pub const BINOP_INPLACE: u32 = 13;

impl BinOpArg {
    pub fn from_arg(arg: u32) -> Option<(BinOpArg, bool)> {
        let (base, inplace) = if arg >= BINOP_INPLACE { (arg - BINOP_INPLACE, true) } else { (arg, false) };
        let op = match base {
            0 => BinOpArg::Add,
            1 => BinOpArg::And,
            2 => BinOpArg::FloorDivide,
            3 => BinOpArg::LShift,
            4 => BinOpArg::MatrixMultiply,
            5 => BinOpArg::Multiply,
            6 => BinOpArg::Remainder,
            7 => BinOpArg::Or,
            8 => BinOpArg::Power,
            9 => BinOpArg::RShift,
            10 => BinOpArg::Subtract,
            11 => BinOpArg::TrueDivide,
            12 => BinOpArg::Xor,
            _ => return None,
        };
        Some((op, inplace))
    }

    /// The operator as `dis` shows it: `+`, `+=`, `**` ...
    pub fn symbol(self, inplace: bool) -> &'static str {
        let (plain, aug) = match self {
            BinOpArg::Add => ("+", "+="),
            BinOpArg::And => ("&", "&="),
            BinOpArg::FloorDivide => ("//", "//="),
            BinOpArg::LShift => ("<<", "<<="),
            BinOpArg::MatrixMultiply => ("@", "@="),
            BinOpArg::Multiply => ("*", "*="),
            BinOpArg::Remainder => ("%", "%="),
            BinOpArg::Or => ("|", "|="),
            BinOpArg::Power => ("**", "**="),
            BinOpArg::RShift => (">>", ">>="),
            BinOpArg::Subtract => ("-", "-="),
            BinOpArg::TrueDivide => ("/", "/="),
            BinOpArg::Xor => ("^", "^="),
        };
        if inplace { aug } else { plain }
    }
}

/// COMPARE_OP arguments, in CPython's `dis.cmp_op` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareArg {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareArg {
    pub fn from_arg(arg: u32) -> Option<CompareArg> {
        Some(match arg {
            0 => CompareArg::Lt,
            1 => CompareArg::Le,
            2 => CompareArg::Eq,
            3 => CompareArg::Ne,
            4 => CompareArg::Gt,
            5 => CompareArg::Ge,
            _ => return None,
        })
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
}

/// MAKE_FUNCTION flag bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// FORMAT_VALUE flag bits.
pub mod format_value {
    pub const CONV_MASK: u32 = 0x3;
    pub const CONV_NONE: u32 = 0x0;
    pub const CONV_STR: u32 = 0x1;
    pub const CONV_REPR: u32 = 0x2;
    pub const CONV_ASCII: u32 = 0x3;
    pub const HAVE_SPEC: u32 = 0x4;
}

impl Opcode {
    /// True for instructions whose argument is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
                | Opcode::JUMP_IF_FALSE_OR_POP
                | Opcode::JUMP_IF_TRUE_OR_POP
                | Opcode::FOR_ITER
                | Opcode::SEND
        )
    }

    /// True when the argument is meaningful (printed by `dis`).
    pub fn has_arg(self) -> bool {
        !matches!(
            self,
            Opcode::NOP
                | Opcode::POP_TOP
                | Opcode::PUSH_NULL
                | Opcode::UNARY_POSITIVE
                | Opcode::UNARY_NEGATIVE
                | Opcode::UNARY_NOT
                | Opcode::UNARY_INVERT
                | Opcode::BINARY_SUBSCR
                | Opcode::STORE_SUBSCR
                | Opcode::DELETE_SUBSCR
                | Opcode::LOAD_ASSERTION_ERROR
                | Opcode::LOAD_BUILD_CLASS
                | Opcode::SETUP_ANNOTATIONS
                | Opcode::LIST_TO_TUPLE
                | Opcode::GET_LEN
                | Opcode::MATCH_MAPPING
                | Opcode::MATCH_SEQUENCE
                | Opcode::MATCH_KEYS
                | Opcode::CHECK_EG_MATCH
                | Opcode::PREP_RERAISE_STAR
                | Opcode::GET_ITER
                | Opcode::RETURN_VALUE
                | Opcode::YIELD_VALUE
                | Opcode::GET_YIELD_FROM_ITER
                | Opcode::GET_AITER
                | Opcode::GET_ANEXT
                | Opcode::END_ASYNC_FOR
                | Opcode::BEFORE_ASYNC_WITH
                | Opcode::ASYNC_GEN_WRAP
                | Opcode::PUSH_EXC_INFO
                | Opcode::POP_EXCEPT
                | Opcode::CHECK_EXC_MATCH
                | Opcode::BEFORE_WITH
                | Opcode::WITH_EXCEPT_START
                | Opcode::IMPORT_STAR
                | Opcode::PRINT_EXPR
        )
    }
}

/// One instruction: 8 bytes, decoded once by the compiler, never re-decoded at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Opcode, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
    }

    #[test]
    fn instr_is_small() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }
}
