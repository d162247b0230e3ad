import math
print((2.5).__round__(), (2.5).__round__(0), (7).__round__(-1), (7).__round__(), (5).__ceil__(), (1.5).__floor__(), (5).__divmod__(3), (5).__rdivmod__(3), (5.0).__divmod__(2), (5.0).__rdivmod__(2), (3).as_integer_ratio(), (True).as_integer_ratio(), (5).__getnewargs__(), (2.5).__getnewargs__())
print((5).__divmod__(1.5), float.__getformat__('double'), (True).__round__(), (True).__trunc__(), type((True).__floor__()))
print((1.5).hex(), float.fromhex('0x1.8p3'), math.trunc(-3), math.floor(True), math.ceil(2.1))
print(math.sqrt(2), math.hypot(3, 4), math.hypot(1e308, 1e308) if False else math.hypot(*range(10)), math.dist((1, 2, 3), (4, 5, 6)))
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.prod(range(1, 20)), math.prod([]), math.prod([2.5, 2], start=3))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, -27), math.lcm(), math.lcm(4, 6, 10), math.isqrt(10**40), math.factorial(30), math.comb(50, 20), math.perm(10), math.perm(10, 3))
print(math.log(100, 10), math.log(2**2000), math.log2(2**3000), math.log10(10**400), math.log(8, 2), math.log1p(1e-20), math.exp2(10), math.cbrt(27), math.expm1(1e-10))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10.5), math.gamma(-0.5), math.lgamma(-0.5))
print(math.frexp(10.0), math.frexp(0.0), math.ldexp(0.5, 5), math.modf(-2.0), math.modf(3.5), math.modf(float('inf')), math.copysign(3, -0.0))
print(math.fmod(-7, 3), math.fmod(7, float('inf')), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(5, 2), math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.ulp(1e308))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.degrees(math.pi), math.radians(180))
print(math.atan2(1, -1), math.pow(2, 0.5), math.pow(0.0, float('-inf')), math.pow(-8, 1/3) if False else math.pow(2, -1074), math.tau, math.e, math.inf, math.nan)
for e, f in [('math.sqrt(-1)', lambda: math.sqrt(-1)), ('math.log(0)', lambda: math.log(0)), ('math.log(-1.5)', lambda: math.log(-1.5)), ('math.log(10,1)', lambda: math.log(10,1)), ('math.pow(0,-1)', lambda: math.pow(0,-1)), ('math.pow(-8,0.5)', lambda: math.pow(-8,0.5)), ('math.pow(10,400)', lambda: math.pow(10,400)), ('math.exp(1000)', lambda: math.exp(1000)), ('math.acos(2)', lambda: math.acos(2)), ('math.gamma(0)', lambda: math.gamma(0)), ('math.gamma(-2)', lambda: math.gamma(-2)), ('math.gamma(200)', lambda: math.gamma(200)), ('math.lgamma(0)', lambda: math.lgamma(0)), ('math.ldexp(1.0,1.5)', lambda: math.ldexp(1.0,1.5)), ('math.ldexp(1,10**30)', lambda: math.ldexp(1,10**30)), ('math.ldexp(1,-10**30)', lambda: math.ldexp(1,-10**30)), ('math.ldexp(1.0, 5000)', lambda: math.ldexp(1.0, 5000)), ('math.factorial(-1)', lambda: math.factorial(-1)), ('math.factorial(2.0)', lambda: math.factorial(2.0)), ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])), ('math.fsum([float("inf"), float("-inf")])', lambda: math.fsum([float("inf"), float("-inf")])), ('math.fsum([float("inf"), 1])', lambda: math.fsum([float("inf"), 1])), ('math.fsum([float("nan"), 1])', lambda: math.fsum([float("nan"), 1])), ('math.isqrt(-1)', lambda: math.isqrt(-1)), ('math.comb(-1, 2)', lambda: math.comb(-1, 2)), ('math.sqrt("x")', lambda: math.sqrt("x")), ('math.trunc("x")', lambda: math.trunc("x")), ('math.floor(float("inf"))', lambda: math.floor(float("inf"))), ('math.ceil(float("nan"))', lambda: math.ceil(float("nan"))), ('math.isclose(1,2,rel_tol=-1)', lambda: math.isclose(1,2,rel_tol=-1)), ('math.hypot(float("inf"), float("nan"))', lambda: math.hypot(float("inf"), float("nan"))), ('math.dist((1,),(1,2))', lambda: math.dist((1,),(1,2))), ('math.remainder(float("inf"), 1)', lambda: math.remainder(float("inf"), 1)), ('math.fmod(1, 0)', lambda: math.fmod(1, 0)), ('math.cosh(1000)', lambda: math.cosh(1000)), ('math.atanh(1)', lambda: math.atanh(1)), ('math.log1p(-1)', lambda: math.log1p(-1)), ('math.sin(float("inf"))', lambda: math.sin(float("inf"))), ('math.sqrt()', lambda: math.sqrt()), ('math.log()', lambda: math.log()), ('math.atan2(1)', lambda: math.atan2(1)), ('math.gcd(1.5)', lambda: math.gcd(1.5)), ('math.prod()', lambda: math.prod()), ('math.prod([1],[2])', lambda: math.prod([1],[2]))]:
    try: print(e, repr(f()))
    except Exception as x: print(e, type(x).__name__, x)
class C:
    def __floor__(self): return 'F'
    def __ceil__(self): return 'C'
    def __trunc__(self): return 'T'
    def __float__(self): return 2.5
    def __index__(self): return 7
print(math.floor(C()), math.ceil(C()), math.trunc(C()), math.sqrt(C()), math.isqrt(C()), math.gcd(C(), 14))
l = [1, 2, 3, 2]
print(l.index(2, -1), l.index(2, 2), (1, 2, 3).index(3, -1))
for e, f in [('l.index(1, 1)', lambda: l.index(1, 1)), ('l.index(2, 0, 1)', lambda: l.index(2, 0, 1)), ('(1,2).index(2, 0, 1)', lambda: (1,2).index(2, 0, 1)), ('l.index(1, True)', lambda: l.index(1, True)), ('l.index(1, None)', lambda: l.index(1, None))]:
    try: print(e, repr(f()))
    except Exception as x: print(e, type(x).__name__, x)
