"""string helper module"""

# minipy: string.py's parser serves Formatter; these are CPython's entry points to it.


def formatter_parser(format_string, /):
    """split the argument as a field name"""
    if not isinstance(format_string, str):
        raise TypeError(f"expected str, got {type(format_string).__name__}")
    import string
    return iter(list(string.Formatter().parse(format_string)))


def formatter_field_name_split(field_name, /):
    """split the argument as a field name"""
    if not isinstance(field_name, str):
        raise TypeError(f"expected str, got {type(field_name).__name__}")
    import string
    first, rest = string._split_field(field_name)
    return first, iter(rest)
