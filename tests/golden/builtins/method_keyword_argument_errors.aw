# Methods that take no keyword arguments say so with the type's name, as CPython 3.11.
calls = [
    lambda: {}.get(key=1), lambda: {}.pop(key=1), lambda: {}.setdefault(key=1),
    lambda: dict.fromkeys(iterable=[1]), lambda: (1,).index(value=1), lambda: (1,).count(value=1),
    lambda: "abc".find(sub="a"), lambda: "abc".count(x="a"), lambda: "abc".startswith(prefix="a"),
    lambda: "abc".rindex(sub="c"), lambda: b"abc".find(sub=b"a"), lambda: bytearray(b"a").count(x=1),
    lambda: [1].index(1, start=0), lambda: format(1, format_spec="d"), lambda: "abc".find(),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
