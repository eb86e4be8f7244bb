# io.FileIO and open(..., buffering=0): unbuffered raw files, readall, readinto, truncate, raw of buffered files
import io, os, tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "raw.bin")
    f = io.FileIO(p, "w")
    print(f.mode, f.closefd, f.writable(), f.readable(), f.write(b"0123456789"))
    print(os.path.getsize(p))
    f.close()
    print(f.closed, repr(f))
    with io.FileIO(p) as f:
        print(f.mode, f.read(4), f.readall(), f.read())
    with open(p, "rb", buffering=0) as f:
        b = bytearray(3)
        print(type(f).__name__, f.readinto(b), b, f.tell())
    with io.FileIO(p, "r+") as f:
        print(f.mode, f.truncate(5), f.read())
    with open(p, "rb") as f:
        print(f.raw.mode, f.raw.closefd, type(f.raw).__name__, f.read())
    with open(p, "ab") as f:
        print(f.mode, f.raw.mode)
    with open(p, "w+b") as f:
        print(f.mode)
    try:
        io.FileIO(p, "rt")
    except ValueError as e:
        print("ValueError:", e)
    try:
        io.FileIO(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno)
    fd = os.open(p, os.O_RDONLY)
    f = io.FileIO(fd, closefd=False)
    print(f.read(2), f.closefd)
    f.close()
    os.close(fd)
    with open(p) as f:
        print(type(f.buffer).__name__, f.buffer.read(2), f.read())
