# dis/opcode API shapes that do not depend on the instruction set's numbering.
import dis, opcode

print(dis.Instruction._fields, dis.Positions._fields)
print(dis.cmp_op, dis.hasnargs, dis.COMPILER_FLAG_NAMES)
print(dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x40), dis.pretty_flags(0x10000))
print(dis.FORMAT_VALUE_CONVERTERS, dis.MAKE_FUNCTION_FLAGS)
print(all(dis.opname[v] == k for k, v in dis.opmap.items()), len(dis.opname))
print(opcode.opmap is dis.opmap, opcode.cmp_op == dis.cmp_op)

def f(a, b=1, *args, c, **kw):
    x = a + b
    return x

ins = list(dis.get_instructions(f))
print(ins[0].opname, ins[-1].opname, ins[-1].argval if ins[-1].arg is not None else None)
print([i.opname for i in ins if i.opname.startswith(('LOAD_FAST', 'STORE_FAST'))])
print([i.argval for i in ins if i.opname.startswith(('LOAD_FAST', 'STORE_FAST'))])
print(all(isinstance(i, dis.Instruction) and i.offset % 2 == 0 for i in ins))
print(dict(dis.findlinestarts(f.__code__)) == {i.offset: i.starts_line for i in ins if i.starts_line is not None})
bc = dis.Bytecode(f)
print(repr(bc).startswith('Bytecode(<function f'), bc.first_line, [i.opname for i in bc] == [i.opname for i in ins])
print(bc.info().split('\n')[:5])
print(dis.code_info(f).split('\n')[:5])
first = next(iter(dis.Bytecode(f, first_line=100)))
print(first.starts_line)
print(dis.stack_effect(dis.opmap['POP_TOP']), dis.stack_effect(dis.opmap['LOAD_CONST'], 0))
try:
    dis.stack_effect(dis.opmap['LOAD_CONST'])
except ValueError as e:
    print(e)
try:
    dis.dis(42)
except TypeError as e:
    print(e)
try:
    dis.code_info(42)
except TypeError as e:
    print(e)
