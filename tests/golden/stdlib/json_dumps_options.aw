import json
data = {'b': [1, 2, {'c': None}], 'a': 'x', 'e': {}, 'f': []}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, sort_keys=True, separators=(', ', ' = ')))
print(json.dumps([1, (2, 3)], indent=1))
