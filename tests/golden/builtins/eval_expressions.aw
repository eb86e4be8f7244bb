x = 10
print(eval('x * 2 + 1'), eval('[i for i in range(3)]'), eval('{"a": 1}'), eval('x', {'x': 'from globals'}), eval('y + 1', {}, {'y': 5}))
