from collections import deque
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).index(2),
          lambda: deque([1]).remove(2), lambda: deque([1])['a'], lambda: deque([1]) + [2]]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
