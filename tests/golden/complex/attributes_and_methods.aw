# .real, .imag, .conjugate(), abs(), bool() on complex; the same on int, float and bool.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), bool(z), bool(0j), bool(complex(0, -0.0)), 0j or 'empty')
print(type(z.real).__name__, type(abs(z)).__name__, (1j).conjugate(), complex(1, -0.0).conjugate())
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)), abs(-0j), abs(1e-320 + 1e-320j))
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(), True.imag, True.real)
print(z.__getnewargs__(), z.__abs__(), z.__neg__(), z.__pos__(), z.__bool__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1), z.__rsub__(1), z.__mul__(2), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2))
print(z.__add__('x'), z.__mul__([]), complex.__add__(1j, 2))
