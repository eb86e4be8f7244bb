print(int('ff', 16), int('0xff', 16), int('0b101', 0), int('777', 8), int('z', 36), int('  42  '), int('-17'), int('1_000'))
print(int(3.99), int(-3.99), int(True), int('+5'))
