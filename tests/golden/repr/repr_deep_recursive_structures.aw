a = []
b = [a]
a.append(b)
print(a)
t = ([],)
t[0].append(t)
print(t)
