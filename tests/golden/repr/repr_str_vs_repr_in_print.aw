s = 'text'
print(s, [s], (s,), {s: s}, str([s]), repr(s), f'{s!r}')
