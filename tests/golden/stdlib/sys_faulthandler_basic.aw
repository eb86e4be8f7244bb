# faulthandler: enable/disable/is_enabled, dump_traceback to a descriptor, register/unregister,
# dump_traceback_later and its cancellation.
import faulthandler, io, os, sys, tempfile, re, signal
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())
def inner(fd):
    faulthandler.dump_traceback(fd, all_threads=False)
def outer(fd):
    inner(fd)
with tempfile.TemporaryFile() as f:
    outer(f.fileno())
    f.seek(0)
    text = f.read().decode()
print(re.sub(r"line \d+", "line N", text.replace(__file__, "FILE")))
with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback(f)
    f.seek(0)
    print(re.sub(r"0x[0-9a-f]+", "ID", f.read().decode().splitlines()[0]))
try:
    faulthandler.dump_traceback(io.StringIO())
except Exception as e:
    print(type(e).__name__)
print(faulthandler.register(signal.SIGUSR1, file=sys.stderr) is None, faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
faulthandler.dump_traceback_later(100)
faulthandler.cancel_dump_traceback_later()
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print(e)
