fn = 'tmp_file_write_read_text.txt'
with open(fn, 'w') as f:
    n = f.write('line one\nline two\n')
    f.write('línea tres\n')
print(n)
with open(fn) as f:
    print(repr(f.read()))
import os
os.remove(fn)
print(os.path.exists(fn))
