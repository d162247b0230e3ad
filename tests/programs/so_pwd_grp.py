# pwd and grp read the real databases; lookups by name and id agree, and missing
# entries raise CPython's KeyErrors.
import os, pwd, grp
root = pwd.getpwuid(0)
print(root)
print(root.pw_name, root[0], root.pw_uid, root.pw_dir, type(root).__name__, len(root))
print(pwd.getpwnam('root') == root, root in pwd.getpwall())
g = grp.getgrgid(0)
print(g, g.gr_name, g.gr_gid, type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g)
print(any(e.gr_gid == 0 for e in grp.getgrall()))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), pwd.getpwnam(me.pw_name).pw_uid == me.pw_uid)
for f, arg in [(pwd.getpwnam, 'no-such-user-xyz'), (pwd.getpwuid, 99999), (grp.getgrnam, 'no-such-group-xyz'),
               (grp.getgrgid, 99999), (pwd.getpwnam, 1), (grp.getgrgid, 'x'), (grp.getgrgid, 2**40)]:
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pwd.struct_passwd()
except TypeError as e:
    print(type(e).__name__)
p = pwd.struct_passwd(('a', 'x', 1, 2, 'g', '/h', '/bin/sh'))
print(p, p.pw_shell, p.n_fields if hasattr(p, 'n_fields') else pwd.struct_passwd.n_fields)
print(grp.struct_group(('g', 'x', 5, ['a', 'b'])))
print(pwd.struct_passwd.__doc__.splitlines()[0], grp.struct_group.__doc__.splitlines()[0])
