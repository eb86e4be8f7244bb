import re

def make():
    p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)')
    return [p.search('x %s=%d y' % ('key' * (i % 3 + 1), i)) for i in range(200)]

ms = make()
re.purge()
junk = [list(range(50)) for _ in range(2000)]
print(len(ms), ms[7].groupdict(), ms[199].span('v'), ms[0].re.pattern)
it = re.finditer(r'\d+', ' '.join(str(i) for i in range(300)))
del junk
print(sum(int(m.group()) for m in it))
def rep(m):
    tmp = [str(i) * 3 for i in range(30)]
    return tmp[int(m.group()) % 30][:2]
print(re.sub(r'\d+', rep, 'a1 b22 c333 d4444 ' * 20)[:60])
ba = bytearray(b'hello world')
m = re.search(rb'(w\w+)', ba)
ba[:] = b'hi'
print(m.span(1), m.string, m.group(1))
