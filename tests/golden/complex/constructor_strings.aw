# complex(str): the forms CPython accepts, with spaces, parentheses, inf/nan and underscores.
texts = ['1+2j', ' ( 3-4J ) ', 'inf', 'nanj', '-j', 'j', '+J', '1e3-j', '1_0+2_0j', '1.5',
         '-2.5e-3j', 'infinityj', 'INF-INFj', '1+infj', '1.e-3j', '.5j', '(1)', '\t1j\n',
         '1e+2+3e-1j', '\u0661+\u0662j', '\u20031j\u2003', '-0', '-0-0j']
for t in texts:
    print(repr(t), complex(t))
