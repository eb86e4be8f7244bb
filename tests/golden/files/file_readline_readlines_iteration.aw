import os
fn = 'tmp_file_readline.txt'
with open(fn, 'w') as f:
    f.write('a\nb\nc\n')
with open(fn) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(fn) as f:
    for line in f:
        print(line.rstrip())
with open(fn) as f:
    print([l.strip() for l in f])
os.remove(fn)
