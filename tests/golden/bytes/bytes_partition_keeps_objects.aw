# bytes.partition/rpartition give back the separator object itself when found and
# self itself when not; bytearray gives new bytearrays.
sep = bytearray(b"-")
whole = b"a-b-c"
r = whole.partition(sep)
print(r, r[1] is sep)
r = whole.rpartition(memoryview(b"-"))
print(r[0], r[2], type(r[1]).__name__)
miss = b"abc"
print(miss.partition(b"x")[0] is miss, miss.rpartition(b"x")[2] is miss)
print(miss.partition(b"x"), miss.rpartition(b"x"))

class Sub(bytes):
    pass
s = Sub(b"xyz")
print(type(s.partition(b"-")[0]).__name__, s.partition(b"-")[0] is s, type(s.partition(b"y")[0]).__name__)

ba = bytearray(b"1-2")
print(ba.partition(b"-"), ba.rpartition(sep), ba.partition(b"x"))
print(ba.partition(b"-")[1] is sep, ba.partition(b"x")[0] is ba)
try:
    whole.partition(b"")
except ValueError as e:
    print("ValueError", e)
print(b"x".__bytes__(), type(Sub(b"s").__bytes__()).__name__)
