import os
import os.path
import sys
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
print(os.path is sys.modules['os.path'], os.path.__name__, os.path.sep)
print(len(os.urandom(16)), type(os.urandom(4)).__name__, os.cpu_count() > 0, type(os.getpid()).__name__)
print(type(os.getcwd()).__name__, os.fspath('p'), os.fsencode('p'), os.fsdecode(b'p'))
class P:
    def __fspath__(self):
        return 'fs_p'
print(os.fspath(P()), os.path.join(P(), 'x'))
