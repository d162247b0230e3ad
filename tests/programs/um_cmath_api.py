# cmath: constants, argument conversion, isclose, and error messages.
import cmath, math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Z:
    def __complex__(self):
        return complex(1, 2)


class BadZ:
    def __complex__(self):
        return 3.0


class Sub(complex):
    pass


for label, v in [("F", F()), ("I", I()), ("Z", Z()), ("int", 3), ("bool", True), ("float", 2.0),
                 ("Sub", Sub(1, 1)), ("big", 10 ** 20)]:
    print(label, cmath.sqrt(v), cmath.phase(v), cmath.polar(v), cmath.tanh(v))
print(cmath.rect(F(), I()), cmath.rect(2, 0), cmath.rect(-2, -0.0))
for expr in ["cmath.sqrt('x')", "cmath.sqrt(None)", "cmath.sqrt(BadZ())", "cmath.sqrt()",
             "cmath.sqrt(1, 2)", "cmath.rect(1)", "cmath.rect(1j, 2)", "cmath.log()",
             "cmath.log(1, 2, 3)", "cmath.log(0)", "cmath.log(2, 1)", "cmath.atanh(1)",
             "cmath.acos(z=1)", "cmath.exp(1000)", "cmath.cosh(1e6j + 1000)", "cmath.polar(1e308+1e308j)",
             "cmath.sqrt(10 ** 400)", "cmath.isclose(1)", "cmath.isclose(1, 2, 3)",
             "cmath.isclose(1, 1, rel_tol=-1)", "cmath.isclose(1, 1, tol=1)", "cmath.log10(0)",
             "cmath.exp(complex(math.inf, math.inf))", "cmath.rect(1, 2, 3)", "cmath.rect(x=1)",
             "cmath.log(z=1)", "cmath.isclose(1, a=2)", "cmath.isclose()", "cmath.isclose(1, b=1)",
             "cmath.isclose(b=1, a=1)", "cmath.phase(1e-320j + 1e300)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
pairs = [(1, 1), (1, 1 + 1e-10), (1, 1 + 1e-8), (0, 1e-10), (1j, 1j + 1e-12),
         (complex(math.inf, 1), complex(math.inf, 1)), (complex(math.inf, 1), complex(math.inf, 2)),
         (math.nan, math.nan), (1e308 + 1e308j, -1e308 - 1e308j)]
for a, b in pairs:
    print(a, b, cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=1e-12),
          cmath.isclose(a, b, abs_tol=1e-9), cmath.isclose(b=b, a=a, rel_tol=0.1, abs_tol=0.0))
