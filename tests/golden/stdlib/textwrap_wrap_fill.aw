import textwrap
text = ("The quick brown fox jumps over the lazy dog. Hello there -- you goof-ball, use the -b option! "
        "A well-known state-of-the-art algorithm: supercalifragilisticexpialidocious-words. end.")
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("one.  two. Three? four!", 80, fix_sentence_endings=True))
print(textwrap.wrap("tab\there\nnewline   spaces", 80), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("x--y a--b --c d-- e-f-g-h ab-cd-ef", 4))
