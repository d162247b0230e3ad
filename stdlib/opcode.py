"""The instruction set as tables, read from the interpreter's own definition
(src/bytecode/opcode.rs): minipy's opcodes differ from CPython's in number and in
meaning where that file says so. Jumps take absolute instruction indices, so every
jump is in `hasjabs` (target offset = 2 * arg) and `hasjrel` is empty."""

import _minipy_dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []   # CPython 3.11 has none either

opmap = {}
opname = ['<%r>' % (op,) for op in range(256)]

# CPython's values; minipy encodes no EXTENDED_ARG (arguments are 32-bit) and its
# argument-taking opcodes are not the ones numbered from HAVE_ARGUMENT up.
HAVE_ARGUMENT = 90
EXTENDED_ARG = 144

_has_arg = set()
_kinds = {'const': hasconst, 'name': hasname, 'local': haslocal, 'free': hasfree,
          'compare': hascompare, 'jump': hasjabs}
for _name, _op, _arg, _jump, _kind in _minipy_dis.opcodes():
    opname[_op] = _name
    opmap[_name] = _op
    if _arg:
        _has_arg.add(_op)
    if _kind:
        _kinds[_kind].append(_op)
del _name, _op, _arg, _jump, _kind, _kinds


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """Compute the stack effect of the opcode."""
    return _minipy_dis.stack_effect(opcode, oparg, jump)


_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"),
    ("NB_OR", "|"), ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="), ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="), ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="), ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="), ("NB_INPLACE_RSHIFT", ">>="), ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="),
]

# minipy has no inline caches and no specialised instructions
_inline_cache_entries = [0] * 256
_specializations = {}
_specialized_instructions = []
