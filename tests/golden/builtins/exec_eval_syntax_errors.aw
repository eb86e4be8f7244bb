try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec('def f(:\n pass')
except SyntaxError as e:
    print(type(e).__name__)
