import json
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps({'s': {3, 1}}, default=list, indent=2, sort_keys=True))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{2, 1}]))
try:
    json.dumps(object, cls=SetEncoder)
except TypeError as e:
    print(e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
