"""Formatting callbacks for reprs."""

import functools
import reprlib


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    return func_repr + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None:
        func_repr += f' at {code.co_filename}:{code.co_firstlineno}'
    return func_repr


def extract_stack(f=None, limit=None):
    return []
