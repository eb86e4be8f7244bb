import os
fn = 'tmp_with_file_closes.txt'
try:
    with open(fn, 'w') as f:
        f.write('partial')
        raise RuntimeError('interrupted')
except RuntimeError as e:
    print('caught', e, f.closed)
print(open(fn).read())
os.remove(fn)
