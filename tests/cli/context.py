class MyError(Exception):
    pass
try:
    raise MyError("first")
except MyError:
    raise TypeError("second")
