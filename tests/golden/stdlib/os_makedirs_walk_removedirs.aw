import os
os.makedirs('tmp_tree/a/b', exist_ok=True)
os.makedirs('tmp_tree/a/b', exist_ok=True)
try:
    os.makedirs('tmp_tree/a/b')
except FileExistsError as e:
    print(type(e).__name__, e)
with open('tmp_tree/a/x.txt', 'w') as f:
    f.write('x')
for dirpath, dirnames, filenames in os.walk('tmp_tree'):
    print(dirpath, sorted(dirnames), sorted(filenames))
os.remove('tmp_tree/a/x.txt')
os.removedirs('tmp_tree/a/b')
print(os.path.exists('tmp_tree'))
