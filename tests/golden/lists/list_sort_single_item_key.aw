# sort() and sorted() call the key on every item, even when there is only one,
# so the key's errors show up for one-item lists too.
calls = []

def key(x):
    calls.append(x)
    return 1 / x

for items in ([], [0], [5], [2, 0]):
    try:
        print(sorted(items, key=key))
    except ZeroDivisionError as e:
        print(items, "ZeroDivisionError", e)
print(calls)

one = ["b"]
one.sort(key=str.upper)
print(one)
try:
    [None].sort(key=len)
except TypeError as e:
    print("TypeError", e)
print(sorted([3]), sorted([]))
