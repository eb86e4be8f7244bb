try:
    print('try')
finally:
    print('finally runs first')
raise TypeError('after finally')
