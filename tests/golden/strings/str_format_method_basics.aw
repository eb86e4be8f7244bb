print('{} and {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {1[k]} {2.real}'.format([1, 2], {'k': 'v'}, 5), '{{literal}}'.format(), '{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'))
print('{:.3f} {:08.2f} {:,} {:x} {:#b} {!r} {!s}'.format(3.14159, -2.5, 1234567, 255, 5, 'q', 'q'))
