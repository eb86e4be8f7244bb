# compare_digest and hmac's argument errors
import hmac

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.compare_digest(bytearray(b"xy"), b"xy"), hmac.compare_digest("", ""))
for a, b in [(1, 2), ("\u00e9", "\u00e9"), ("a", b"a"), (b"a", 1)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new("k", digestmod="md5")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new(b"k", digestmod="nope")
except ValueError as e:
    print("ValueError:", e)
