# phase, polar and rect, including infinite and NaN moduli and angles.
import cmath
inf = float('inf')
nan = float('nan')
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.phase(-1 - 1j))
print(cmath.polar(3 + 4j), cmath.polar(-2), cmath.polar(complex(1e308, 1e308)), cmath.polar(complex(inf, nan)))
for r in [0.0, -0.0, 1.5, -2.0, 1e308, inf, -inf, nan]:
    row = []
    for phi in [0.0, -0.0, 1.0, -2.5, 3.14, 1e10, inf, nan]:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except ValueError:
            row.append('ValueError')
    print(r, ' '.join(row))
z = cmath.rect(*cmath.polar(1 + 2j))
print(cmath.isclose(z, 1 + 2j), z)
