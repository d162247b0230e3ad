for x in y:
    try:
        f()
    finally:
        break
