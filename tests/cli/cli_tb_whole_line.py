def boom():
    raise ValueError("whole line")

boom()
