# A slice bound's __index__ that empties the list or bytearray being sliced: no stale length.
class X:
    def __index__(self):
        del e[:]
        return 1

e = [1]
print(e[:X()])
e = [1, 2]
print(e[0:10:X()])
e = [1, 2, 3]
e[0:10:X()] = []
print(e)
e = bytearray(b"ab")
print(e[0:10:X()])
e = bytearray(b"abc")
print(e[:X()])
