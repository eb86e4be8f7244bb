s = 'hello world'
print(s.find('o'), s.rfind('o'), s.find('z'), s.find('o', 5), s.index('world'), s.rindex('l'), s.find(''), s.count('l'), s.count('l', 4))
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
