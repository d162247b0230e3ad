"""The builtins the site module adds: exit/quit, copyright/credits/license and help."""


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer(object):
    """Show a text when its name is typed at the prompt, or when called."""

    def __init__(self, name, data):
        self.__name = name
        self.__data = data

    def __repr__(self):
        return self.__data

    def __call__(self):
        print(self.__data)


class _Helper(object):
    """Define the builtin 'help'."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


def install(builtins):
    builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
    builtins.copyright = _Printer('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\n'
                                  'All Rights Reserved.\n\nminipy: a Python 3.11 interpreter written in Rust.')
    builtins.credits = _Printer('credits', 'Thanks to the CPython developers, whose language and '
                                'documentation minipy follows.')
    builtins.license = _Printer('license', 'See the LICENSE file of the minipy distribution; Python '
                                'itself is under the PSF License Agreement.')
    builtins.help = _Helper()
