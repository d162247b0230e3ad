import contextvars
import _contextvars

for m in (contextvars, _contextvars):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_')))
for t in (contextvars.Context, contextvars.ContextVar, contextvars.Token):
    print(t.__name__, sorted(n for n in dir(t) if not n.startswith('_')))
