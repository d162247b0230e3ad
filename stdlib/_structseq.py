# minipy: CPython's struct sequence types (os.stat_result, pwd.struct_passwd, ...) as
# tuple subclasses with named read-only fields; fields past `visible` are attributes only.


def structseq(qualname, fields, visible=None):
    """A tuple type with named fields, shown like CPython's structseq types."""
    visible = len(fields) if visible is None else visible
    module, _, short = qualname.rpartition('.')

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < visible:
            if visible == len(fields):
                raise TypeError(f"{qualname}() takes a {visible}-sequence ({n}-sequence given)")
            raise TypeError(f"{qualname}() takes an at least {visible}-sequence ({n}-sequence given)")
        if n > len(fields):
            if visible == len(fields):
                raise TypeError(f"{qualname}() takes a {visible}-sequence ({n}-sequence given)")
            raise TypeError(f"{qualname}() takes an at most {len(fields)}-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:visible])
        extra = list(seq[visible:]) + [None] * (len(fields) - n)
        for name, value in zip(fields[visible:], extra):
            self.__dict__[name] = value
        if dict:
            for name, value in dict.items():
                self.__dict__[name] = value
        return self

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{qualname}({parts})'

    def __reduce__(self):
        return (type(self), (tuple(self), {f: self.__dict__.get(f) for f in fields[visible:]}))

    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
          'n_sequence_fields': visible, 'n_fields': len(fields), 'n_unnamed_fields': 0,
          '__module__': module, '__match_args__': tuple(fields[:visible])}
    for i, name in enumerate(fields[:visible]):
        ns[name] = property(lambda self, i=i: self[i])
    return type(short, (tuple,), ns)
