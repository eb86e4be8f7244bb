import json
a = []
a.append(a)
for f in [lambda: json.dumps(a), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True),
          lambda: json.dumps({1, 2}), lambda: json.dumps(object()), lambda: json.dumps([float('nan')], allow_nan=False),
          lambda: json.dumps([float('inf')], allow_nan=False, indent=2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e if 'object at' not in str(e) else str(e)[:20])
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
