//! How each instruction changes the value-stack depth (CPython's `stack_effect`).

use super::unit::Op;
use crate::bytecode::Opcode;

/// The depth change of `op` with argument `arg`; `jump` selects the effect along the
/// jump edge for branching instructions (and the handler edge for SETUP_*).
pub fn stack_effect(op: Op, arg: u32, jump: bool) -> i32 {
    let arg_i = arg as i32;
    let op = match op {
        Op::Real(op) => op,
        Op::Jump | Op::PopBlock => return 0,
        Op::SetupFinally | Op::SetupWith => return if jump { 1 } else { 0 },
        Op::SetupCleanup => return if jump { 2 } else { 0 },
    };
    use Opcode::*;
    match op {
        NOP | SWAP | RESUME | UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT => 0,
        POP_TOP => -1,
        PUSH_NULL | COPY => 1,
        BINARY_OP | BINARY_SUBSCR | COMPARE_OP | IS_OP | CONTAINS_OP => -1,
        STORE_SUBSCR => -3,
        DELETE_SUBSCR => -2,
        LOAD_CONST | LOAD_NAME | LOAD_FAST | LOAD_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF => 1,
        LOAD_GLOBAL => 1 + (arg_i & 1),
        STORE_NAME | STORE_GLOBAL | STORE_FAST | STORE_DEREF => -1,
        DELETE_NAME | DELETE_GLOBAL | DELETE_FAST | DELETE_DEREF => 0,
        LOAD_ATTR => 0,
        STORE_ATTR => -2,
        DELETE_ATTR => -1,
        LOAD_METHOD => 1,
        LOAD_ASSERTION_ERROR | LOAD_BUILD_CLASS => 1,
        SETUP_ANNOTATIONS => 0,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - arg_i,
        BUILD_MAP => 1 - 2 * arg_i,
        BUILD_CONST_KEY_MAP => -arg_i,
        BUILD_SLICE => 1 - arg_i,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => -1,
        MAP_ADD => -2,
        LIST_TO_TUPLE => 0,
        UNPACK_SEQUENCE => arg_i - 1,
        UNPACK_EX => (arg_i & 0xff) + (arg_i >> 8),
        FORMAT_VALUE => {
            if arg & 0x4 != 0 {
                -1
            } else {
                0
            }
        }
        GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS => 1,
        MATCH_CLASS => -2,
        JUMP_FORWARD | JUMP_BACKWARD => 0,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => -1,
        JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
            if jump {
                0
            } else {
                -1
            }
        }
        GET_ITER => 0,
        FOR_ITER => {
            if jump {
                -1
            } else {
                1
            }
        }
        CALL => -arg_i - 1,
        KW_NAMES => 0,
        CALL_FUNCTION_EX => -2 - (arg_i & 1),
        MAKE_FUNCTION => -((arg & 0xf).count_ones() as i32),
        RETURN_VALUE => -1,
        YIELD_VALUE => 0,
        SEND => {
            if jump {
                -1
            } else {
                0
            }
        }
        GET_YIELD_FROM_ITER | GET_AWAITABLE | GET_AITER | ASYNC_GEN_WRAP => 0,
        GET_ANEXT => 1,
        END_ASYNC_FOR => -2,
        BEFORE_ASYNC_WITH | BEFORE_WITH => 1,
        RAISE_VARARGS => -arg_i,
        RERAISE => -1,
        PUSH_EXC_INFO => 1,
        POP_EXCEPT => -1,
        CHECK_EXC_MATCH | CHECK_EG_MATCH => 0,
        PREP_RERAISE_STAR => -1,
        WITH_EXCEPT_START => 1,
        IMPORT_NAME => -1,
        IMPORT_FROM => 1,
        IMPORT_STAR | PRINT_EXPR => -1,
    }
}
