# format() of complex numbers: each part formatted like a float, then padded as a whole.
values = [1 + 2j, -1.5 - 0j, 2j, complex(-0.0, -3), complex(float('inf'), float('nan')),
          12345.678 + 0.001j, complex(-0.0, -0.0), 1e20 + 1e-7j]
specs = ['', '.2f', '>20', '<20', '^20', '*^15.3g', '+', '-', ' ', 'e', 'E', 'g', 'G', 'n', '.0f',
         '#.0f', 'z.1f', '.3', '.3e', ',', '_', ',.2f', '20.3f', '+g', ' .2f', '#', '#g', 'F']
for spec in specs:
    print(repr(spec), [format(z, spec) for z in values])
print(f'{1 + 2j:.1f}', f'{3j:>8}', f'{1.5 + 2j:.1e}', '{:^12}|'.format(1 - 1j), '{0.real} {0.imag}'.format(2 + 3j))
