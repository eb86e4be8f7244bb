# f(**kw, *args) is a SyntaxError whose highlighted span is the arguments before the '*', as
# CPython reports it (offset to end_offset, possibly on a later line).
sources = [
    "f(**a, *b)",
    "f(x, **a, *b)",
    "f(a=1, **k, *b)",
    "g(1)(**a, *b)",
    "f(**a, x=1, *b)",
    "f(**a, b, *c)",
    "f(**a, b=1, c, *d)",
    "call(\n    first,\n    **rest,\n    *more)",
]
for source in sources:
    try:
        compile(source, "<args>", "exec")
    except SyntaxError as e:
        print(repr(source), "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
