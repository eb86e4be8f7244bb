# A generator abandoned while suspended inside try/finally or with is closed when the program
# drops it, as CPython's reference counting does: break out of a for loop, rebinding or del,
# a function returning; one still held at exit is closed then. Errors in the cleanup are
# reported as "Exception ignored in" and do not stop the program.


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally of", tag)


def lines(name):
    with Resource(name):
        yield "first line"
        yield "second line"


for n in numbers("loop"):
    if n == 2:
        break
print("after the loop")

reader = lines("rebound")
print(next(reader))
reader = None
print("after rebinding")

other = lines("deleted")
next(other)
del other
print("after del")


def peek():
    g = numbers("local")
    return next(g)


print("peeked", peek())


def loud():
    try:
        yield 1
    finally:
        raise KeyError("cleanup failed")


bad = loud()
next(bad)
del bad
print("still running")

finished = numbers("finished")
print(sum(finished))
del finished

kept = lines("kept until exit")
next(kept)
print("end of program")


def first_even():
    for n in numbers("return inside loop"):
        if n % 2 == 0 and n:
            return n


print("first even", first_even())
try:
    for n in numbers("exception inside loop"):
        if n == 1:
            raise RuntimeError("stop here")
except RuntimeError as e:
    print("handled", e)
