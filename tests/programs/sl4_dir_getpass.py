import getpass, os, io, warnings
names = sorted(n for n in dir(getpass) if not n.startswith('_'))
# minipy has no termios: that one name is missing from getpass.
print([n for n in names if n != 'termios'], getpass.__all__)
os.environ['LOGNAME'] = 'someone'
print(getpass.getuser())
del os.environ['LOGNAME']
for k in ('USER', 'LNAME', 'USERNAME'):
    os.environ.pop(k, None)
import pwd
print(getpass.getuser() == pwd.getpwuid(os.getuid())[0])
print(issubclass(getpass.GetPassWarning, UserWarning))
