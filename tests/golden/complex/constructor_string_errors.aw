# Strings complex() refuses, with CPython's two messages.
texts = ['1+', '1e', '(1+2j', '1+2j)', '', ' ', '0x1', '1 + 2j', '1__0j', '_1j', '1_', 'infj1',
         '.j', '1+2', '1+2jj', 'j2', '()', '1+2j\x00', '1\u0661x', 'é', '1e5e', '--1j', 'nan+nan']
for t in texts:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), 'ValueError:', e)
