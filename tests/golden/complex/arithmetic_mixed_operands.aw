# + - * / with int, float, bool and complex operands in both orders.
operands = [2, -3, 1.5, True, 1 + 2j, -0.5j]
for a in operands:
    for b in operands:
        if isinstance(a, complex) or isinstance(b, complex):
            print(repr(a), repr(b), a + b, a - b, a * b, a / b)
print(-(1 + 2j), +(1j), -(0j), -complex(-0.0, 0.0))
z = 1j
z += 1
z *= 2
z -= 0.5
z /= 2j
print(z)
print(1j * 1j, (1 + 2j) / (3 - 4j), 1 / 1j, 2 * complex(float('inf'), 1))
print(sum([1j, 2, 3.5]), sum([1j, 1j], 0j))
