# A namespace given to exec/eval without __builtins__ gets the builtins module's dict, as an
# imported module's globals do; __main__ keeps the module itself.
import builtins
import json

ns = {}
exec("x = len('abc')", ns)
print(ns["x"], type(ns["__builtins__"]).__name__, ns["__builtins__"] is builtins.__dict__)
exec("print(type(__builtins__).__name__)", {})
print(eval("type(__builtins__).__name__", {}))
print(type(__builtins__).__name__, type(json.__builtins__).__name__)
exec("print(__builtins__)", {"__builtins__": 7, "print": print})
print(list(globals())[-2:], __cached__)
