# linecache reads lines of source files; errno names the system error numbers.
import errno
import linecache
import os

here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 10**6)), repr(linecache.getline("/no/such/file", 1)))
print(len(linecache.getlines(here)) > 5, linecache.getlines(here)[1].startswith("import errno"))
linecache.clearcache()
linecache.checkcache()
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.errorcode[2])
try:
    open("/no/such/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
