# unified_diff, context_diff, ndiff and restore
import difflib

a = "one\ntwo\nthree\nfour\nsix\n".splitlines(keepends=True)
b = "one\n2\nthree\nfour\nfive\nsix\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", n=1)))
print("".join(difflib.context_diff(a, b, "a", "b")))
delta = list(difflib.ndiff(a, b))
print("".join(delta))
print("".join(difflib.restore(delta, 2)))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print("".join(difflib.ndiff(["abcdefg\n"], ["abcxefg\n"])))
