r = a + b - c * d / e // f % g ** h @ i
s = a << 1 >> 2 & 3 | 4 ^ 5
