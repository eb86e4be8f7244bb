# Mapping patterns: the keys must be present (extra keys are fine), values match sub-patterns,
# **rest collects the other items into a new dict.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} with {rest}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"

print(handle({"type": "click", "pos": (1, 2), "extra": True}))
print(handle({"type": "key", "key": "q", "ctrl": True, "alt": False}))
print(handle({"type": "scroll"}))
print(handle({"pos": 1}))
print(handle([("type", "click")]))
print(handle("type"))

match {1: "one", -2: "minus two", None: "none", True: "true"}:
    case {1: a, -2: b, None: c}:
        print(a, b, c)
match {"a": 1}:
    case {**rest}:
        print("rest", rest, type(rest).__name__)
match {"a": 1, "b": 2}:
    case {"a": 1, "b": _, **rest}:
        print("rest after two keys", rest)
