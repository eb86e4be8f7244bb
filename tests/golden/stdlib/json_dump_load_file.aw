import json
import os
fn = 'tmp_json_file.json'
with open(fn, 'w') as f:
    json.dump({'a': [1, 2], 'b': {'c': 'd'}}, f, indent=2)
with open(fn) as f:
    print(f.read())
with open(fn) as f:
    print(json.load(f))
os.remove(fn)
