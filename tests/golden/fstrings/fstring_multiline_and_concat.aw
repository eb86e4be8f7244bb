a, b = 1, 2
s = (f'a={a} '
     f'b={b} '
     'plain')
print(s)
print(f'''multi
{a + b}''')
