# sys.flags as CPython shows it: a read-only tuple with named fields. Run once at
# startup with `_values` bound; leaves the instance in `result`.
class flags(tuple):
    """Flags provided through command line arguments or environment vars."""
    _fields = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
               'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
               'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
               'warn_default_encoding', 'safe_path', 'int_max_str_digits')
    n_fields = n_sequence_fields = 18
    n_unnamed_fields = 0

    def __repr__(self):
        return 'sys.flags(' + ', '.join([n + '=' + repr(v) for n, v in zip(self._fields, self)]) + ')'

for _i, _n in enumerate(flags._fields):
    setattr(flags, _n, property(lambda self, _i=_i: self[_i]))
flags.__module__ = 'sys'
result = tuple.__new__(flags, _values)
