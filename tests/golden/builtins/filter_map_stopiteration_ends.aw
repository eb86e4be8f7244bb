# A StopIteration raised by the function that filter() or map() calls ends the
# iteration for whoever consumes it (list, for, sum), as in CPython; next() on
# the iterator itself lets it through.

def stop_at_zero(x):
    if x == 0:
        raise StopIteration("reached zero")
    return x > 1

print(list(filter(stop_at_zero, [3, 1, 2, 0, 5, 6])))

def halve(x):
    if x < 0:
        raise StopIteration
    return x / 2

print(list(map(halve, [8, 4, -1, 10])))
total = 0
for v in map(halve, [2, 6, -3, 100]):
    total += v
print("total", total)
print(sum(map(halve, [10, 20, -1, 30])))

it = filter(stop_at_zero, [0])
try:
    next(it)
except StopIteration as e:
    print("next raised StopIteration", e.args)
print(next(filter(stop_at_zero, [0]), "default"))

# A generator still turns a StopIteration inside it into RuntimeError.
def gen():
    yield 1
    raise StopIteration
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError", e)
