# A file name that is not UTF-8: os.listdir, os.scandir, os.walk and glob give it with its
# bytes as lone surrogates (surrogateescape) instead of failing; os.listdir(bytes) is raw.
import glob
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    raw = os.path.join(os.fsencode(tmp), b"bad\xff\xfename")
    with open(raw, "wb") as f:
        f.write(b"x")
    with open(os.path.join(tmp, "good"), "w") as f:
        f.write("y")
    print(sorted(ascii(n) for n in os.listdir(tmp)))
    print(sorted(os.listdir(os.fsencode(tmp))))
    print(sorted(ascii(e.name) for e in os.scandir(tmp)))
    print(sorted(ascii(os.path.basename(p)) for p in glob.glob(os.path.join(tmp, "*"))))
    print([sorted(ascii(n) for n in files) for _, _, files in os.walk(tmp)])
    print(os.fsencode(sorted(os.listdir(tmp))[0]) == b"bad\xff\xfename")
    os.unlink(raw)
    print(os.listdir(tmp))
finally:
    shutil.rmtree(tmp)
