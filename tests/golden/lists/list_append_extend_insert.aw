a = [1, 2]
a.append(3)
a.extend([4, 5])
a.extend('ab')
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before-last')
print(a)
