import sys
import threading

# threading.settrace / setprofile install the functions in new threads only.
seen = []

def tracer(frame, event, arg):
    if event == 'call':
        seen.append(('trace', frame.f_code.co_name, threading.current_thread().name))
    return None

def prof(frame, event, arg):
    if event in ('call', 'return'):
        seen.append(('prof', event, frame.f_code.co_name))

def work():
    return sum(range(5))

threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=work, name='T1')
t.start()
t.join()
threading.settrace(None)
print([s for s in seen if s[1] == 'work'])
seen.clear()

threading.setprofile(prof)
print(threading.getprofile() is prof, sys.getprofile())
t = threading.Thread(target=work, name='T2')
t.start()
t.join()
threading.setprofile(None)
print([s for s in seen if s[2] == 'work'])

# Each thread traces on its own: settrace in one thread leaves the others alone.
log = []
def local_tracer(frame, event, arg):
    log.append((threading.current_thread().name, event, frame.f_code.co_name))
    return local_tracer

def traced():
    sys.settrace(local_tracer)
    work()
    sys.settrace(None)

t = threading.Thread(target=traced, name='T3')
t.start()
t.join()
work()
print(sorted(set(log)))

# sys._current_frames() sees a thread parked in a call.
entered = threading.Event()
leave = threading.Event()

def parked_inner():
    entered.set()
    leave.wait()

def parked_outer():
    parked_inner()

t = threading.Thread(target=parked_outer)
t.start()
entered.wait()
frames = sys._current_frames()
chain = []
fr = frames[t.ident]
while fr is not None:
    chain.append(fr.f_code.co_name)
    fr = fr.f_back
print(chain[chain.index('parked_inner'):chain.index('parked_outer') + 1])
print(frames[threading.get_ident()] is sys._getframe())
leave.set()
t.join()
print(t.ident in sys._current_frames())
