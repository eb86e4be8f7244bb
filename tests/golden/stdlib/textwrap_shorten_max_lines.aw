import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps running far away"
print(textwrap.shorten("Hello  world!", width=12), '|', textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40), '|', textwrap.shorten(text, 40, placeholder='...'))
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=1, placeholder=' ~'))
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print(e)
