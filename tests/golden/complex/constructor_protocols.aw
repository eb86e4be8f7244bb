# complex() uses __complex__, then __float__ or __index__; results are checked.
class HasComplex:
    def __complex__(self):
        return 3 + 4j

class HasFloat:
    def __float__(self):
        return 2.5

class HasIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 1.5

class BadFloat:
    def __float__(self):
        return 'x'

print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()))
print(complex(HasFloat(), HasIndex()), complex(HasComplex(), 1), complex(HasComplex(), 2j))
try:
    complex(1, HasComplex())
except TypeError as e:
    print("TypeError:", e)
for bad in (BadComplex(), BadFloat()):
    try:
        complex(bad)
    except TypeError as e:
        print('TypeError:', e)
print(complex.__complex__(2j), (1 + 1j).__complex__())
