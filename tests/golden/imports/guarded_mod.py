def f():
    return 1
if __name__ == '__main__':
    print('should not print on import')
else:
    print('imported, __name__ =', __name__)
