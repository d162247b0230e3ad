import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns == types.SimpleNamespace(a=1, b='x'), ns.a)
ns.c = [1]
print(ns)
print(types.FunctionType, types.MethodType, types.GeneratorType, types.ModuleType, types.NoneType, types.BuiltinFunctionType, types.LambdaType, types.CoroutineType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
