# Errors raised while matching, with CPython's messages.
def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

class NoArgs:
    pass

class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

class ListArgs:
    __match_args__ = ["a"]

class IntArgs:
    __match_args__ = (1,)

class Key:
    a = "k"
    b = "k"

def too_many():
    match NoArgs():
        case NoArgs(x):
            pass

def too_many_two():
    match TwoArgs():
        case TwoArgs(x, y, z):
            pass

def builtin_two():
    match 5:
        case int(a, b):
            pass

def not_a_class():
    match 5:
        case len():
            pass

def list_match_args():
    match ListArgs():
        case ListArgs(a):
            pass

def int_match_args():
    match IntArgs():
        case IntArgs(a):
            pass

def repeated_attribute():
    match TwoArgs():
        case TwoArgs(x, a=y):
            pass

def duplicate_key():
    match {"k": 1, "j": 2}:
        case {Key.a: 1, Key.b: 1}:
            pass

def unhashable_key():
    class L:
        k = []
    match {"a": 1}:
        case {L.k: 1}:
            pass

def no_get():
    class M(dict):
        def get(self, key, default):
            raise KeyError("get failed")
    match M(a=1):
        case {"a": 1}:
            pass

for f in [too_many, too_many_two, builtin_two, not_a_class, list_match_args, int_match_args,
          repeated_attribute, duplicate_key, unhashable_key, no_get]:
    attempt(f.__name__, f)
