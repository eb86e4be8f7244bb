# CPython's errors for unknown algorithms and non-bytes data
import hashlib

tests = [lambda: hashlib.new("foo"), lambda: hashlib.md5("text"), lambda: hashlib.sha256().update("s"),
         lambda: hashlib.md5(5), lambda: hashlib.new(5), lambda: hashlib.sha1().update()]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
