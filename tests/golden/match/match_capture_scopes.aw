# Capture names are ordinary assignments of the enclosing scope.
counter = 0

def set_global(value):
    global counter
    match value:
        case [counter]:
            pass

set_global([42])
print(counter)

def outer():
    found = None
    def inner(v):
        nonlocal found
        match v:
            case {"id": found}:
                pass
    inner({"id": 7})
    return found
print(outer())

def closures():
    match (1, 2):
        case (a, b):
            return lambda: a + b
print(closures()())

class Config:
    match ("localhost", 8080):
        case (host, port):
            pass
print(Config.host, Config.port)

def local_only():
    match 3:
        case x:
            pass
    return x
print(local_only())
try:
    x
except NameError as e:
    print(e)
