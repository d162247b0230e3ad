try:
    from ... import x
except ImportError as e:
    print("beyond:", e)
