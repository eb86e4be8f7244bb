# ** on complex numbers: exact repeated products for integral exponents up to 100, polar form
# otherwise, and the three-argument pow refused.
print(1j ** 2, (1 + 1j) ** 3, (1 + 2j) ** -2, 1j ** -3, (2 + 0j) ** -1, (1 + 2j) ** 0, 0j ** 0, 0j ** 2)
print((1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** -100, (1 + 1j) ** 2.0, (0.5 + 0.5j) ** 7)
print(1j ** 0.5, (1 + 1j) ** (1 + 1j), 2 ** 1j, 2.5 ** (1 - 1j), 1j ** 1j, (-1 + 0j) ** 0.5)
print(pow(1j, 2), pow(2, 1j), (1e200 + 1e200j) ** 2, 2j ** 1000)
x = 2
x **= 0.5j
print(x)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError:', e)
