# os.execv/execve/execl*/execvp* replace the process (run here in a child), os.times,
# os.truncate, os.device_encoding and os.__all__.
import os
import shutil
import subprocess
import sys
import tempfile

def child(code):
    p = subprocess.run([sys.executable, "-c", "import os\n" + code], capture_output=True, text=True)
    return p.returncode, p.stdout.strip(), p.stderr.strip().splitlines()[-1:] if p.returncode else []

print(child('os.execv("/bin/echo", ["echo", "via", "execv"])'))
print(child('os.execvp("echo", ("echo", "via", "execvp"))'))
print(child('os.execl("/bin/sh", "sh", "-c", "echo $AW_X", "ignored")'))
print(child('os.execle("/bin/sh", "sh", "-c", "echo $AW_X", {"AW_X": "from-env"})'))
print(child('os.execvpe("sh", ["sh", "-c", "echo $AW_X"], {"AW_X": "vpe", "PATH": "/bin:/usr/bin"})'))
print(child('os.execlp("true", "true")'))
for args in (("x", 5), ("x", []), ("x", [""]), ("/nonexistent/prog", ["p"])):
    try:
        os.execv(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for env in (5, {"A=B": "1"}):
    try:
        os.execve("/bin/true", ["true"], env)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.execvp("no-such-program-aw", ["x"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

t = os.times()
print(type(t).__name__, len(t), all(isinstance(v, float) for v in t), t.user == t[0], t.elapsed > 0)
print(repr(t).startswith("posix.times_result(user="), isinstance(t, os.times_result))

tmp = tempfile.mkdtemp()
try:
    name = os.path.join(tmp, "f")
    with open(name, "wb") as f:
        f.write(b"0123456789")
    os.truncate(name, 4)
    print(open(name, "rb").read())
    fd = os.open(name, os.O_RDWR)
    os.truncate(fd, 2)
    os.close(fd)
    print(open(name, "rb").read())
    try:
        os.truncate(os.path.join(tmp, "missing"), 0)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, e.filename == os.path.join(tmp, "missing"))
    r, w = os.pipe()
    print(os.device_encoding(r), os.device_encoding(12345))
    os.close(r)
    os.close(w)
finally:
    shutil.rmtree(tmp)

print(all(n in os.__all__ for n in ("open", "walk", "path", "environ", "sep", "execv", "times")),
      any(n in os.__all__ for n in ("sys", "abc", "_exit_hooks", "PathLike")))
