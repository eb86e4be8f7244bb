try:
    open('x.txt', 'invalid')
except ValueError as e:
    print(type(e).__name__, e)
import os
fn = 'tmp_file_mode_err.txt'
with open(fn, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
os.remove(fn)
