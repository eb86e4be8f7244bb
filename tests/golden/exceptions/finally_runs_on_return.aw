def f():
    try:
        return 'value'
    finally:
        print('cleanup before return')
print(f())
