# user classes derived from bytes and bytearray
import copy
import pickle


class Packet(bytes):
    def checksum(self):
        return sum(self) % 256


class Tagged(bytes):
    def __new__(cls, payload, tag):
        self = super().__new__(cls, payload)
        self.tag = tag
        return self


class Buffer(bytearray):
    def push(self, data):
        self.extend(data)
        return len(self)


class Framed(bytearray):
    def __init__(self, head, body):
        super().__init__(head + body)
        self.split_at = len(head)


p = Packet(b"\x01\x02\xff")
print(p, repr(p), type(p).__name__, isinstance(p, bytes), len(p), p.checksum())
print(p[0], p[1:], type(p[1:]).__name__, p + b"!", type(p + b"!").__name__, p * 2)
print(p == b"\x01\x02\xff", b"\x01\x02\xff" == p, hash(p) == hash(b"\x01\x02\xff"), {p: "v"}[b"\x01\x02\xff"])
print(p.hex(), p.upper(), type(p.upper()).__name__, bytes(p), type(bytes(p)).__name__, list(p), 2 in p, b"\x02" in p)
print(Packet(), Packet(2), Packet([104, 105]), Packet("hé", "utf-8"), int(Packet(b"17")), Packet(b"ab").decode())

t = Tagged(b"data", "T1")
print(t, t.tag, t.__dict__, t.startswith(b"da"), memoryview(t)[0], b"-".join([t, t]))

b = Buffer(b"abc")
print(b, repr(b), type(b).__name__, b.push(b"de"), b, b[1:3], type(b[1:3]).__name__)
b[0] = 65
del b[-1]
b.append(33)
print(b, b + b"?", type(b + b"?").__name__, b.upper(), type(b.copy()).__name__, b == bytearray(b"Abcd!"))
b.label = "x"
print(b.label, Buffer(), Buffer(3), Buffer([1, 2]), Buffer("ok", "ascii"))

f = Framed(b"HD", b"payload")
print(f, f.split_at, len(f), f[:f.split_at], f.find(b"load"))
view = memoryview(f)
view[0] = ord("h")
print(f)

print(copy.copy(p), type(copy.copy(p)).__name__, copy.deepcopy(b), copy.deepcopy(b).label)
q = pickle.loads(pickle.dumps(b))
print(q, type(q).__name__, q.label)
for bad in (lambda: Packet("text"), lambda: Framed(b"only"), lambda: bytes.__new__(int), lambda: bytearray.__new__(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
