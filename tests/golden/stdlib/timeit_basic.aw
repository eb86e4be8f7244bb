# timeit: timeit/repeat/Timer/autorange with strings, callables, setup and globals (timings only bounded).
import timeit
t = timeit.timeit("sum(range(100))", number=1000)
print(type(t).__name__, t > 0)
print(timeit.timeit(lambda: [x * 2 for x in range(10)], number=100) >= 0)
r = timeit.repeat("x = 1 + 1", repeat=3, number=100)
print(len(r), all(v >= 0 for v in r))
tm = timeit.Timer("y = a * 2", setup="a = 21")
n, total = tm.autorange()
print(n >= 1, total >= 0.0 or True, tm.timeit(5) >= 0)
print(timeit.default_timer is __import__("time").perf_counter)
g = {"val": 3}
print(timeit.timeit("val ** 2", globals=g, number=10) >= 0)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.timeit("1/0", number=1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def f():
    pass
print(timeit.Timer(f).timeit(number=3) >= 0)
