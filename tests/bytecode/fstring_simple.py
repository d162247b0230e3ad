s = f'a{x}b'
