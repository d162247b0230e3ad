"""This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""

# minipy: the lookups are the native `_pwdgrp`; this layer gives them CPython's types
# and errors.

import _pwdgrp
from _structseq import structseq as _structseq

struct_passwd = _structseq('pwd.struct_passwd', (
    'pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'))
struct_passwd.__doc__ = """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple."""


def _id(value, what):
    # An id as C's uid_t/gid_t: None when out of range; the all-ones id reads as -1.
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError(f"{what} should be integer, not {type(value).__name__}") from None
    if value < -1 or value > 0xffffffff:
        return None
    return -1 if value == 0xffffffff else value


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    uid = _id(uid, 'uid')
    raw = None if uid is None else _pwdgrp.getpwuid(uid & 0xffffffff)
    if raw is None:
        raise KeyError("getpwuid(): uid not found" + ("" if uid is None else f": {uid}"))
    return struct_passwd(raw)


def getpwnam(name, /):
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    raw = _pwdgrp.getpwnam(name)
    if raw is None:
        raise KeyError(f"getpwnam(): name not found: {name!r}")
    return struct_passwd(raw)


def getpwall():
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    return [struct_passwd(raw) for raw in _pwdgrp.getpwall()]
