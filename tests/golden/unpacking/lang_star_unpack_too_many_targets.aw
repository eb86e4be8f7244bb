# CPython accepts fewer than 256 targets before the starred one.
for before in (255, 256):
    src = ", ".join("a%d" % i for i in range(before)) + ", *rest = range(300)"
    try:
        ns = {}
        exec(compile(src, "<unpack>", "exec"), ns)
        print(before, "ok", len(ns["rest"]))
    except SyntaxError as e:
        print(before, "SyntaxError:", e.msg)
