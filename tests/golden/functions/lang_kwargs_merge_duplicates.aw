# f(**a, **b): a key repeated across the mappings is reported before the non-string check.
def f(*args, **kwargs):
    return kwargs

for first, second in [({1: 3}, {1: 5}), ({1: 3}, {"a": 5}), ({"a": 1}, {"a": 2}), ({"a": 1}, {"b": 2})]:
    try:
        print(f(**first, **second))
    except TypeError as e:
        print("TypeError:", e)
