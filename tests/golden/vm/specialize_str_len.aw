# COMPARE_STR, FOR_ITER_STR and CALL_LEN: the fast forms must give the generic results, and
# every guard must fall back (other types at the same site, a subclass, a rebound len).

def cmp_all(a, b):
    return [a == b, a != b, a < b, a <= b, a > b, a >= b]

pairs = [("abc", "abd"), ("abc", "abc"), ("", "a"), ("b", "a"), ("é", "e"), ("z", "é"),
         ("a\x00", "a"), ("日本", "日本語"), ("\U0001F600", "\uffff")]
for a, b in pairs:
    print(repr(a), repr(b), cmp_all(a, b))
# The same site sees ints, mixed types and a str subclass after being specialised for str.
print(cmp_all(1, 2), cmp_all(2.5, 2))
try:
    cmp_all("a", 1)
except TypeError as e:
    print("TypeError:", e)

class Loud(str):
    def __eq__(self, other):
        return "loud"
    def __lt__(self, other):
        return "less"
    __hash__ = str.__hash__
print(cmp_all(Loud("x"), "x"))
print(cmp_all("x", Loud("x")))

def count(s, c):
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n
print(count("hello world", "o"), count("", "o"), count("ünïcödé ö", "ö"), count("aaa", "a"))
print(count(["o", "x", "o"], "o"), count(("o",), "o"))
it = iter("abc")
print(next(it), list(it), list(it))
s = "héllo"
print([c for c in s], [c for c in "plain"])

def lens(*xs):
    return [len(x) for x in xs]
print(lens("abc", "日本語", [1, 2], (), {1: 2}, {1, 2, 3}, range(10), b"xy", bytearray(3)))

class Sized:
    def __len__(self):
        return 7
class MyList(list):
    def __len__(self):
        return 99
print(lens(Sized(), MyList([1]), [0] * 5))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)

def shadow(x):
    return len(x)
print(shadow("four"))
import builtins
orig = builtins.len
builtins.len = lambda x: "shadowed"
print(shadow("four"))
builtins.len = orig
print(shadow("four"))
len = lambda x: -1
print(shadow([1, 2]))
del len
print(shadow([1, 2]))
