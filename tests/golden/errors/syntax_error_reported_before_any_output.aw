print('this must not print')
x = )
