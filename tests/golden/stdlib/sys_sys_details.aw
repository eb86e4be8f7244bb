# sys.flags / sys.version_info types cannot be instantiated, sys.orig_argv keeps the command
# line as given (sys.argv[0] becomes '-c'), sys.call_tracing calls func(*args).
import subprocess
import sys

for t in (type(sys.flags), type(sys.version_info)):
    for args in ((), ((1, 2, 3),)):
        try:
            t(*args)
        except TypeError as e:
            print(t.__name__, "TypeError:", e)
print(sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__)

code = "import sys; print(sys.orig_argv[1:], sys.argv)"
for extra in ([], ["-E"], ["-W", "ignore"]):
    out = subprocess.run([sys.executable] + extra + ["-c", code, "one", "-x"], capture_output=True, text=True).stdout
    print(out.strip())
out = subprocess.run([sys.executable, "-c" + code, "two"], capture_output=True, text=True).stdout
print(out.strip())
print(sys.orig_argv[0].rsplit("/", 1)[-1].startswith(("aw", "python")))

print(sys.call_tracing(max, (3, 9, 4)), sys.call_tracing(lambda: "none", ()))
for bad in ((max, [1]), (max,)):
    try:
        sys.call_tracing(*bad)
    except TypeError as e:
        print("TypeError:", e)
