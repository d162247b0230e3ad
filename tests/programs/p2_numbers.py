# ints, floats, bools and their operators
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b), pow(2, 10), pow(2, -1), pow(3, 4, 5))
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, -1 << 70)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 63), (2 ** 63) - 1, 10 ** 30 // 7, (10 ** 30) % 7)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
big = 1 << 3000
print(len(str(big)), big % 1000007, big.bit_length(), (big - 1) & 0xffff)
print(0.1 + 0.2, 1 / 3, 2.5, 1e16, 1e-7, 123456789.0, 1.0, -0.0, 1e300 * 1e10, float("nan"))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2 ** 0.5, 10 / 4, 3.0 * 2)
print(True + True, True * 3, False - 1, int(True), float(False))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 1 != 2, 5 >= 5.0)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.99), int(-3.99), float("1.5"), float("-inf"))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), abs(-7), abs(-2.5))
print(hash(1), hash(-1), hash(1.0), hash(True), hash(2 ** 61), hash(1.5), hash(-2 ** 63))
print(max(3, 9, 2), min([4, 1, 8]), sum([1, 2, 3]), sum([0.5, 0.25]), sum(range(101)))
print(bin(10), oct(8), hex(255), bin(-5), hex(-255))
print(isinstance(True, int), isinstance(1, float), type(1), type(1.0), type(True), type(None))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 14
print(x)
print(1e22, 1e21, 123e-20, 5e-324, 1.7976931348623157e308, 0.1 * 3, 100.0, 1.5e-5)
