def echo():
    received = None
    while True:
        received = yield f'got {received}'
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    g.send('stop')
except StopIteration as e:
    print('return value:', e.value)
