import os
fn = 'tmp_file_append.txt'
with open(fn, 'w') as f:
    f.write('first\n')
with open(fn, 'a') as f:
    f.write('second\n')
print(open(fn).read(), end='')
os.remove(fn)
