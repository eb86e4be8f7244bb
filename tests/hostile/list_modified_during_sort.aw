a = [3, 2, 1]
a.sort(key=lambda x: a.append(x) or x)
