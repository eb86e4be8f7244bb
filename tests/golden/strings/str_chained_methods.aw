s = '  Hello, World!  '
print(s.strip().lower().replace('world', 'aw').split(', '), '-'.join(s.split()).upper())
