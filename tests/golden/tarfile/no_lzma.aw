# aw has no lzma module: tarfile and zipfile raise what CPython raises when it is missing
import os, tarfile, tempfile, zipfile

with tempfile.TemporaryDirectory() as d:
    try:
        tarfile.open(os.path.join(d, "y"), "w:xz")
    except tarfile.CompressionError as e:
        print("CompressionError", e)
    try:
        zipfile.ZipFile(os.path.join(d, "b.zip"), "w", compression=zipfile.ZIP_LZMA)
    except RuntimeError as e:
        print("RuntimeError", e)
