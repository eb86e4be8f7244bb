# copytree(symlinks=True), copy2 / copystat / copymode with follow_symlinks=False copy links
# as links (Linux cannot chmod a link: CPython skips that step).
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "sub", "data.txt"), "w") as f:
        f.write("payload\n")
    os.symlink("data.txt", os.path.join(src, "sub", "link"))
    os.symlink("sub", os.path.join(src, "dirlink"))
    os.symlink("missing", os.path.join(src, "broken"))

    dst = os.path.join(tmp, "dst")
    shutil.copytree(src, dst, symlinks=True)
    for root, dirs, files in sorted(os.walk(dst)):
        for name in sorted(dirs + files):
            p = os.path.join(root, name)
            print(os.path.relpath(p, dst), os.path.islink(p), os.readlink(p) if os.path.islink(p) else "")

    link = os.path.join(src, "sub", "link")
    target = os.path.join(tmp, "copied_link")
    shutil.copy2(link, target, follow_symlinks=False)
    print(os.path.islink(target), os.readlink(target))
    shutil.copystat(link, target, follow_symlinks=False)
    shutil.copymode(link, target, follow_symlinks=False)
    print("copystat/copymode done")
    print(shutil.copy(link, os.path.join(tmp, "followed")) .endswith("followed"),
          os.path.islink(os.path.join(tmp, "followed")))
finally:
    shutil.rmtree(tmp)
