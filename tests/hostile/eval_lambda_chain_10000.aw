f = eval('lambda: ' * 10000 + '1')
print(f)
