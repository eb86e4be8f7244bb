# the class hierarchy: types of open() results, isinstance/issubclass, io.open, io.open_code
import io, os, sys, tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with open(p, "w") as f:
        f.write("data\n")
    files = [open(p), open(p, "rb"), open(p, "wb"), open(p, "r+b"), open(p, "rb", buffering=0),
             open(p, "a"), open(p, "ab")]
    for f in files:
        t = type(f)
        print(t, t.__module__, f.mode, isinstance(f, io.IOBase), isinstance(f, io.RawIOBase),
              isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase))
        f.close()
    print(type(open(p, "rb")) is io.BufferedReader, type(open(p, "wb")) is io.BufferedWriter,
          type(open(p, "rb+")) is io.BufferedRandom, type(open(p)) is io.TextIOWrapper,
          type(open(p, "rb", buffering=0)) is io.FileIO)
    with io.open_code(p) as f:
        print(type(f).__name__, f.read())

print(io.open is open)
for c in (io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair,
          io.TextIOWrapper, io.BytesIO, io.StringIO):
    print(c.__name__, issubclass(c, io.IOBase), issubclass(c, io.RawIOBase),
          issubclass(c, io.BufferedIOBase), issubclass(c, io.TextIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(type(sys.stdout).__name__, type(sys.stdin.buffer).__name__, type(sys.stdin.buffer.raw).__name__)
print(io.TextIOWrapper, io.BufferedReader, io.FileIO)
