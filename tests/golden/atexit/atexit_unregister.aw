# unregister removes every registration of the function
import atexit


def a():
    print("a")


def b():
    print("b")


atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
atexit.unregister(print)
print("unregistered")
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
