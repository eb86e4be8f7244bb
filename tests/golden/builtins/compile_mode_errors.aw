# compile() rejects an unknown mode, and names the flag 'func_type' needs.
for mode in ("bogus", "", "EXEC", "func_type"):
    try:
        compile("x = 1", "<test>", mode)
    except ValueError as e:
        print(repr(mode), "ValueError", e)
try:
    compile("x = 1", "<test>", "func_type", 0)
except ValueError as e:
    print("flags=0 ValueError", e)
print(eval(compile("6 * 7", "<test>", "eval")))
