print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), float.fromhex('0x1p-2'), (1.0).hex())
print(int(2.9e15), float(10**18), 3.0 == 3)
