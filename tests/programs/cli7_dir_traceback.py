# The public names of traceback match python3's. Left out: linecache (minipy has no
# linecache module; traceback reads source lines natively), so it is added here.
import traceback

names = sorted(set(n for n in dir(traceback) if not n.startswith("_")) | {"linecache"})
print(names)
