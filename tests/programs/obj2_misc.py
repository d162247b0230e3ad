print(slice(10) == slice(10), slice(1,2) == slice(1,2,None), slice(1) != slice(2), slice(1,2) < slice(1,3))
s = super(list); print(s.__self__, s.__self_class__, s.__thisclass__)
class A: pass
A.__qualname__ = 'AA'; print(A.__qualname__, A)
try: A.__qualname__ = 1
except TypeError as e: print(e)
try: del A.__qualname__
except TypeError as e: print(e)
A.__name__ = 'B'; print(A.__name__, A)
try: A.__name__ = 3
except TypeError as e: print(e)
print(repr(161852602146008.12), repr(1.5e16), 0.1+0.2, 1e22, 123456789012345678.0)
c = compile('x = "Constant String"; y = 256', '<s>', 'exec'); print(c.co_consts, c.co_names)
try: complex(-2).__pow__(complex(2000.5))
except OverflowError as e: print(e)
try: print(type.__module__ )
except Exception as e: print(e)
try: type.__module__ = 'nope'
except TypeError as e: print(e)
try: object.__module__ = 'nope'
except TypeError as e: print(e)
A.__module__ = 'mod'; print(A.__module__, A)
A.__doc__ = 'd'; print(A.__doc__)
