n = 255
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08b} {n:#010x} {-n:x}')
