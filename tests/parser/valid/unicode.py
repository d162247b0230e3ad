# -*- coding: utf-8 -*-
naïve = 'café'
変数 = "日本語"
print(naïve, 変数, f'{変数}!', len('€uro'))
x = {'ключ': 'значение'}
