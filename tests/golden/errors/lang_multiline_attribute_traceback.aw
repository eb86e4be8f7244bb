# An attribute access or method call spanning lines is reported at the attribute's line.
import sys

class Builder:
    def add(self, x):
        return self
    def build(self):
        raise RuntimeError("cannot build")

def chained():
    return (Builder()
        .add(1)
        .add(2)
        .build())

def plain():
    value = (None
        .missing)

for fn in (chained, plain):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)

text = ("abc"
    .upper()
    .nope())
