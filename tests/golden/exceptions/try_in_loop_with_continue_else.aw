results = []
for v in ['1', 'x', '3', '']:
    try:
        n = int(v)
    except ValueError:
        results.append('bad')
        continue
    else:
        results.append(n * 10)
print(results)
