# Very long strings and huge exponents: complex() and ** stay correct and fast.
for t in ['(' * 10**6, '1' * 10**6 + 'j', '1_' * 10**5 + '1j', ' ' * 10**6, '1e' + '9' * 10**5 + 'j']:
    try:
        print(len(t), complex(t))
    except ValueError as e:
        print(len(t), str(e)[:60])
print(1j ** (10 ** 9), (1 + 1j) ** 1e300 if False else 0)
try:
    print(1j ** (10 ** 400))
except OverflowError as e:
    print(e)
