# float.fromhex rounds half-to-even at every magnitude (subnormals included), and float() of an
# int or float subclass calls the subclass's own __float__.
for text in ["0x0.ffffffffffffecp-1022", "0x0.fffffffffffff8p-1022", "0x0.0000000000001p-1022",
             "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.00000000000008p0",
             "0x1.00000000000018p0", "0x1.000000000000080000000001p0", "-0x1.fffffffffffff8p1023",
             "0x1.fffffffffffff7ffp1023", "0x.8p-1073", "0x0p99999999999999", "0X1P+10", "  -0x10.8  "]:
    try:
        value = float.fromhex(text)
        print(repr(text), value.hex(), value)
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__, e)


class Celsius(float):
    def __float__(self):
        return 100.0


class Count(int):
    def __float__(self):
        return 0.5


class Bad(float):
    def __float__(self):
        return 7


print(float(Celsius(3.0)), Celsius(3.0) + 1, float(Count(4)), Count(4) + 1)
try:
    float(Bad(2.0))
except TypeError as e:
    print("TypeError:", e)
