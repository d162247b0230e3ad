class A(B, C, metaclass=M):
    pass
