# Many generators abandoned by `break` in a loop: each one's finally runs (the first ones at
# once; the count is the same whatever the pace), and the loop stays fast.
closed = 0


def numbers(n):
    global closed
    try:
        for i in range(n):
            yield i
    finally:
        closed += 1


total = 0
for k in range(3000):
    for x in numbers(10):
        total += x
        if x == 3:
            break
print(total, closed > 0)
import gc
gc.collect()
print(closed)
