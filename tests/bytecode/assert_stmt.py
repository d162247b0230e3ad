assert x
assert x, 'msg'
