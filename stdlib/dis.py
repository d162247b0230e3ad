"""Disassembler of minipy bytecode, in CPython 3.11's `dis` layout. The instructions are
minipy's own (see the `opcode` module); offsets are 2 * instruction index."""

import sys
import types
import collections
import io

import _minipy_dis
from opcode import *
from opcode import __all__ as _opcodes_all, _nb_ops, _has_arg

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']

CACHE = 0   # minipy has no CACHE entries; NOP's number stands in
UNKNOWN = '<unknown>'

specialized = {}
spec_op = None
deoptmap = {}

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _try_compile(source, name):
    """An expression compiles in eval mode, anything else in exec mode."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and source
    strings; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last one)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


def _get_code_object(x):
    """The code object behind x (method, function, generator, code or source)."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    for title, items, fmt in (("Constants:", co.co_consts, "%4d: %r"),
                              ("Names:", co.co_names, "%4d: %s"),
                              ("Variable names:", co.co_varnames, "%4d: %s"),
                              ("Free variables:", co.co_freevars, "%4d: %s"),
                              ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title)
            for pair in enumerate(items):
                lines.append(fmt % pair)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file* (default stdout)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4,
)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None],
)

_FIELD_DOCS = {
    'opname': "Human readable name for operation",
    'opcode': "Numeric code for operation",
    'arg': "Numeric argument to operation (if any), otherwise None",
    'argval': "Resolved arg value (if known), otherwise same as arg",
    'argrepr': "Human readable description of operation argument",
    'offset': "Start index of operation within bytecode sequence",
    'starts_line': "Line started by this opcode (if any), otherwise None",
    'is_jump_target': "True if other code jumps to here, otherwise False",
    'positions': "dis.Positions object holding the span of source code covered by this instruction",
}
for _f, _d in _FIELD_DOCS.items():
    try:
        getattr(_Instruction, _f).__doc__ = _d
    except AttributeError:
        pass   # minipy's namedtuple fields are properties with a fixed doc
del _f, _d, _FIELD_DOCS

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry",
                                              "start end target depth lasti")


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of output: line number, current marker, jump-target marker, offset,
        name, argument and its description."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _argval(co, op, arg):
    if arg is None:
        return None
    if op in hasconst:
        consts = co.co_consts
        return consts[arg] if 0 <= arg < len(consts) else UNKNOWN
    if op in hasname:
        names = co.co_names
        i = arg >> 1 if op == LOAD_GLOBAL else arg
        return names[i] if 0 <= i < len(names) else UNKNOWN
    if op in hasjabs:
        return arg * 2
    if op in haslocal:
        return co.co_varnames[arg] if 0 <= arg < len(co.co_varnames) else UNKNOWN
    if op in hasfree:
        cells = co.co_cellvars + co.co_freevars
        return cells[arg] if 0 <= arg < len(cells) else UNKNOWN
    if op in hascompare:
        return cmp_op[arg] if 0 <= arg < len(cmp_op) else arg
    if op == FORMAT_VALUE:
        return (FORMAT_VALUE_CONVERTERS[arg & 0x3][0], bool(arg & 0x4))
    return arg


def _instructions(co, line_offset=0):
    for i, (op, arg, argrepr, starts, target, l, el, c, ec) in \
            enumerate(_minipy_dis.instructions(co)):
        if starts is not None:
            starts += line_offset
        argval = _argval(co, op, arg)
        if op == LOAD_CONST and argval is not UNKNOWN:
            argrepr = repr(argval)   # the real repr (code objects show their address)
        yield Instruction(opname[op], op, arg, argval, argrepr, 2 * i,
                          starts, target, Positions(l, el, c, ec))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of x (function, method, code, source...).
    With first_line, line numbers are shifted so the code starts there."""
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, offset)


def findlinestarts(code):
    """(offset, lineno) for each instruction that starts a new line."""
    for i, item in enumerate(_minipy_dis.instructions(code)):
        if item[3] is not None:
            yield 2 * i, item[3]


def findlabels(code):
    """Offsets that are jump targets, from raw bytecode (2 bytes per instruction)."""
    labels = []
    for i in range(0, len(code) - 1, 2):
        op, arg = code[i], code[i + 1]
        if op in hasjabs:
            label = arg * 2
            if label not in labels:
                labels.append(label)
    return labels


def _parse_exception_table(code):
    return [_ExceptionTableEntry(2 * s, 2 * e, 2 * t, d, l)
            for s, e, t, d, l in _minipy_dis.exception_table(code)]


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _print_instructions(list(_instructions(co)), _parse_exception_table(co), lasti, file)


def _print_instructions(instrs, exception_entries, lasti=-1, file=None, line_offset=0):
    starts = [i.starts_line for i in instrs if i.starts_line is not None]
    if starts:
        top = max(starts)
        lineno_width = len(str(top)) if top >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = 2 * (len(instrs) - 1)
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in instrs:
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for e in exception_entries:
            tail = " lasti" if e.lasti else ""
            print(f"  {e.start} to {e.end - 2} -> {e.target} [{e.depth}]{tail}", file=file)


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def _disassemble_bytes(code, lasti=-1, varnames=None, names=None, constants=None,
                       cells=None, linestarts=None, *, file=None, line_offset=0,
                       exception_entries=(), co_positions=None, show_caches=False):
    """Raw bytes (2 per instruction) with no code object: names and constants unknown."""
    instrs = []
    labels = set(findlabels(code))
    for i in range(0, len(code) - 1, 2):
        op, arg = code[i], code[i + 1]
        arg = arg if op in _has_arg else None
        argrepr = ''
        argval = arg
        if arg is not None and op in hasjabs:
            argval = arg * 2
            argrepr = "to " + repr(argval)
        elif arg is not None and op in hascompare and arg < len(cmp_op):
            argval = argrepr = cmp_op[arg]
        instrs.append(Instruction(opname[op], op, arg, argval, argrepr, i,
                                  None, i in labels, Positions()))
    _print_instructions(instrs, list(exception_entries), lasti, file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble   # XXX For backwards compatibility


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        offset = self.current_offset if self.current_offset is not None else -1
        with io.StringIO() as output:
            _print_instructions(list(self), self.exception_entries, offset, output)
            return output.getvalue()
