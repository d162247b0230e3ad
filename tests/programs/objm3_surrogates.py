a = "\ud800"
print(ascii(a), len(a), a < "\ue000", "\ud800" < "\udfff")
print(ascii("x\udc00y" "z" "\ud83d"), ascii(f"\ud800{1}\udc00"), ascii(f"{a}\U0001F600\ud800"))
print(ascii("\ud83d\ude00"), len("\ud83d\ude00"))
d = {"\ud800": 1}
print(d, "\ud800" in {"\ud800", "b"})
def f():
    """doc\ud800"""
print(ascii(f.__doc__))
for src in [chr(0xD800), "x=1#" + chr(0xD800)]:
    try:
        exec(src)
    except UnicodeEncodeError as e:
        print("UEE", e)
try:
    compile("'\ud800'", "f", "eval")
except UnicodeEncodeError as e:
    print("UEE", e)
print(ascii(eval(r'"\udfff"')))
import operator
it = iter({0: 1, 2: 3})
print(it.__length_hint__(), operator.length_hint(iter([1,2,3])), operator.length_hint(iter(range(10))), operator.length_hint(reversed([1,2])))
