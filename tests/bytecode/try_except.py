try:
    f()
except:
    g()
