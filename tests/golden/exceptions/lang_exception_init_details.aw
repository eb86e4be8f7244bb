# Re-running ImportError.__init__ resets what it is not given; SyntaxError's details tuple is checked.
exc = ImportError("cannot import", name="mod", path="/tmp/mod.py")
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__("again", path="p")
print(exc.args, exc.msg, exc.name, exc.path)
exc = ImportError("a", "b")
print(exc.msg, exc.name, str(exc))

for details in [("f.py", 1, 2), ("f.py", 1, 2, "text"), ("f.py", 1, 2, "text", 1),
                ("f.py", 1, 2, "text", 1, 4), ("f.py", 1, 2, "text", 1, 4, 9)]:
    try:
        e = SyntaxError("bad", details)
        print(len(details), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
    except TypeError as err:
        print(len(details), "TypeError:", err)
