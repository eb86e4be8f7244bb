# UnicodeTranslateError(object, start, end, reason) is a UnicodeError with object/start/end/
# reason attributes, encoding None, and its own message for one character or a range.
err = UnicodeTranslateError("naïve", 2, 3, "no mapping")
print(err.object, err.start, err.end, err.reason, err.encoding, err.args)
print(str(err))
print(repr(err))
print(str(UnicodeTranslateError("ab\U0001f40dcd", 2, 3, "snake")))
print(str(UnicodeTranslateError("abcdef", 1, 4, "span")))
print(isinstance(err, UnicodeError), isinstance(err, ValueError), UnicodeTranslateError.__mro__[1].__name__)
for args in [("x",), (3, 0, 1, "r"), ("x", "0", 1, "r"), ("x", 0, 1, None)]:
    try:
        UnicodeTranslateError(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    raise UnicodeTranslateError("\u20ac", 0, 1, "no euro")
except ValueError as e:
    print(type(e).__name__, "-", e)
print(str(UnicodeEncodeError("ascii", "\xe9t\xe9", 0, 3, "range")), "|", str(UnicodeEncodeError("ascii", "\xe9", 0, 1, "one")))
