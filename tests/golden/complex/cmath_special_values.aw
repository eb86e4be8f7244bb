# cmath on infinities, NaNs and signed zeros: CPython's special values and domain errors.
import cmath
inf = float('inf')
nan = float('nan')
parts = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
         'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            try:
                row.append(repr(f(complex(re, im))))
            except ValueError:
                row.append('ValueError')
        print(name, re, ' '.join(row))
