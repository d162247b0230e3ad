for x in y:
    try:
        continue
    finally:
        f()
