try:
    f()
except E:
    g()
else:
    h()
finally:
    i()
