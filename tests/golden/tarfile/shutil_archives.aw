# shutil.make_archive and unpack_archive over zipfile and tarfile
import shutil, tempfile, os
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src"); os.mkdir(src)
    open(os.path.join(src, "a.txt"), "w").write("x")
    for fmt in ("zip", "tar", "gztar"):
        a = shutil.make_archive(os.path.join(d, "arc"), fmt, src)
        out = os.path.join(d, "out_" + fmt)
        shutil.unpack_archive(a, out)
        print(fmt, os.path.basename(a), sorted(os.listdir(out)))
