import os
fn = 'tmp_file_closed.txt'
f = open(fn, 'w')
print(f.closed)
f.write('x')
f.close()
print(f.closed)
try:
    f.write('y')
except ValueError as e:
    print(type(e).__name__, e)
with open(fn) as g:
    pass
print(g.closed, open(fn).read())
os.remove(fn)
