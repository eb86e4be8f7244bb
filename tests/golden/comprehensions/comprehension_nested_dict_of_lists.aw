data = {k: [i for i in range(k)] for k in range(4)}
print(data, {k: sum(v) for k, v in data.items() if v})
