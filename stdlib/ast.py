"""Abstract syntax trees: parse source into node objects, inspect, transform and
compile them back. The node classes come from `_ast`; `unparse` lives in `_ast_unparse`."""

import sys
from _ast import *
from contextlib import contextmanager, nullcontext
from enum import IntEnum, auto


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node; equivalent to compile(source, filename, mode,
    PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or
    container display: strings, bytes, numbers, tuples, lists, dicts, sets, booleans
    and None."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        msg = "malformed node or string"
        line = getattr(n, 'lineno', None)
        if line:
            msg += f' on line {line}'
        raise ValueError(msg + f': {n!r}')

    def number(n):
        if not isinstance(n, Constant) or type(n.value) not in (int, float, complex):
            malformed(n)
        return n.value

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            v = number(n.operand)
            return +v if isinstance(n.op, UAdd) else -v
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple(map(value, n.elts))
        if isinstance(n, List):
            return list(map(value, n.elts))
        if isinstance(n, Set):
            return set(map(value, n.elts))
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and n.args == n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            return dict(zip(map(value, n.keys), map(value, n.values)))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
            malformed(n)
        return signed(n)

    return value(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, for debugging. Fields are named unless
    annotate_fields is false and the output stays unambiguous; positions are shown when
    include_attributes is true; indent (an int or a str) pretty-prints."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(n, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix, sep = '', ', '
        if isinstance(n, list):
            if not n:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in n)), False
        if not isinstance(n, AST):
            return repr(n), True
        cls = type(n)
        parts = []
        simple = True
        named = annotate_fields
        for name in n._fields:
            try:
                v = getattr(n, name)
            except AttributeError:
                named = True
                continue
            # an optional field left at its default is omitted (and forces names)
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, s = fmt(v, level)
            simple = simple and s
            parts.append(f'{name}={text}' if named else text)
        if include_attributes and n._attributes:
            for name in n._attributes:
                try:
                    v = getattr(n, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                text, s = fmt(v, level)
                simple = simple and s
                parts.append(f'{name}={text}')
        if simple and len(parts) <= 3:
            return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
        return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source position of old_node to new_node where both have it."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            # end positions may be None; start positions only when present
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking a position its parent's, starting from 1, 0."""
    def fix(n, lineno, col, end_lineno, end_col):
        if 'lineno' in n._attributes:
            if not hasattr(n, 'lineno'):
                n.lineno = lineno
            else:
                lineno = n.lineno
        if 'end_lineno' in n._attributes:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_lineno
            else:
                end_lineno = n.end_lineno
        if 'col_offset' in n._attributes:
            if not hasattr(n, 'col_offset'):
                n.col_offset = col
            else:
                col = n.col_offset
        if 'end_col_offset' in n._attributes:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move the tree's line numbers (start and end) down by n."""
    for child in walk(node):
        # TypeIgnore's lineno is a field, not a position
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', None) is not None:
            child.end_lineno = child.end_lineno + n
    return node


def iter_fields(node):
    """(name, value) for each field of the node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes and nodes inside list fields."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned with
    inspect.cleandoc unless clean is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    first = node.body[0].value
    if isinstance(first, Constant) and isinstance(first.value, str):
        text = first.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Lines with their endings, split only at \\r\\n, \\r and \\n (not at form feeds and
    the other separators str.splitlines knows), as the tokenizer does."""
    lines = []
    start = i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    """Replace everything but tabs and form feeds with spaces (keeps columns aligned)."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The source text that produced node, or None when positions are missing. With
    padded, a multi-line statement's first line keeps its indentation as spaces."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node of the tree, breadth first, in no promised order."""
    from collections import deque
    todo = deque([node])
    while todo:
        n = todo.popleft()
        todo.extend(iter_child_nodes(n))
        yield n


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName> for each node, or generic_visit (which
    visits the children) when the class has no such method."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        name = _const_node_type_names.get(type(value))
        if name is None:
            for cls, n in _const_node_type_names.items():
                if isinstance(value, cls):
                    name = n
                    break
        if name is not None:
            method = 'visit_' + name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node: None
    removes it, a list (in a list field) splices several in."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


# -- deprecated names (3.8): Num, Str, Bytes, NameConstant, Ellipsis as views of Constant --

def _getter(self):
    """Deprecated. Use value instead."""
    return self.value


def _setter(self, value):
    self.value = value


Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _const_types[cls]) and
                    not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            # positional-only in the old classes
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


for _cls in Num, Str, Bytes, NameConstant, Ellipsis:
    _cls.__module__ = 'ast'
del _cls

_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}

_const_node_type_names = {
    bool: 'NameConstant',  # before int, which bool subclasses
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_getter(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _dims_setter(self, value):
    self.elts = value


Tuple.dims = property(_dims_getter, _dims_setter)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _cls in slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param:
    _cls.__module__ = 'ast'
del _cls


from _ast_unparse import _Precedence, _Unparser, _INFSTR, _SINGLE_QUOTES, \
    _MULTI_QUOTES, _ALL_QUOTES, _simple_enum


def unparse(ast_obj):
    """Source text that parses back to an equivalent tree."""
    return _Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?',
                        default='-', help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
