import select
print(sorted(n for n in dir(select) if not n.startswith('_')))
print(sorted(n for n in dir(select.epoll) if not n.startswith('_')))
print(sorted(n for n in dir(select.poll()) if not n.startswith('_')))
