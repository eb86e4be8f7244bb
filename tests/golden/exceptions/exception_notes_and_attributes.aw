e = OSError(2, 'No such file')
print(e.errno, e.strerror, str(e))
try:
    open('definitely_missing_file.txt')
except FileNotFoundError as err:
    print(type(err).__name__, err.errno, err.filename, err)
