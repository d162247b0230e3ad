# ast.literal_eval: values and CPython's error messages.
import ast

for s in ['1', '-1', '+1.5', '1+2j', '-1-2j', "'s'", "b'b'", '[1, (2, 3), {4: 5}]',
          '{1, 2}', 'set()', 'None', 'True', '...', '  \t 7', '{"a": [1]}', '()',
          '(1,)', '1e400', '-0.0', '3-0j']:
    print(repr(s), repr(ast.literal_eval(s)))

for s in ['x', '1 + x', 'f()', '[1, y]', '-"s"', '1 + 2', '2j + 1j', 'a.b', 'set(1)',
          '{**a}', '1 if 2 else 3', '\n\nname', 'lambda: 0']:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(repr(s), 'ValueError', str(e).split(': <')[0])
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)

print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[ast.Constant(2)])))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(': <')[0])
