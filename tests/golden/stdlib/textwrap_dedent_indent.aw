import textwrap
print(repr(textwrap.dedent("""
    def f():
        return 1
  
    x = 2
""")))
print(repr(textwrap.dedent("\thello\n\t  world\n")), repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
