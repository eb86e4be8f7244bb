import json
data = {'name': 'aw', 'nums': [1, 2.5, None, True], 'nested': {'k': 'v'}}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, json.loads('[1, "two", {"3": false}]'))
print(json.dumps([1, 'x'], indent=2))
