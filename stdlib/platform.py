"""A small part of CPython's platform module: the interpreter and system names."""

import sys


def python_implementation():
    # minipy implements CPython 3.11's behaviour; programs that branch on this expect it.
    return "CPython"


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_version():
    return ".".join(python_version_tuple())


def system():
    return "Linux" if sys.platform.startswith("linux") else sys.platform


def machine():
    return "x86_64"


def python_compiler():
    return "rustc"
