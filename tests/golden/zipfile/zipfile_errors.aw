# zipfile's errors and edge cases: missing member, bad mode, closed archive, duplicate names, ZipInfo
import io, zipfile, warnings

b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr(zipfile.ZipInfo("dated.txt", date_time=(2020, 1, 2, 3, 4, 6)), "dated")
    z.writestr("dir/", "")
    print(z.getinfo("dated.txt").date_time, z.getinfo("dir/").is_dir())
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        z.writestr("dated.txt", "again")
        print(len(w), w[0].category.__name__, w[0].message)
z = zipfile.ZipFile(io.BytesIO(b.getvalue()))
try:
    z.read("missing")
except KeyError as e:
    print("KeyError", e)
print(repr(z.getinfo("dir/")))
z.close()
try:
    z.read("dated.txt")
except ValueError as e:
    print("ValueError", e)
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    print("ValueError", e)
print(zipfile.is_zipfile(io.BytesIO(b"not a zip")))
p = zipfile.Path(zipfile.ZipFile(io.BytesIO(b.getvalue())))
print(sorted(x.name for x in p.iterdir()))
