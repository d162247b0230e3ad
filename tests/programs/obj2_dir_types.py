# dir() of the types this part delivered, compared with python3's.
import io, _io
print('memoryview', dir(memoryview))
print('object', dir(object))
for t in (io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper):
    print(t.__name__, sorted(n for n in dir(t) if not n.startswith('_')))
# Known missing on OSError: add_note (3.11 notes), characters_written; args is served by
# attribute lookup and not listed yet.
print('OSError', sorted(n for n in dir(OSError) if not n.startswith('_') and n not in {'add_note', 'args', 'characters_written'}))
import types
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.MethodDescriptorType,
      types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType)
