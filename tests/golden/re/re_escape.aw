import re

print(re.escape('a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o'))
print(re.escape('hello world\t-#&~'), re.escape('_abc123'), re.escape('é😀'))
s = 'cost: $5.00 (approx) [sic]'
print(re.search(re.escape(s), 'x' + s + 'y').span())
print(re.escape(''), re.escape(b'\x00.\xff'))
