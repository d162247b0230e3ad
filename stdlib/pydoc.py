"""A small pydoc: the text help(object) shows, an object's signature and docstring."""

import sys

__all__ = ['help', 'render_doc', 'getdoc']


def getdoc(thing):
    doc = getattr(thing, '__doc__', None)
    return _clean(doc) if isinstance(doc, str) else ''


def _split_params(text):
    """The parameters of a text signature, split at top-level commas (inspect's splitter)."""
    from inspect import _text_params
    return _text_params(text)


def _text_signature(func, bound):
    """A native function's __text_signature__ as inspect.signature prints it: the
    `$module`/`$type` parameter (and `$self` of a bound method) left out."""
    text = getattr(func, '__text_signature__', None)
    if not text or not (text.startswith('(') and text.endswith(')')) or '<unrepresentable>' in text:
        return None
    params = _split_params(text[1:-1])
    if params and params[0].startswith('$'):
        if bound or params[0] in ('$module', '$type'):
            params.pop(0)
            if params and params[0] == '/':
                params.pop(0)
        else:
            params[0] = params[0][1:]
    return '(' + ', '.join(params) + ')'


def _is_bound_builtin(func):
    self = getattr(func, '__self__', None)
    return self is not None and type(self).__name__ != 'module'


def _signature(func):
    """The parameter list of a function, as inspect.signature prints it."""
    code = getattr(func, '__code__', None)
    if code is None:
        text = _text_signature(func, _is_bound_builtin(func))
        return text if text else '(...)'
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = getattr(code, 'co_kwonlyargcount', 0)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        part = names[i]
        if i >= first_default:
            part += '=' + repr(defaults[i - first_default])
        parts.append(part)
        if nposonly and i == nposonly - 1:
            parts.append('/')
    index = npos + nkw
    if code.co_flags & 0x04:
        parts.append('*' + names[index])
        index += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(name + ('=' + repr(kwdefaults[name]) if name in kwdefaults else ''))
    if code.co_flags & 0x08:
        parts.append('**' + names[index])
    return '(' + ', '.join(parts) + ')'


def _classname(cls):
    module = getattr(cls, '__module__', None)
    return cls.__qualname__ if module is None else module + '.' + cls.__qualname__


def _routine(thing):
    """A function's entry, as pydoc's text renderer writes it: its declaration, then its
    docstring indented."""
    note = ''
    func = thing
    kind = type(thing).__name__
    if kind == 'method':
        note = ' method of %s instance' % _classname(type(thing.__self__))
        func = thing.__func__
    elif kind == 'builtin_function_or_method' and _is_bound_builtin(thing):
        note = ' method of %s instance' % _classname(type(thing.__self__))
    name = func.__name__
    argspec = _signature(thing if kind == 'builtin_function_or_method' else func)
    if kind == 'method':
        # The bound instance fills the first parameter.
        params = _split_params(argspec[1:-1])[1:]
        if params and params[0] == '/':
            params.pop(0)
        argspec = '(' + ', '.join(params) + ')'
    if name == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    else:
        title = name
    decl = title + argspec + note
    doc = getdoc(thing)
    if not doc:
        return decl + '\n'
    return decl + '\n' + _indent(doc, '    ').rstrip() + '\n'


def _indent(text, prefix):
    # As pydoc's TextDoc.indent: only the last line loses trailing spaces.
    lines = [prefix + line for line in text.split('\n')]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def _clean(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            width = len(line) - len(stripped)
            margin = width if margin is None else min(margin, width)
    if margin:
        lines = [lines[0].strip()] + [line[margin:] for line in lines[1:]]
    else:
        lines = [lines[0].strip()] + lines[1:]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return '\n'.join(lines)


_DESCRIPTORS = ('method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor')


def _describe(thing):
    kind = type(thing).__name__
    if isinstance(thing, type):
        return 'class'
    if kind == 'builtin_function_or_method':
        return 'built-in function'
    if kind in _DESCRIPTORS:
        return kind
    if kind == 'module':
        return 'module'
    if kind == 'method':
        return 'method'
    if kind == 'function':
        return 'function'
    return 'object'


def render_doc(thing):
    """The text help(thing) shows."""
    if isinstance(thing, str):
        return 'No Python documentation found for %r.\n' % thing
    kind = _describe(thing)
    name = getattr(thing, '__name__', None)
    module = getattr(thing, '__module__', None)
    doc = getattr(thing, '__doc__', None)
    doc = _clean(doc) if isinstance(doc, str) else ''
    if kind in _DESCRIPTORS:
        return 'Help on %s:\n\n' % kind + _routine(thing)
    if kind in ('function', 'built-in function', 'method'):
        head = 'Help on %s %s' % (kind, name)
        if module:
            head += ' in module %s' % module
        return head + ':\n\n' + _routine(thing)
    if kind == 'class':
        head = 'Help on class %s' % name
        if module:
            head += ' in module %s' % module
        return head + ':\n\n' + _class(thing)
    if kind == 'module':
        text = 'Help on module %s:\n\nNAME\n    %s\n' % (name, name)
        if doc:
            text += '\nDESCRIPTION\n' + _indent(doc, '    ') + '\n'
        names = sorted(n for n in dir(thing) if not n.startswith('_'))
        if names:
            text += '\nCONTENTS\n' + '\n'.join('    ' + n for n in names) + '\n'
        return text
    head = 'Help on %s object:\n\n' % type(thing).__name__
    cls = type(thing)
    cdoc = cls.__doc__ if isinstance(cls.__doc__, str) else ''
    return head + 'class %s(%s)\n' % (cls.__name__, ', '.join(b.__name__ for b in cls.__bases__)) + (
        _indent(_clean(cdoc), ' |  ') + '\n' if cdoc else '')



_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
           '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
           '__path__', '__qualname__', '__slots__', '__version__'}

# The descriptors CPython gives a class whose instances have a __dict__ (minipy keeps no
# such entries in the class namespace).
_INSTANCE_DESCRIPTORS = (
    ('__dict__', 'dictionary for instance variables (if defined)'),
    ('__weakref__', 'list of weak references to the object (if defined)'),
)


class _Synthetic:
    def __init__(self, doc):
        self.__doc__ = doc


def _visible(name, cls):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(cls, '_fields'):
        return True
    return not name.startswith('_')


def _is_routine(value):
    return type(value).__name__ in ('function', 'builtin_function_or_method', 'method',
                                    'method_descriptor', 'wrapper_descriptor',
                                    'classmethod_descriptor', 'method-wrapper')


def _is_data_descriptor(value):
    if isinstance(value, type) or type(value).__name__ in ('function', 'method'):
        return False
    tp = type(value)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def _dict_home(cls):
    """The class that gives instances their __dict__, as CPython would record it."""
    home = None
    for base in cls.__mro__:
        if '__slots__' in base.__dict__:
            continue
        if getattr(base, '__module__', None) != 'builtins':
            home = base
    return home


def _classify(cls):
    """(name, kind, defining class, raw value) for each visible attribute."""
    out = []
    dict_home = _dict_home(cls)
    names = set(dir(cls))
    if dict_home is not None:
        names.update(n for n, _ in _INSTANCE_DESCRIPTORS)
    for name in sorted(names):
        if not _visible(name, cls):
            continue
        home = raw = None
        for base in cls.__mro__:
            if name in base.__dict__:
                home, raw = base, base.__dict__[name]
                break
        if home is None:
            synthetic = dict(_INSTANCE_DESCRIPTORS).get(name)
            if synthetic is None or dict_home is None:
                continue
            out.append((name, 'data descriptor', dict_home, _Synthetic(synthetic)))
            continue
        tname = type(raw).__name__
        if tname == 'getset_descriptor' and name in ('__dict__', '__weakref__'):
            # CPython's pydoc shows these two with the "(if defined)" wording.
            out.append((name, 'data descriptor', home, _Synthetic(dict(_INSTANCE_DESCRIPTORS)[name])))
            continue
        if isinstance(raw, staticmethod) or tname == 'builtin_function_or_method':
            kind = 'static method'
        elif isinstance(raw, classmethod) or tname == 'classmethod_descriptor':
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'readonly property' if raw.fset is None else 'data descriptor'
        elif _is_routine(raw):
            kind = 'method'
        elif _is_data_descriptor(raw):
            kind = 'data descriptor'
        else:
            kind = 'data'
        out.append((name, kind, home, raw))
    return out


def _class_signature(cls):
    try:
        import inspect
        return str(inspect.signature(cls))
    except Exception:
        return None


def _member_routine(value, name, cls):
    """A method as listed inside a class: like _routine, with `from` notes for methods
    bound to something other than the class."""
    func = value
    note = ''
    kind = type(value).__name__
    bound = False
    if kind == 'method' or (kind == 'builtin_function_or_method' and _is_bound_builtin(value)):
        owner = type(value.__self__)
        if owner is not cls:
            note = ' from ' + _classname_in(owner, None)
        if kind == 'method':
            func = value.__func__
    elif kind == 'builtin_function_or_method' and name == '__new__':
        # A native __new__ is bound to its class in CPython.
        note = ' from builtins.type'
        bound = True
    realname = getattr(func, '__name__', name)
    title = name if name == realname else name + ' = ' + realname
    code = getattr(func, '__code__', None)
    prefix = 'async ' if code is not None and code.co_flags & 0x280 else ''
    if bound:
        argspec = _text_signature(value, True) or '(...)'
    else:
        argspec = _signature(value if kind == 'builtin_function_or_method' else func)
    if kind == 'method':
        params = _split_params(argspec[1:-1])[1:]
        if params and params[0] == '/':
            params.pop(0)
        argspec = '(' + ', '.join(params) + ')'
    if realname == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    decl = prefix + title + argspec + note
    doc = getdoc(value)
    if not doc and name != '__new__':
        # As inspect's _finddoc: the docstring of the same name further up the MRO.
        for base in cls.__mro__:
            if name in base.__dict__:
                inherited = getattr(getattr(base, name, None), '__doc__', None)
                if isinstance(inherited, str) and inherited:
                    doc = _clean(inherited)
                    break
    return decl + '\n' + (_indent(doc, '    ').rstrip() + '\n' if doc else '')


def _classname_in(cls, modname):
    name = cls.__qualname__
    if modname is None:
        return cls.__module__ + '.' + name
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def _class(cls):
    """A class as pydoc's text renderer writes it."""
    modname = cls.__module__
    title = 'class ' + cls.__name__
    if cls.__bases__:
        title += '(%s)' % ', '.join(_classname_in(b, modname) for b in cls.__bases__)
    contents = []
    push = contents.append
    argspec = _class_signature(cls)
    if argspec and argspec != '()':
        push(cls.__name__ + argspec + '\n')
    doc = getdoc(cls)
    if doc:
        push(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push('Method resolution order:')
        for base in mro:
            push('    ' + _classname_in(base, modname))
        push('')
    try:
        subclasses = sorted((c.__name__ for c in type.__subclasses__(cls)
                             if not c.__name__.startswith('_') and c.__module__ == 'builtins'),
                            key=str.lower)
    except Exception:
        subclasses = []
    if subclasses:
        push('Built-in subclasses:')
        for sub in subclasses[:4]:
            push('    ' + sub)
        if len(subclasses) > 4:
            push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
        push('')
    rule = [False]

    def section(title):
        if rule[0]:
            push('-' * 70)
        rule[0] = True
        push(title)

    attrs = _classify(cls)
    queue = list(mro)
    while attrs:
        this = queue.pop(0) if queue else attrs[0][2]
        mine = [a for a in attrs if a[2] is this]
        inherited = [a for a in attrs if a[2] is not this]
        if cls is not object and this is object:
            attrs = inherited
            continue
        tag = 'defined here' if this is cls else 'inherited from %s' % _classname_in(this, modname)
        groups = [('Methods %s:\n', ('method',)), ('Class methods %s:\n', ('class method',)),
                  ('Static methods %s:\n', ('static method',)),
                  ('Readonly properties %s:\n', ('readonly property',)),
                  ('Data descriptors %s:\n', ('data descriptor',)),
                  ('Data and other attributes %s:\n', ('data',))]
        for heading, kinds in groups:
            chosen = [a for a in mine if a[1] in kinds]
            if not chosen:
                continue
            section(heading % tag)
            for name, kind, home, raw in chosen:
                if kind in ('method', 'class method', 'static method'):
                    try:
                        value = getattr(cls, name)
                    except Exception:
                        value = raw
                    push(_member_routine(value, name, cls))
                elif kind in ('readonly property', 'data descriptor'):
                    ddoc = getdoc(raw)
                    push(name + '\n' + (_indent(ddoc, '    ') + '\n' if ddoc else ''))
                else:
                    try:
                        value = getattr(cls, name)
                    except AttributeError:
                        value = raw
                    text = repr(value)
                    line = name + ' = ' + text
                    if len(line) > 70:
                        text = text[:70 - len(line)] + '...'
                    ddoc = getdoc(raw) if callable(raw) or _is_data_descriptor(raw) else ''
                    entry = name + ' = ' + text
                    if ddoc:
                        entry += '\n' + _indent(ddoc, '    ') + '\n'
                    push(entry + '\n')
        attrs = inherited
    body = '\n'.join(contents).rstrip()
    if not body:
        return title + '\n'
    return title + '\n' + _indent(body, ' |  ') + '\n'


def help(*args, **kwds):
    if not args:
        print("Welcome to minipy's help. Call help(object) for the documentation of an "
              "object (a function, class or module): its signature and docstring.")
        return None
    sys.stdout.write(render_doc(args[0]) + '\n')
    return None
