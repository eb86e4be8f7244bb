# an uncaught exception is printed, then the exit functions run
import atexit

atexit.register(print, "cleanup ran")
raise RuntimeError("boom")
