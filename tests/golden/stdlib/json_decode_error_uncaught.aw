import json
print('before')
json.loads('{"a": }')
