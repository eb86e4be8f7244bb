# ZipFile write/writestr/read/namelist/infolist/open/extractall in 'r', 'w' and 'a'; is_zipfile
import zipfile, tempfile, os, io
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "a.zip")
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("hello.txt", "hello world\n" * 10)
        z.writestr("sub/data.bin", bytes(range(256)), compress_type=zipfile.ZIP_STORED)
        src = os.path.join(d, "src.txt")
        with open(src, "w") as f:
            f.write("from disk\n")
        z.write(src, "disk.txt")
    print(zipfile.is_zipfile(p), zipfile.is_zipfile(src))
    with zipfile.ZipFile(p) as z:
        print(z.namelist())
        for i in z.infolist():
            print(i.filename, i.file_size, i.compress_type, i.CRC)
        print(z.read("hello.txt")[:12], len(z.read("sub/data.bin")))
        with z.open("disk.txt") as f:
            print(f.read())
        with z.open("hello.txt") as f:
            print(f.readline(), f.read(5))
        print(z.testzip())
        out = os.path.join(d, "out")
        z.extractall(out)
        print(sorted(os.listdir(out)), open(os.path.join(out, "sub", "data.bin"), "rb").read()[:4])
    with zipfile.ZipFile(p, "a") as z:
        z.writestr("added.txt", b"appended")
        with z.open("new.txt", "w") as f:
            f.write(b"written via open")
    with zipfile.ZipFile(p) as z:
        print(z.namelist(), z.read("new.txt"), z.read("added.txt"))
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr("m.txt", "mem")
    print(zipfile.ZipFile(io.BytesIO(b.getvalue())).read("m.txt"))
    try:
        zipfile.ZipFile(src)
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
