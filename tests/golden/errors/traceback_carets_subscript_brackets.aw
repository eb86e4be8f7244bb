a = {'k': [1]}
print(a['k'][3])
