# Errors CPython's compiler (not its parser) finds in a string have no source text: the text
# is read back from the file, and "<string>" is none. Parser errors keep theirs.
sources = ["return 1", "x = 1\nbreak", "def f(a, a): pass", "f(k=1, k=2)", "nonlocal q",
           "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
           "match p:\n    case x:\n        pass\n    case 1:\n        pass",
           "a, *b, *c = d", "x = (1 +", "del f()", "1 = y"]
for src in sources:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r:60} line {e.lineno} text={e.text!r}")
