import sys

# f_back of a finished frame leads to its callers.
def inner():
    return sys._getframe()

def outer():
    return inner()

fr = outer()
chain = []
while fr is not None:
    chain.append(fr.f_code.co_name)
    fr = fr.f_back
print(chain)
