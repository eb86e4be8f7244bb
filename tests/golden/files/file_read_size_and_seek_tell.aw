import os
fn = 'tmp_file_seek.txt'
with open(fn, 'w') as f:
    f.write('0123456789')
with open(fn) as f:
    print(f.read(3), f.tell())
    f.seek(7)
    print(f.read())
    f.seek(0)
    print(f.read(1))
os.remove(fn)
