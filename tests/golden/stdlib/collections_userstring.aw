# collections.UserString: a str wrapper whose methods return UserString.
from collections import UserString
from collections.abc import Sequence

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"

s = Shout("hello world")
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:]).__name__, type(s.upper()).__name__)
print(s.shout(), s.split(), s.replace("world", "there"), "lo w" in s, s == "hello world", s < "z")
print(s + "!", "<" + s, s * 2, s.count("o"), s.find("w"), s.title(), s.center(15, "*"))
print(list(reversed(UserString("abc"))), sorted(UserString("cab")), isinstance(s, Sequence))
print(UserString(42), UserString(s).data, hash(UserString("x")) == hash("x"), "%s=%d" % (UserString("n"), 3))
