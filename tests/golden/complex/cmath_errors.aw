# cmath's ValueError and OverflowError cases, and argument conversion.
import cmath
def attempt(f):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: cmath.log(0))
attempt(lambda: cmath.log10(0j))
attempt(lambda: cmath.atanh(1))
attempt(lambda: cmath.atanh(-1))
attempt(lambda: cmath.atan(1j))
attempt(lambda: cmath.exp(1000))
attempt(lambda: cmath.cosh(1000))
attempt(lambda: cmath.sinh(-1000 + 1j))
attempt(lambda: cmath.sin(1000j))
attempt(lambda: cmath.log(1, 1))
attempt(lambda: cmath.log(1, 0))
attempt(lambda: cmath.log(0, 2))
attempt(lambda: cmath.sqrt('x'))
attempt(lambda: cmath.sqrt(None))
attempt(lambda: cmath.sqrt())
attempt(lambda: cmath.sqrt(1, 2))
attempt(lambda: cmath.sqrt(x=1))
attempt(lambda: cmath.log())
attempt(lambda: cmath.log(1, 2, 3))
attempt(lambda: cmath.phase(1e300 + 1e-320j))

class HasComplex:
    def __complex__(self):
        return 1j

class HasFloat:
    def __float__(self):
        return 4.0

class BadComplex:
    def __complex__(self):
        return 2.0

attempt(lambda: cmath.sqrt(HasComplex()))
attempt(lambda: cmath.sqrt(HasFloat()))
attempt(lambda: cmath.sqrt(BadComplex()))
