import sys

# tb_frame is the frame object of the frame that raised, the same object each time.
def rec(n):
    if n == 0:
        raise ValueError(n)
    return rec(n - 1)

def catcher():
    me = sys._getframe()
    try:
        rec(2)
    except ValueError as e:
        tb = e.__traceback__
        print(tb.tb_frame is me, tb.tb_frame is tb.tb_frame)
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_frame is me))
            tb = tb.tb_next
        print(names)

catcher()

def traced_raise():
    fr = sys._getframe()
    try:
        raise KeyError('k')
    except KeyError as e:
        return fr, e

fr, e = traced_raise()
print(e.__traceback__.tb_frame is fr, sorted(fr.f_locals))
