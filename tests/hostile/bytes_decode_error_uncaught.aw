data = b'caf\xe9'
print(data.decode('utf-8'))
