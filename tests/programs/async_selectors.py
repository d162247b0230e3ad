import selectors, time
print(sorted(n for n in dir(selectors) if not n.startswith('_')))
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
    def __repr__(self): return 'F(%d)' % self.fd
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector):
    with cls() as s:
        print(cls.__name__)
        f = F(1)
        if cls is not selectors.DefaultSelector:
            k = s.register(f, selectors.EVENT_WRITE, 'data')
            print(k.fd, k.events, k.data, k.fileobj)
            print([(key.data, ev) for key, ev in s.select(0)])
            try: s.register(f, selectors.EVENT_READ)
            except KeyError as e: print('KeyError', e)
            print(len(s.get_map()), f in s.get_map(), s.get_key(f).data)
            k2 = s.modify(f, selectors.EVENT_WRITE, 'new'); print(k2.data)
            print(s.unregister(f).data)
        try: s.unregister(f)
        except KeyError as e: print('KeyError', e)
        try: s.register(f, 0)
        except ValueError as e: print(e)
        try: s.register(-3, 1)
        except ValueError as e: print(e)
        t = time.monotonic(); print(s.select(0.03)); print(time.monotonic() - t >= 0.03)
print(selectors.SelectorKey(1, 2, 3, 4))
print(selectors.EVENT_READ, selectors.EVENT_WRITE)
