x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 3 > 2 == 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
