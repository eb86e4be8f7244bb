# an exception in an exit function is reported and the others still run
import atexit


def good():
    print("good runs")


def bad():
    print("bad runs")
    1 / 0


atexit.register(good)
atexit.register(bad)
