s = 'price: 5\u20ac'
print(s.encode('cp1252'))
print(s.encode('latin2'))
