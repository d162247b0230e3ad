# cmath on a grid of values: finite, signed zeros, huge, tiny, subnormal, infinities, NaN.
import cmath, math

inf, nan = math.inf, math.nan
parts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-300, -1e-310, 5e-324, 1e300, -1e308,
         1.7976931348623157e308, 710.0, -710.0, inf, -inf, nan]
values = [complex(a, b) for a in parts for b in parts]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]


def sign_repr(x):
    # repr() hides a NaN's sign and the sign of zero parts is shown; show both explicitly.
    if isinstance(x, complex):
        return "(%r%s, %r%s)" % (x.real, "-" if math.copysign(1, x.real) < 0 else "+",
                                  x.imag, "-" if math.copysign(1, x.imag) < 0 else "+")
    if isinstance(x, tuple):
        return "(" + ", ".join(sign_repr(v) for v in x) + ")"
    return repr(x)


for name in names:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(sign_repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
    print(name)
    for i in range(0, len(out), 6):
        print("  " + " | ".join(out[i:i + 6]))
print("rect")
for r in parts:
    row = []
    for phi in parts:
        try:
            row.append(sign_repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__[0] + ":" + str(e))
    print("  " + " | ".join(row))
print("log base")
for z in [2, 0, -1, 1j, 10, complex(3, 4), 1e-320]:
    for base in [2, 1, 0, 10, -1, 1j, math.e, complex(0.5, 0.5)]:
        try:
            print(" ", z, base, sign_repr(cmath.log(z, base)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            print(" ", z, base, type(e).__name__, e)
