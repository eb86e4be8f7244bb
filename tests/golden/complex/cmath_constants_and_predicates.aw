# cmath's constants, isfinite/isinf/isnan and isclose.
import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, type(cmath.inf).__name__)
inf = float('inf')
for z in [1j, complex(inf, 0), complex(0, -inf), complex(float('nan'), 1), 5, 2.5]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j))
print(cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(1, 1.0 + 0j))
for f in (lambda: cmath.isclose(1j, 1j, rel_tol=-1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 1, abs_tol='x'),
          lambda: cmath.isfinite('x')):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
