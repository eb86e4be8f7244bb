s = 'abcdefgh'
t = tuple(s)
print(s[1:6:2], s[::-2], s[-100:100], t[::3], t[-2:], s[3:3] == '')
