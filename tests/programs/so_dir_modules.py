# The public names of pwd, grp, platform, time and io are python3's.
import pwd, grp, platform, time, io
for m in (pwd, grp, platform, time, io):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_')))
