for x in xs:
    if x:
        break
else:
    f()
