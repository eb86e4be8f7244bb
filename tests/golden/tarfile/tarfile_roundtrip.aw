# tarfile open/add/addfile/getmembers/extractfile/extractall, plain and gzip, on files and BytesIO
import tarfile, tempfile, os, io
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
        f.write(bytes(range(100)))
    for mode, ext in (("w", "tar"), ("w:gz", "tar.gz")):
        p = os.path.join(d, "x." + ext)
        with tarfile.open(p, mode) as t:
            t.add(src, arcname="src")
            info = tarfile.TarInfo("mem.txt")
            data = b"from memory"
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
        print(ext, tarfile.is_tarfile(p))
        with tarfile.open(p) as t:
            ms = t.getmembers()
            print([(m.name, m.size, m.isdir(), m.isfile()) for m in ms])
            print(t.getnames())
            print(t.extractfile("src/a.txt").read(), t.extractfile("mem.txt").read())
            out = os.path.join(d, "out_" + ext)
            t.extractall(out)
        for root, dirs, files in sorted(os.walk(out)):
            print(os.path.relpath(root, out), sorted(dirs), sorted(files))
        print(open(os.path.join(out, "src", "sub", "b.bin"), "rb").read()[:5])
    with tarfile.open(os.path.join(d, "x.tar.gz"), "r:gz") as t:
        print(len(t.getmembers()))
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode="w") as t:
        ti = tarfile.TarInfo("f")
        ti.size = 3
        t.addfile(ti, io.BytesIO(b"xyz"))
    b.seek(0)
    with tarfile.open(fileobj=b) as t:
        print(t.extractfile("f").read())
