class LengthDict(dict):
    def __getitem__(self, k):
        return len(k)
print(eval("a + word", LengthDict()))
class A(dict):
    def __getitem__(self, x):
        return dir
    def keys(self):
        yield 6
        yield 5
print(eval("dir()", {}, A()))
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print('get', k); return self.d[k]
    def __setitem__(self, k, v): print('set', k, v); self.d[k] = v
    def __delitem__(self, k): print('del', k); del self.d[k]
    def keys(self): return self.d.keys()
m = M()
exec("x = 1\ny = x + 1\ndel x\nprint(len)", {}, m)
print(m.d)
try: exec("del zz", {}, m)
except NameError as e: print(e)
for g in [1, M()]:
    try: eval("1", g)
    except TypeError as e: print(e)
try: eval("1", {}, 3)
except TypeError as e: print(e)
try: exec("1", {}, 3)
except TypeError as e: print(e)
try: exec("1", 3)
except TypeError as e: print(e)
exec(bytearray(b'print(1)'))
exec(memoryview(b'print(2)'))
print(eval(b'1+1'))
