# `from __future__ import ...` may follow only the docstring and other future imports.
cases = ['"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1',
         "x = 1\nfrom __future__ import annotations",
         "import os\nfrom __future__ import annotations",
         '"doc"\n"not a docstring"\nfrom __future__ import annotations',
         "def f():\n    from __future__ import annotations",
         "from __future__ import braces_please"]
for src in cases:
    try:
        compile(src, "<string>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
