# NodeVisitor / NodeTransformer, location helpers, compile() of a modified tree.
import ast

src = '''
def add(a, b):
    """Add two numbers."""
    return a + b

x = add(2, 3)
print(x, add(10, 20))
for i in range(3):
    print(i * 2)
'''

tree = ast.parse(src)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)

c = Counter()
c.visit(tree)
print(c.names)

class AddToMul(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node
    def visit_Constant(self, node):
        if isinstance(node.value, int) and node.value == 20:
            return ast.Constant(21)
        return node

class DropFor(ast.NodeTransformer):
    def visit_For(self, node):
        return [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('loop gone')], [])), node]

new = ast.fix_missing_locations(DropFor().visit(AddToMul().visit(tree)))
print(ast.unparse(new))
code = compile(new, '<transformed>', 'exec')
ns = {}
exec(code, ns)
print(ns['x'])

print(ast.get_docstring(tree.body[0]))
print(ast.get_docstring(tree))
print(sorted(type(n).__name__ for n in ast.walk(ast.parse('a + b * c'))))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse('x').body[0].value)])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])

t = ast.parse('x = 1\ny = 2')
ast.increment_lineno(t, 3)
print(ast.dump(t, include_attributes=True))
print(ast.get_source_segment('a = foo(1,\n  2)\n', ast.parse('a = foo(1,\n  2)\n').body[0].value))
print(repr(ast.get_source_segment('if x:\n    y = (1 +\n 2)\n', ast.parse('if x:\n    y = (1 +\n 2)\n').body[0].body[0], padded=True)))

# an expression tree compiled in eval mode
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '<e>', 'eval')))

# a module built by hand
m = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], type_ignores=[])
exec(compile(ast.fix_missing_locations(m), '<m>', 'exec'))

# validation errors
bad = [
    ast.Module(body=[ast.Expr(ast.Name('x', ast.Store()))], type_ignores=[]),
    ast.Module(body=[ast.Assign(targets=[ast.Name('x', ast.Load())], value=ast.Constant(1))], type_ignores=[]),
    ast.Module(body=[ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [])], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.Name('None', ast.Load()))], type_ignores=[]),
    ast.Module(body=[ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))], type_ignores=[]),
]
for b in bad:
    try:
        compile(ast.fix_missing_locations(b), '<bad>', 'exec')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    compile(ast.Module(body=[ast.Expr(ast.Constant(1))], type_ignores=[]), '<bad>', 'exec')
except TypeError as e:
    print('TypeError', e)
try:
    compile(ast.parse('x'), '<bad>', 'eval')
except TypeError as e:
    print('TypeError', e)
print(ast.Num(5).value, isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num),
      isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(True), ast.Num))
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, n._fields)
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print(e)
import copy, pickle
n2 = copy.deepcopy(ast.parse('a + 1'))
print(ast.dump(n2))
print(ast.dump(pickle.loads(pickle.dumps(ast.parse('[1, 2]')))))
