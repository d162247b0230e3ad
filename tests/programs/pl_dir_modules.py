# The public names of the Python-written modules of issue 5 equal CPython's.
import linecache, token, tokenize, glob, fnmatch, tempfile, shutil, csv, pickle, copyreg, codecs, uuid, ntpath
for mod in (linecache, token, tokenize, glob, fnmatch, tempfile, shutil, csv, pickle, copyreg, codecs, uuid, ntpath):
    print(mod.__name__, sorted(n for n in dir(mod) if not n.startswith('_')))
    print(mod.__name__, '__all__', sorted(getattr(mod, '__all__', [])))
