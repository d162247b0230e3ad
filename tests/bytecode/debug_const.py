if __debug__:
    f()
