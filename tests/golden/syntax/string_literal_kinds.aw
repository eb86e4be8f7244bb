print('single', "double", '''triple
single''', """triple double""")
print(r'raw\n', 'esc\tx', 'a' 'b' "c")
print('\x41\u00e9\U0001F600\101\N{BULLET}')
