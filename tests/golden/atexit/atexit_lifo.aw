# atexit runs the registered functions at exit, last registered first, with their arguments
import atexit


def bye(name, punct="!"):
    print("bye", name + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")


@atexit.register
def decorated():
    print("decorated runs first")


print("main ends")
