import json
print(json.dumps([1.0, 1e16, 1e-07, 0.1, -0.0, 3, -5, 2 ** 70, True, False, None, 'x']))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(-float('inf')))
print(json.dumps({1.5: 1, True: 2, None: 3, 10 ** 20: 4, 7: 5}))
print(json.dumps('h\u00e9llo \U0001F600 \x01\x7f "q" \\ \n\t'))
print(json.dumps('h\u00e9llo \U0001F600', ensure_ascii=False))
print(json.dumps({'k': 'é'}, ensure_ascii=False, indent=2))
