# os.umask sets the creation mask and returns the previous one (files made afterwards get it);
# os.get_exec_path lists PATH's directories, from a given env or os.defpath without one.
import os
import tempfile

previous = os.umask(0o027)
print(oct(os.umask(0o077)))
folder = tempfile.mkdtemp()
path = os.path.join(folder, "secret.txt")
with open(path, "w") as f:
    f.write("x")
print(oct(os.stat(path).st_mode & 0o777))
os.umask(previous)
os.remove(path)
os.rmdir(folder)
for bad in ("022", 1.5):
    try:
        os.umask(bad)
    except TypeError as e:
        print("TypeError:", e)

print(os.get_exec_path({"PATH": "/opt/bin:/usr/local/bin"}))
print(os.get_exec_path({}) == os.defpath.split(os.pathsep), os.get_exec_path({b"PATH": b"/b1:/b2"}))
print(os.get_exec_path() == os.environ["PATH"].split(os.pathsep))
try:
    os.get_exec_path({"PATH": "/a", b"PATH": b"/b"})
except ValueError as e:
    print("ValueError:", e)
