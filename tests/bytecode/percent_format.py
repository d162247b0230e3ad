s = '%s:%r %5s' % (a, b, c)
