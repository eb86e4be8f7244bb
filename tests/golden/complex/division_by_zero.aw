# Dividing a complex number by zero raises ZeroDivisionError.
print((1 + 2j) / 1j)
print((1 + 2j) / 0)
