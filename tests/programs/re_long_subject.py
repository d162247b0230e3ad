import re
n = 100000
s = "ab" * (n // 2)
print(re.match(r"(a|b)*c", s), re.match(r"(?:ab)+", s).end(), re.match(r"(a|b)*", s).span(1))
print(re.match(r"(?:(?=a)a|b)*", s).end(), re.match(r".*?$", s).end(), re.search(r"(ab)+$", s).span())
print(re.fullmatch(r"(?:a(?:b))*", s) is not None, re.match(r"((a)|(b))*", s).groups())
t = "x" * n
print(re.match(r"(x+)\1", t).span(1), re.match(r"(?>x*)", t).end(), re.match(r"x*+y?", t).end())
print(len(re.findall(r"x", t)), len(re.sub(r"x", "yy", t)), len(re.split(r"(?<=x)(?=x)", t)))
print(re.search(r"x{3}y", t + "y").start(), re.match(r"(?:x{2}){1,}", t).end())
print(re.search(r"[^x]", t), re.search(r"\bx", t).start(), re.search(r"x\b", t).end())
