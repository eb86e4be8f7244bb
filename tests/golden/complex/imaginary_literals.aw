# Imaginary literals in every spelling, and the values they make.
print(1j, 2.5J, 1e3j, 1_000j, 0j, 1.j, .5j, 1E-3j, 00j, 09j, 1_0.5_0j)
print(type(1j).__name__, 1j.real, 1j.imag, (2.5J).imag)
print(1 + 2j, 3 - 4j, -5j, -0j, +1j)
