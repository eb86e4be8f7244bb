# `from package import submodule` imports the submodule (concurrent.futures, collections.abc)
from concurrent import futures
from collections import abc
import concurrent

print(futures.ThreadPoolExecutor.__name__, concurrent.futures is futures)
print(abc.Mapping.__name__)
with futures.ThreadPoolExecutor(1) as ex:
    print(ex.submit(sum, [1, 2, 3]).result())
try:
    from concurrent import nothing_here
except ImportError as e:
    print(type(e).__name__)
