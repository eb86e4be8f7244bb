# linecache: lines of a file that does not exist come from the module's source when registered.
import linecache
import traceback

linecache.clearcache()
print(linecache.cache)
print(linecache.lazycache("virtual_name.py", globals()))
print(linecache.lazycache("<string>", globals()))
print("virtual_name.py" in linecache.cache)
print(repr(linecache.getline("virtual_name.py", 1)))
print(repr(traceback.FrameSummary("virtual_name.py", 2, "here").line))
print(len(linecache.getlines("virtual_name.py")) > 10)
linecache.clearcache()
print(linecache.cache)
frame = traceback.FrameSummary("another_missing.py", 3, "f", lookup_line=False)
print(frame._line)
print(repr(linecache.updatecache("another_missing.py", globals())[2]))
print(repr(frame.line))
print(repr(linecache.getline("no_such_file_at_all.py", 1)))
