while a and not b or c:
    f()
