import graphlib
from graphlib import TopologicalSorter, CycleError
print(sorted(n for n in dir(graphlib) if not n.startswith('_')))
print(sorted(n for n in dir(TopologicalSorter) if not n.startswith('_')))
g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(tuple(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
ts = TopologicalSorter()
for n, p in [(2, (11,)), (9, (11, 8, 10)), (10, (11, 3)), (11, (7, 5)), (8, (7, 3))]:
    ts.add(n, *p)
print(list(ts.static_order()))
for graph in ({1: [2], 2: [3], 3: [1]}, {1: [1]}, {'a': ['b'], 'b': ['c', 'd'], 'd': ['b'], 'c': []}, {1: [2, 3], 3: [4], 4: [3]}):
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print('CycleError', e, e.args)
ts = TopologicalSorter({1: [2], 2: [3], 3: [2], 5: []})
try:
    ts.prepare()
except CycleError as e:
    print(e.args[1], ts.get_ready(), ts.is_active())
ts = TopologicalSorter({'b': ['a'], 'c': ['a']})
for call in (ts.get_ready, ts.is_active, lambda: ts.done('a'), lambda: bool(ts)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for call in (ts.prepare, lambda: ts.add('x'), lambda: ts.done('a'), lambda: ts.done('zz')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
r = ts.get_ready(); print(r, bool(ts)); ts.done(*r)
try:
    ts.done('a')
except ValueError as e:
    print('ValueError', e)
print(sorted(ts.get_ready()), ts.is_active())
print(TopologicalSorter[int], issubclass(CycleError, ValueError))
