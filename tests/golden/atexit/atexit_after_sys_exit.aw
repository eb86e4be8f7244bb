# sys.exit still runs the exit functions; the exit status is kept
import atexit
import sys

atexit.register(print, "cleanup ran")
print("exiting")
sys.exit(3)
