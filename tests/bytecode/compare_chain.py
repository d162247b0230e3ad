x = a < b <= c
