# Malformed statements a learner writes: the message, position and text CPython reports.
sources = [
    "with open('f') as fh\n    pass\n",
    "with a, b as c\n    pass\n",
    "with (a as b)\n    pass\n",
    "with (a, b as c, d)\n    pass\n",
    "try:\n    pass\nexcept\n    pass\n",
    "try:\n    pass\nexcept ValueError as e\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n",
    "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    "s = f'''\n  {\n  1 2\n  }'''\n",
    "x = 1\nprint(f'value: {x +}')\n",
]
for src in sources:
    try:
        compile(src, "<learner>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
