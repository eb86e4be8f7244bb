code = '''
def sq(n):
    return n * n
result = [sq(i) for i in range(4)]
'''
ns = {}
exec(code, ns)
print(ns['result'], 'sq' in ns)
exec('z = 5')
print(z)
