def check(src):
    try:
        compile(src, 'test.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


check("from __future__ import not_a_real_future_feature\n")
check("from __future__ import braces\n")
check("a = 1\nfrom __future__ import print_function\n")
check("'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division, generators\n")
check("from __future__ import print_function; from __future__ import generator_stop\n")
check("import os\ndef f():\n    from __future__ import division\n")
check("from __future__ import (nested_scopes, with_statement, unicode_literals,\n  absolute_import, barry_as_FLUFL)\n")
check("x = 1; from __future__ import division\n")
check("from __future__ import division\nif 1:\n    from __future__ import annotations\n")
