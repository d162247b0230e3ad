def a():
    def b():
        class C:
            def d(self):
                pass
        return C
    return b
