# An error raised after an instruction was specialised and deoptimised points at the right line.
class P:
    def __init__(self):
        self.v = 1.0

def step(p, k):
    a = p.v * 2.0
    b = a + k
    return b

p = P()
for k in (1.0, 2.0, 3.0):
    step(p, k)
for bad in ("oops", None):
    try:
        step(p, bad)
    except TypeError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(e, lines)
p.v = "s"
try:
    step(p, 1.0)
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
