a, *b, c = seq
*d, = seq
