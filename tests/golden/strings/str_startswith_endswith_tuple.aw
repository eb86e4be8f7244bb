s = 'filename.txt'
print(s.startswith('file'), s.endswith(('.py', '.txt')), s.startswith(('a', 'b')), s.endswith('txt', 0, 5), s.startswith('name', 4))
