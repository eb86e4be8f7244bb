# A negative int or float raised to a fractional power gives a complex number.
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, pow(-2, 0.5), (-1e10) ** 1.5)
print((-8.0) ** (1 / 3), (-0.5) ** -0.5, type((-1) ** 0.5).__name__)
print((-2.0) ** 2.0, (-2) ** -1, (-1.0) ** float('inf'), (-0.0) ** 0.5)
x = -4
x **= 0.5
print(x)
