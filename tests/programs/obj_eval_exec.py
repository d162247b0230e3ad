x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
g = {"a": 3}
exec("b = a * 2", g)
print(g["b"], sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)
l = {}
exec("c = a + 1", g, l)
print(l)
def f():
    y = 5
    return eval("y + x")
print(f())
code = compile("1 + 2", "<s>", "eval")
print(type(code).__name__, eval(code))
code = compile("z = 7\nprint(z)", "<s>", "exec")
exec(code)
print(z)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print(e)
try:
    exec("x", [])
except TypeError as e:
    print(e)
print(exec("1"))
print(eval("a", {"a": 9}))
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))
try:
    super(str, 0)
except TypeError as e:
    print(e)
