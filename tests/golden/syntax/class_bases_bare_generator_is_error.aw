# A class's base list cannot be a bare generator expression (a call's arguments can).
for src in ["class C(x for x in y): pass", "class C(b, x for x in y): pass",
            "class C((x for x in y)): pass", "f(x for x in y)"]:
    try:
        compile(src, "<string>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(e.msg, e.offset, e.end_offset)
