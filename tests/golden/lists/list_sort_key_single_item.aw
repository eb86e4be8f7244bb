# The key function runs for every item, even when there is only one to sort, so its errors
# surface; an empty list never calls it.
calls = []


def noisy_key(x):
    calls.append(x)
    return -x


print(sorted([5], key=noisy_key), calls)
print(sorted([], key=noisy_key), calls)
single = [0]
try:
    single.sort(key=lambda x: 1 / x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sorted(["a"], key=int)
except ValueError as e:
    print("ValueError:", e)
print(sorted([3], key=str, reverse=True), single)
