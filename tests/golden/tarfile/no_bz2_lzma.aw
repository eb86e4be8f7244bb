# aw has no bz2 or lzma module: tarfile and zipfile raise what CPython raises when they are missing
import os, tarfile, tempfile, zipfile

with tempfile.TemporaryDirectory() as d:
    for mode in ("w:bz2", "w:xz"):
        try:
            tarfile.open(os.path.join(d, "y"), mode)
        except tarfile.CompressionError as e:
            print("CompressionError", e)
    for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        try:
            zipfile.ZipFile(os.path.join(d, "b.zip"), "w", compression=method)
        except RuntimeError as e:
            print("RuntimeError", e)
