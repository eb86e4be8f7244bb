for s in ['123', 'abc', 'ABC', 'aBc', '   ', '', 'a1', 'Title Case', 'é', 'x y']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isnumeric(), s.isdecimal())
print('abc'.isidentifier(), '1a'.isidentifier(), 'ascii'.isascii(), 'é'.isascii(), 'ab\n'.isprintable())
