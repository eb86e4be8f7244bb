# == and != with ints, floats and complex numbers; hash equal to that of an equal int or float.
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1.5 == 1.5 + 0j, (1 + 2j) != 1, 1j == 1j, 1j != 1j)
print(2 ** 53 + 1 == complex(2 ** 53, 0), complex(2 ** 53, 0) == 2 ** 53, 10 ** 400 == complex(1e300, 0))
print(complex(float('nan'), 0) == complex(float('nan'), 0), 1j == 'j', 1j != None, True == 1 + 0j)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j) == hash(0))
print(hash(1.5 + 2j), hash(-1j), hash(complex(0, -1)), hash(complex(float('inf'), 1)), hash(complex(-1, 0)))
print(hash(complex(0, 1e300)), hash(complex(-0.0, -0.0)), hash(1e-300j), hash(complex(-2.5, 7.25)))
print({1j: 'a', 1: 'b', 1 + 0j: 'c', 1.0: 'd'}, len({1j, 1 + 0j, 1, 1.0, 2j}))
print([3j, 1j].index(1j), 1j in [1, 1j], 1 in [1 + 0j], (1j).__eq__('x'), (1j).__lt__(2j))
