"""Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)"""

# minipy: the lookups are the native `_pwdgrp`; this layer gives them CPython's types
# and errors.

import _pwdgrp
from _structseq import structseq as _structseq
from pwd import _id

struct_group = _structseq('grp.struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'))
struct_group.__doc__ = """grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.
"""


def getgrgid(id):
    """Return the group database entry for the given numeric group ID.

If id is not valid, raise KeyError."""
    gid = _id(id, 'gid')
    if gid is None:
        raise OverflowError("gid is less than minimum")
    raw = _pwdgrp.getgrgid(gid & 0xffffffff)
    if raw is None:
        raise KeyError(f"getgrgid(): gid not found: {gid}")
    return struct_group(raw)


def getgrnam(name):
    """Return the group database entry for the given group name.

If name is not valid, raise KeyError."""
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument must be str, not {type(name).__name__}")
    raw = _pwdgrp.getgrnam(name)
    if raw is None:
        raise KeyError(f"getgrnam(): name not found: {name!r}")
    return struct_group(raw)


def getgrall():
    """Return a list of all available group entries, in arbitrary order.

An entry whose name starts with '+' or '-' represents an instruction
to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    return [struct_group(raw) for raw in _pwdgrp.getgrall()]
