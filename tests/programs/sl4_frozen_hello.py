import __hello__
import __phello__.spam
import __phello__.ham.eggs
print(__hello__.initialized, __phello__.initialized, __phello__.spam.initialized)
print(sorted(n for n in dir(__hello__) if not n.startswith('_')))
print(sorted(n for n in dir(__phello__) if not n.startswith('_')))
print(__hello__.TestFrozenUtf8_1.__doc__, __hello__.TestFrozenUtf8_2.__doc__, __hello__.TestFrozenUtf8_4.__doc__)
__hello__.main()
__phello__.spam.main()
