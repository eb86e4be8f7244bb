class P:
    def __format__(self, spec):
        return f'P<{spec}>'
print(f'{P():abc} {P()}', format(P(), 'zz'))
