# SyntaxError.end_offset as CPython reports it: -1 for errors at a token without a span (a
# missing block, an unexpected indent, a bad unindent), 0 for an unclosed bracket or a stray
# character after a line continuation, else the end of the highlighted range.
sources = [
    "try:\n    pass\n",
    "while True:\n",
    "def f():\n    return 1\n  x = 2\n",
    "if x:\n  y = 1\n      z = 2\n",
    "values = (1, 2,\n",
    "total = 1 \\ 2\n",
    "print(1 +)\n",
    "x = = 1\n",
]
for source in sources:
    try:
        compile(source, "<snippet>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
