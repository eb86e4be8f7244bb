# Complex numbers have no order.
print(1j == 1j, 1j != 2j)
print(1j < 2j)
