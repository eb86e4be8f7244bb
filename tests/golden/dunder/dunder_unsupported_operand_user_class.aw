class A:
    pass
for op in ['+', '-', '*', '<']:
    try:
        eval('A() ' + op + ' 1')
    except TypeError as e:
        print(e)
