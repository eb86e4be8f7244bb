# os: process groups and sessions, ids, inheritable flags, pipe2, dup2, fsync, umask, fchmod,
# priorities, load averages, ttyname/openpty, sendfile, closerange, major/minor/makedev.
import os
import stat
import tempfile

pid = os.getpid()
print(os.getsid(pid) == os.getsid(0), os.getpgid(pid) == os.getpgrp(), os.getpgid(0) == os.getpgrp())
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or os.getresuid()[1] == os.geteuid())
print(os.getresgid()[1] == os.getegid(), all(isinstance(g, int) for g in os.getgroups()))
for call in (lambda: os.getsid(-7), lambda: os.getpgid(2**30), lambda: os.killpg(2**30, 0)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(r, True)
print(os.get_inheritable(r))
os.set_inheritable(r, False)
print(os.get_inheritable(r))
copy = os.dup2(w, 100)
print(copy, os.get_inheritable(copy))
copy2 = os.dup2(w, 101, inheritable=False)
print(copy2, os.get_inheritable(copy2))
os.write(copy, b"via dup2")
print(os.read(r, 100))
os.closerange(100, 102)
try:
    os.write(100, b"x")
except OSError as e:
    print("closed:", e.errno)
for fd in (r, w):
    os.close(fd)
r, w = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r), os.get_inheritable(r))
os.close(r)
os.close(w)

old = os.umask(0o022)
print(os.umask(old) == 0o022)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f")
    with open(path, "wb") as f:
        f.write(b"0123456789")
        f.flush()
        os.fsync(f)
        os.fdatasync(f.fileno())
        os.fchmod(f.fileno(), 0o640)
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    dest = os.path.join(d, "g")
    src = os.open(path, os.O_RDONLY)
    out = os.open(dest, os.O_WRONLY | os.O_CREAT)
    print(os.sendfile(out, src, 2, 5), os.sendfile(out, src, None, 3))
    os.close(src)
    os.close(out)
    with open(dest, "rb") as f:
        print(f.read())
try:
    os.fsync("nope")
except TypeError as e:
    print("TypeError:", e)
os.sync()

print(os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0), os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
print(len(os.getloadavg()), all(isinstance(x, float) for x in os.getloadavg()))
master, slave = os.openpty()
print(os.ttyname(slave).startswith("/dev/pts/"), os.get_inheritable(master), os.isatty(slave))
os.write(master, b"hi\n")
print(os.read(slave, 10))
os.close(slave)
os.close(master)
try:
    os.ttyname(9999)
except OSError as e:
    print("ttyname:", e.errno)
dev = os.makedev(8, 17)
print(dev, os.major(dev), os.minor(dev))
