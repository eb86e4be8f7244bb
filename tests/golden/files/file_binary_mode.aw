import os
fn = 'tmp_file_binary.bin'
with open(fn, 'wb') as f:
    f.write(bytes(range(5)) + 'é'.encode())
with open(fn, 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(fn, 'rb') as f:
    print(f.read(2), f.read(2), f.read())
os.remove(fn)
