# An exception raised in a pyexpat handler propagates out of Parse uncaught.
import pyexpat

p = pyexpat.ParserCreate()
def start(name, attrs):
    print("start", name)
    if name == "bad":
        raise KeyError(name)
p.StartElementHandler = start
p.Parse("<a><bad/><never/></a>", True)
