# printf-style %d/%i/%u honour the int-to-str digit limit like str() and format()
import sys

big = 7 ** 6000          # about 5070 digits
small = 10 ** 4299       # 4300 digits: at the limit
for label, thunk in [
    ("%d", lambda: "%d" % big),
    ("%i", lambda: "%i" % -big),
    ("%u", lambda: "%u" % big),
    ("%10d", lambda: "%10d" % big),
    ("b%d", lambda: b"%d" % big),
    ("%x", lambda: len("%x" % big)),
    ("%d at limit", lambda: len("%d" % small)),
    ("str", lambda: str(big)),
    ("format", lambda: format(big, "d")),
]:
    try:
        print(label, thunk())
    except ValueError as e:
        print(label, "ValueError:", e)

sys.set_int_max_str_digits(6000)
print(len("%d" % big), len("%+d" % big), len(b"%d" % -big))
