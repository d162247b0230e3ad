text = "abc"
count = text.upper().replace("A", 1)
