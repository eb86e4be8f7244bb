print(bytes(3), bytes([65, 66, 67]), bytes('hé', 'utf-8'), bytes(range(5)), bytes(b'copy'))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
