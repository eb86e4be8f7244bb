# complex(real=0, imag=0) with numbers: complex arguments contribute both parts.
print(complex(), complex(2), complex(2.5), complex(True), complex(False, True))
print(complex(1, 2), complex(1.5, -2.5), complex(10 ** 20), complex(real=1, imag=2), complex(imag=3))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j))
z = 3 + 4j
print(complex(z) is z, complex(z) == z)
print(complex(-0.0), complex(0.0, -0.0), complex(-0.0, -0.0))
