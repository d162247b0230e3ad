# The public names of ast, _ast, dis and opcode, and the node class hierarchy.
import ast, _ast, dis, opcode
for m in (ast, _ast, dis, opcode):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_')))
for n in sorted(dir(ast)):
    c = getattr(ast, n)
    if isinstance(c, type) and issubclass(c, ast.AST):
        print(n, c.__mro__[1].__name__, c._fields, getattr(c, '_attributes', None),
              c.__match_args__, c.__module__, repr(c.__doc__))
print(ast.Constant.kind, ast.expr.end_lineno, ast.arg.type_comment)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
