# An operation with a small int constant on the right (n - 1, i % 13, x * 3, n < 2) runs as
# one step for small ints, and exactly as before for big ints, floats, bools and other types.
def ops(x):
    return [x + 1, x - 2, x * 3, x % 13, x % -13 if not isinstance(x, str) else "-", x < 2, x >= 2, x == 5, x != 5]

top = 2 ** 47 - 1
for x in (0, 1, 5, -7, top, -top - 1, 2 ** 24, -(2 ** 24) + 1, 2 ** 60, 1.5, -0.0, True, False):
    print(x, ops(x))
def rep(s):
    return s * 3
print(rep("ab"), rep([1]), rep(2))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), fib(1.0 * 10))
try:
    ops("s")
except TypeError as e:
    print(e)
i = top - 2
while i < top + 2:
    i = i + 1
print(i, i - 1 < top)
