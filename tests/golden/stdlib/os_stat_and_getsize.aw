import os
fn = 'tmp_os_stat.txt'
with open(fn, 'w') as f:
    f.write('hello')
st = os.stat(fn)
print(st.st_size, os.path.getsize(fn), type(st.st_mtime).__name__, st[6], len(st), st.st_mode == st[0])
print(os.path.exists(fn), os.path.isfile(fn), os.path.isdir(fn), os.path.isdir('.'), os.path.islink(fn))
os.remove(fn)
print(os.path.exists(fn), os.path.getmtime('.') > 0)
