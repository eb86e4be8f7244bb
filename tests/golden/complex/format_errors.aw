# Format specs complex numbers refuse.
for spec in ['010', '=10', '%', 'd', 'x', 's', 'c', '.1%', '0>10', 'xx']:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
try:
    print('%f' % 1j)
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 1j)
except TypeError as e:
    print('TypeError:', e)
print('%s %r' % (1j, 2 - 2j))
