# string constants, Template, capwords and textwrap's wrap/fill/shorten/dedent/indent.
import string, textwrap
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace), string.hexdigits, string.octdigits)
print(string.capwords("hello   world foo"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
t = string.Template("$a and $b")
print(t.safe_substitute(a=1), t.get_identifiers() if hasattr(t, "get_identifiers") else "", t.is_valid() if hasattr(t, "is_valid") else "")
try: t.substitute(a=1)
except KeyError as e: print("KeyError", e)
print(string.Formatter().format("{0}-{x:>4}", 1, x="y"), list(string.Formatter().parse("a{0}b{1:x}")))
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 30)); print(textwrap.fill(s, 40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(s, 50), textwrap.shorten("Hello  world!", width=12, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("a\n\nb\n", "+ ")), repr(textwrap.indent("a\nb", "-", lambda l: True)))
w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=2, placeholder=" [..]")
print(w.wrap("averyveryverylongwordthatcannotbreak and more words here to wrap"))
print(textwrap.wrap("a\tb c", 10, expand_tabs=True, tabsize=4), textwrap.wrap("", 10))
