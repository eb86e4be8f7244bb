s = 'hello World of PYTHON'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), 'ß'.upper(), 'ÉCOLE'.lower(), "they're bill's".title())
print('Straße'.casefold())
