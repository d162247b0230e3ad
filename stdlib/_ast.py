"""The node classes of the abstract syntax tree, built from the grammar below (CPython
3.11's Parser/Python.asdl), and the bridge to the interpreter's parser and compiler."""

import _minipy_ast

_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr_context = Load | Store | Del

boolop = And | Or

operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv

unaryop = Invert | Not | UAdd | USub

cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension = (expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

arg = (identifier arg, expr? annotation, string? type_comment)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

keyword = (identifier? arg, expr value)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

alias = (identifier name, identifier? asname)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

withitem = (expr context_expr, expr? optional_vars)

match_case = (pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
        | MatchSingleton(constant value)
        | MatchSequence(pattern* patterns)
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
        | MatchStar(identifier? name)
        | MatchAs(pattern? pattern, identifier? name)
        | MatchOr(pattern* patterns)
        attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

type_ignore = TypeIgnore(int lineno, string tag)
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST(object):
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__) or None


AST.__module__ = 'ast'

# field kinds of each class: name -> ((field, type, quantifier), ...)
_FIELD_TYPES = {}
_SIMPLE_SUMS = {}       # 'operator' -> ('Add', ...)
_SINGLETONS = {}        # 'Add' -> the instance the parser shares


def _make(name, base, fields, attributes, doc):
    ns = {
        '_fields': tuple(f for _, _, f in fields),
        '__match_args__': tuple(f for _, _, f in fields),
        '__module__': 'ast',
        '__doc__': doc,
    }
    if attributes is not None:
        ns['_attributes'] = tuple(a for _, _, a in attributes)
    for typ, q, f in list(fields) + list(attributes or ()):
        if q == '?':
            ns[f] = None
    cls = type(name, (base,), ns)
    _FIELD_TYPES[name] = tuple(fields)
    globals()[name] = cls
    return cls


def _parse_fields(text):
    out = []
    text = text.strip()
    if not text:
        return out
    for part in text.split(','):
        typ, field = part.split()
        q = ''
        if typ[-1] in '*?':
            typ, q = typ[:-1], typ[-1]
        out.append((typ, q, field))
    return out


def _field_text(fields):
    return ', '.join(f'{t}{q} {f}' for t, q, f in fields)


def _build():
    for block in _GRAMMAR.strip().split('\n\n'):
        lines = [l.strip() for l in block.strip().split('\n')]
        attributes = None
        if lines[-1].startswith('attributes'):
            attributes = _parse_fields(lines.pop()[len('attributes'):].strip()[1:-1])
        head, first = lines[0].split(' = ', 1)
        alts = [first] + [l[2:] for l in lines[1:]]
        if first.startswith('('):
            # a product type: one class
            fields = _parse_fields(first[1:-1])
            _make(head, AST, fields, attributes if attributes is not None else (),
                  f'{head}({_field_text(fields)})')
            continue
        alts = [a for l in alts for a in ([l] if '(' in l else l.split(' | '))]
        simple = all('(' not in a for a in alts)
        if simple:
            base = _make(head, AST, (), (), f"{head} = {' | '.join(alts)}")
            _SIMPLE_SUMS[head] = tuple(alts)
            for a in alts:
                cls = _make(a, base, (), None, a)
                _SINGLETONS[a] = cls()
            continue
        docs = []
        parsed = []
        for a in alts:
            if '(' in a:
                n, rest = a.split('(', 1)
                fields = _parse_fields(rest[:-1])
                docs.append(f'{n}({_field_text(fields)})')
            else:
                n, fields = a, []
                docs.append(n)
            parsed.append((n, fields))
        sep = '\n' + ' ' * (len(head) + 1) + '| '
        base = _make(head, AST, (), attributes or (), f'{head} = ' + sep.join(docs))
        for (n, fields), doc in zip(parsed, docs):
            _make(n, base, fields, None, doc)
    # the attribute defaults live on the abstract bases
    for base in (stmt, expr, excepthandler, arg, keyword, alias):
        base.end_lineno = None
        base.end_col_offset = None


_build()
del _build

Constant.n = Constant.s = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v),
                                   None, 'Deprecated. Use value instead.')


# -- the tuple form shared with _minipy_ast ---------------------------------------------

_POSITIONED = frozenset(n for n, c in list(globals().items())
                        if isinstance(c, type) and issubclass(c, AST) and 'lineno' in c._attributes)


def _from_tuple(t):
    name = t[0]
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for (typ, q, field), value in zip(_FIELD_TYPES[name], t[5:]):
        d[field] = _convert_in(typ, q, value)
    if name in _POSITIONED:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = t[1:5]
    return node


def _convert_in(typ, q, value):
    if q == '*':
        return [_convert_one(typ, v) for v in value]
    if value is None:
        return None
    return _convert_one(typ, value)


def _convert_one(typ, value):
    if typ in ('identifier', 'string', 'constant', 'int') or value is None:
        return value
    if typ in _SIMPLE_SUMS:
        return _SINGLETONS[value]
    return _from_tuple(value)


_BASIC = {'identifier', 'string', 'constant', 'int'}


def _to_tuple(node, typ):
    """One node to the tuple form, checking it as CPython's obj2ast does."""
    base = globals().get(typ)
    if not isinstance(node, base):
        raise TypeError(f'expected some sort of {typ}, but got {node!r}')
    cls = type(node)
    while cls.__name__ not in _FIELD_TYPES or cls.__dict__.get('_fields') is None:
        cls = cls.__mro__[1]
    name = cls.__name__
    if typ in _SIMPLE_SUMS:
        return name
    pos = [0, 0, 0, 0]
    if name in _POSITIONED:
        for i, a in enumerate(('lineno', 'col_offset', 'end_lineno', 'end_col_offset')):
            v = getattr(node, a, None)
            if v is None:
                if i < 2:
                    raise TypeError(f'required field "{a}" missing from {typ}')
                v = pos[i - 2]
            elif not isinstance(v, int):
                raise TypeError(f'invalid integer value: {v!r}')
            pos[i] = v
    out = [name] + pos
    for ftyp, q, field in _FIELD_TYPES[name]:
        try:
            value = getattr(node, field)
        except AttributeError:
            if q == '?':
                value = None
            elif q == '*':
                raise TypeError(f'required field "{field}" missing from {_owner(name)}') from None
            else:
                raise TypeError(f'required field "{field}" missing from {_owner(name)}') from None
        if q == '*':
            if not isinstance(value, list):
                raise TypeError(f'{name} field "{field}" must be a list, not a {type(value).__name__}')
            out.append([_field_to_tuple(ftyp, name, field, v) for v in value])
        elif value is None:
            if q != '?' and not (name == 'Dict' and field == 'keys'):
                raise ValueError(f'field "{field}" is required for {name}') if ftyp not in _BASIC else \
                    TypeError(f'required field "{field}" missing from {_owner(name)}')
            out.append(None)
        else:
            out.append(_field_to_tuple(ftyp, name, field, value))
    return tuple(out)


def _owner(name):
    cls = globals()[name]
    base = cls.__mro__[1]
    return base.__name__ if base is not AST else name


def _field_to_tuple(ftyp, owner, field, value):
    if ftyp == 'identifier' or ftyp == 'string':
        if value is None and owner in ('Dict',):
            return None
        if value is not None and not isinstance(value, str):
            raise TypeError(f'AST {ftyp} must be of type str')
        return value
    if ftyp == 'int':
        if not isinstance(value, int):
            raise ValueError(f'invalid integer value: {value!r}')
        return value
    if ftyp == 'constant':
        _check_constant(value)
        return value
    if value is None:
        return None
    return _to_tuple(value, ftyp)


def _check_constant(value):
    if value is None or value is ... or isinstance(value, (bool, int, float, complex, str, bytes)):
        return
    if isinstance(value, (tuple, frozenset)):
        for v in value:
            _check_constant(v)
        return
    raise TypeError(f'got an invalid type in Constant: {type(value).__name__}')


_MODE_NODE = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive', 'func_type': 'FunctionType'}


def _parse(source, filename, mode, flags=0, feature_version=None):
    """compile(source, filename, mode, PyCF_ONLY_AST): the tree as node objects."""
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    return _from_tuple(_minipy_ast.parse(source, filename, mode))


def _parse_func_type(source, filename):
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode()
    argtext, sep, ret = source.partition('->')
    if not sep:
        raise SyntaxError('invalid syntax', (filename, 1, len(source) + 1, source, 1, len(source) + 1))
    args = _from_tuple(_minipy_ast.parse(argtext.strip(), filename, 'eval')).body
    returns = _from_tuple(_minipy_ast.parse(ret.strip(), filename, 'eval')).body
    argtypes = args.elts if isinstance(args, Tuple) else [args]
    return FunctionType(argtypes=argtypes, returns=returns)


def _compile(tree, filename, mode, flags=0, optimize=-1):
    """compile() of an AST object: checked, converted and compiled natively."""
    want = _MODE_NODE.get(mode)
    if want is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if flags & PyCF_ONLY_AST:
        return tree
    if not isinstance(tree, mod):
        raise TypeError(f'expected Expression node, got {type(tree).__name__}' if mode == 'eval' else
                        f'expected {want} node, got {type(tree).__name__}')
    if type(tree).__name__ != want and not isinstance(tree, globals()[want]):
        raise TypeError(f'expected {want} node, got {type(tree).__name__}')
    _validate(tree)
    return _minipy_ast.compile(_to_tuple(tree, 'mod'), filename, optimize)


def _validate(tree):
    """The checks of CPython's AST validator that the compiler does not make itself."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if not isinstance(node, AST):
            continue
        name = type(node).__name__
        if isinstance(node, (Name, Attribute, Subscript, Starred, List, Tuple)):
            pass
        if isinstance(node, (FunctionDef, AsyncFunctionDef, ClassDef, For, AsyncFor, While, If,
                             With, AsyncWith, Try, TryStar, ExceptHandler)) or name == 'match_case':
            if not getattr(node, 'body', None):
                raise ValueError(f'empty body on {name}')
        if isinstance(node, (Try, TryStar)) and not node.handlers and not node.finalbody:
            raise ValueError(f'{name} has neither except handlers nor finally clause')
        if isinstance(node, (Try, TryStar)) and not node.handlers and node.orelse:
            raise ValueError(f'{name} has orelse but no except handlers')
        if isinstance(node, (Delete, Assign)) and not node.targets:
            raise ValueError(f'empty targets on {name}')
        if isinstance(node, (BoolOp,)) and len(node.values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        if isinstance(node, Compare):
            if not node.comparators:
                raise ValueError('Compare with no comparators')
            if len(node.comparators) != len(node.ops):
                raise ValueError('Compare has a different number of comparators and operands')
        if isinstance(node, Dict) and len(node.keys) != len(node.values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        if isinstance(node, (Import, ImportFrom)) and not node.names:
            raise ValueError(f'empty names on {name}')
        if isinstance(node, (Global, Nonlocal)) and not node.names:
            raise ValueError(f'empty names on {name}')
        if isinstance(node, (With, AsyncWith)) and not node.items:
            raise ValueError(f'empty items on {name}')
        if isinstance(node, Name) and node.id in ('None', 'True', 'False'):
            raise ValueError(f"identifier field can't represent '{node.id}' constant")
        if isinstance(node, (ListComp, SetComp, DictComp, GeneratorExp)) and not node.generators:
            raise ValueError(f'comprehension with no generators')
        for field in type(node)._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend(reversed(value))
            elif isinstance(value, AST):
                stack.append(value)
        _check_contexts(node)


def _check_contexts(node):
    if isinstance(node, (Assign, Delete)):
        want = Store if isinstance(node, Assign) else Del
        for t in node.targets:
            _expect_ctx(t, want)
    elif isinstance(node, (AugAssign, AnnAssign, For, AsyncFor, NamedExpr)) or type(node).__name__ == 'comprehension':
        _expect_ctx(node.target, Store)
    elif isinstance(node, expr):
        for field in type(node)._fields:
            if field in ('ctx', 'target'):
                continue
            value = getattr(node, field, None)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, (Name, Attribute, Subscript, Starred, List, Tuple)) \
                        and not isinstance(node, (List, Tuple, Starred)):
                    _expect_ctx(v, Load)
    elif isinstance(node, stmt):
        for field in type(node)._fields:
            value = getattr(node, field, None)
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, (Name, Attribute, Subscript, Starred, List, Tuple)):
                    _expect_ctx(v, Load)


def _expect_ctx(node, want):
    if not isinstance(node, (Name, Attribute, Subscript, Starred, List, Tuple)):
        return
    ctx = getattr(node, 'ctx', None)
    if not isinstance(ctx, want):
        raise ValueError(f'expression must have {want.__name__} context but has '
                         f'{type(ctx).__name__} instead')
    if isinstance(node, (List, Tuple)):
        for e in node.elts:
            _expect_ctx(e, want)
    elif isinstance(node, Starred):
        _expect_ctx(node.value, want)
