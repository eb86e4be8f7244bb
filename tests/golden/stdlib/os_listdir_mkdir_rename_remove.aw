import os
os.mkdir('tmp_dir_ops')
for name in ['b.txt', 'a.txt']:
    with open(os.path.join('tmp_dir_ops', name), 'w') as f:
        f.write(name)
print(sorted(os.listdir('tmp_dir_ops')))
os.rename('tmp_dir_ops/a.txt', 'tmp_dir_ops/c.txt')
print(sorted(os.listdir('tmp_dir_ops')))
os.unlink('tmp_dir_ops/b.txt')
os.remove('tmp_dir_ops/c.txt')
print(os.listdir('tmp_dir_ops'))
os.rmdir('tmp_dir_ops')
print('tmp_dir_ops' in os.listdir('.'))
