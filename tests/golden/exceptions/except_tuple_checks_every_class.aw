# Every member of an except tuple must be an exception class, even when an earlier one matches.
for handler in [(ValueError, int), (KeyError, "text"), ((ValueError,),)]:
    try:
        try:
            raise ValueError("boom")
        except handler:
            print("caught by", handler)
    except TypeError as e:
        print(handler, "->", e)
try:
    raise KeyError("k")
except (ValueError, LookupError) as e:
    print("matched", type(e).__name__)
try:
    raise KeyError("k")
except ():
    print("never")
except KeyError:
    print("empty tuple matches nothing")
