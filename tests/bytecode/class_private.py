class A:
    def m(self):
        self.__x = 1
