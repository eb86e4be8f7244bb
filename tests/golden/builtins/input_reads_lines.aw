name = input()
age = int(input('prompt> '))
print(f'Hello {name}, next year you are {age + 1}')
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
