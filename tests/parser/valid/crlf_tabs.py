if x:
	if y:
		z = 1
	else:
		z = '''a
b'''

class A:
        def f(self):
                return 1
x = 2
s = 'a\
b'
