# PEP 678 notes under the exception line.
e = ValueError("bad value")
e.add_note("hint: check the input")
e.add_note("second hint")
raise e
