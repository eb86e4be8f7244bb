# memoryview slice assignment takes a strided or reversed memoryview as its source; items
# take __index__ values; a conversion that releases the view makes the access fail
src = bytearray(b"abcdef")
dst = bytearray(b"......")
memoryview(dst)[:] = memoryview(src)[::-1]
print(dst)
dst = bytearray(b"...")
memoryview(dst)[:] = memoryview(src)[::2]
print(dst)
both = bytearray(b"abcd")
memoryview(both)[0:4] = memoryview(both)[::-1]
print(both)

class Small:
    def __index__(self):
        return 66

view = memoryview(bytearray(b"xyz"))
view[0] = Small()
view[Small() .__index__() - 65] = True
print(bytes(view), view[Small() .__index__() - 64])
for bad in (1.5, "a", 256, -1):
    try:
        view[0] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

data = bytearray(b"abcdefgh")
mv = memoryview(data)

class Releases:
    def __index__(self):
        mv.release()
        return 3

for action in ("read", "write", "value"):
    mv = memoryview(data)
    try:
        if action == "read":
            mv[Releases()]
        elif action == "write":
            mv[Releases()] = 1
        else:
            mv[0] = Releases()
    except ValueError as e:
        print(action, e)
print(data)
