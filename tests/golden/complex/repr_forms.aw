# repr and str of complex numbers: parentheses unless the real part is +0.0, shortest
# round-trip digits for each part, signed zeros, infinities and NaNs.
inf = float('inf')
nan = float('nan')
values = [1j, 1 + 2j, complex(-0.0, -1), complex(1.5, -0.0), 1e20 + 1j, complex(inf, nan),
          -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(1, nan), complex(1, -nan),
          complex(nan, 1), complex(-inf, -inf), 0.1 + 0.2j, 1e-7j, complex(1e16, 1e-5),
          complex(123456789012345678, 0), 2 ** 0.5 * 1j]
for z in values:
    print(repr(z), str(z))
print([1j, 2 - 3j], (1j,), {'k': -1j})
print(ascii(1 + 1j), f'{1 - 1j}', f'{2j!r}')
