import circ_attr_a
import nspkg.mod
print(nspkg.mod.NAME, nspkg.__file__, list(nspkg.__path__)[0].endswith("nspkg"))
import sys
print(sys.modules["__main__"].__cached__)
