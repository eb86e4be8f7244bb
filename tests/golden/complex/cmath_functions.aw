# The cmath functions on ordinary arguments (results to the last bit).
import cmath
args = [0.5, -2, 1j, -1j, 1 + 1j, -3 + 4j, 0.71 + 0.7j, 2.5 - 1e-3j, 1e-200 + 1e-200j, 1e300 - 2e300j,
        complex(1, 1e-200), complex(-1, -0.0), 0.25j, 700 + 3j, -30 + 0.5j, 1.5 + 0j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
         'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    results = []
    for z in args:
        try:
            results.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            results.append(type(e).__name__)
    print(name, ' '.join(results))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, -1), cmath.log(2 + 3j, 0.5 + 0.5j))
print(cmath.sqrt(-1), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)), cmath.exp(1j * cmath.pi))
