# bytearray += and *= change the object in place: every name for it sees the change.
import array
data = bytearray(b"ab")
alias = data
data += b"cd"
print(alias, data is alias)
data *= 2
print(alias, data is alias)
data += memoryview(b"!")
data += bytearray(b"?")
data += array.array("B", [65, 66])
print(alias)
for bad in ([1], "x", 1, None):
    try:
        data += bad
    except TypeError as e:
        print("TypeError", e)
for bad in (2.0, "x"):
    try:
        data *= bad
    except TypeError as e:
        print("TypeError", e)
print(data.__iadd__(b"z") is data, data.__imul__(1) is data)
data *= 0
print(alias, len(alias))
one = bytearray(b"xy")
one *= -3
print(one)

class Sub(bytearray):
    pass
s = Sub(b"q")
t = s
s += b"r"
print(type(s).__name__, t, s is t)
b = b"ab"
c = b
b += b"c"
print(b, c, b is c)
