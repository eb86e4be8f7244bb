# tar.bz2 and ZIP_BZIP2 archives round-trip through aw's bz2.
import io, os, tarfile, tempfile, zipfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "a.txt")
    with open(src, "w") as f:
        f.write("alpha\n" * 100)
    tb = os.path.join(d, "x.tar.bz2")
    with tarfile.open(tb, "w:bz2") as t:
        t.add(src, arcname="a.txt")
        data = b"in-memory member"
        info = tarfile.TarInfo("m.bin")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    with tarfile.open(tb) as t:
        print(sorted(t.getnames()), t.extractfile("m.bin").read(), len(t.extractfile("a.txt").read()))
    zb = os.path.join(d, "x.zip")
    with zipfile.ZipFile(zb, "w", compression=zipfile.ZIP_BZIP2) as z:
        z.write(src, "a.txt")
        z.writestr("b.txt", "bee" * 50)
    with zipfile.ZipFile(zb) as z:
        print([(i.filename, i.compress_type, i.file_size) for i in z.infolist()], z.read("b.txt")[:6], z.testzip())
