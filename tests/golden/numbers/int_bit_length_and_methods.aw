for n in [0, 1, 255, 256, -256, 2**100]:
    print(n.bit_length())
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'big'), (10).bit_count())
print(abs(-5), (-5).__abs__(), (7).conjugate(), (6).real, (6).imag)
