"""A small pydoc: the text help(object) shows, an object's signature and docstring."""

import sys

__all__ = ['help', 'render_doc', 'getdoc']


def getdoc(thing):
    doc = getattr(thing, '__doc__', None)
    return _clean(doc) if isinstance(doc, str) else ''


def _split_params(text):
    """The parameters of a text signature, split at top-level commas."""
    params, depth, quote, start = [], 0, None, 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c in '\'"':
            quote = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ',' and depth == 0:
            params.append(text[start:i].strip())
            start = i + 1
        i += 1
    if text[start:].strip():
        params.append(text[start:].strip())
    return params


def _text_signature(func, bound):
    """A native function's __text_signature__ as inspect.signature prints it: the
    `$module`/`$type` parameter (and `$self` of a bound method) left out."""
    text = getattr(func, '__text_signature__', None)
    if not text or not (text.startswith('(') and text.endswith(')')):
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
        bases = ', '.join(
            (b.__name__ if b.__module__ == module else b.__module__ + '.' + b.__name__) for b in thing.__bases__)
        lines = ['class %s(%s)' % (name, bases)]
        if doc:
            lines.extend(_indent(doc, ' |  ').split('\n'))
        methods = [(k, v) for k, v in sorted(thing.__dict__.items())
                   if callable(v) and not (k.startswith('__') and k.endswith('__') and k != '__init__')]
        if methods:
            lines.append(' |  ')
            lines.append(' |  Methods defined here:')
            for key, value in methods:
                lines.append(' |  ')
                lines.append(' |  ' + key + _signature(value))
                mdoc = getattr(value, '__doc__', None)
                if isinstance(mdoc, str) and mdoc:
                    lines.extend(_indent(_clean(mdoc), ' |      ').split('\n'))
        return head + ':\n\n' + '\n'.join(lines) + '\n'
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



def help(*args, **kwds):
    if not args:
        print("Welcome to minipy's help. Call help(object) for the documentation of an "
              "object (a function, class or module): its signature and docstring.")
        return None
    sys.stdout.write(render_doc(args[0]) + '\n')
    return None
