ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), bytes(ba), ba.decode())
del ba[-2:]
print(ba, ba.pop(), ba)
