import os
fn = 'tmp_file_print.txt'
with open(fn, 'w') as f:
    print('printed', 1, 2, file=f)
    f.writelines(['x\n', 'y\n'])
print(open(fn).read().splitlines())
os.remove(fn)
