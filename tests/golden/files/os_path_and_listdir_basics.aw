import os
print(os.path.join('a', 'b', 'c.txt'), os.path.basename('/x/y/z.py'), os.path.dirname('/x/y/z.py'), os.path.splitext('name.tar.gz'))
print(os.path.exists('os_path_and_listdir_basics.aw'), os.path.isfile('os_path_and_listdir_basics.aw'), os.path.isdir('.'))
print('os_path_and_listdir_basics.aw' in os.listdir('.'), type(os.getcwd()).__name__, os.sep)
