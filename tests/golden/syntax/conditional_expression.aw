for n in (-2, 0, 3):
    print('neg' if n < 0 else 'zero' if n == 0 else 'pos')
print((lambda x: 'even' if x % 2 == 0 else 'odd')(7))
