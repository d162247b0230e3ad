import _io
import io

print(sorted(n for n in dir(_io) if not n.startswith('_')))
print(_io.BufferedRWPair is io.BufferedRWPair, _io.IncrementalNewlineDecoder is io.IncrementalNewlineDecoder)
