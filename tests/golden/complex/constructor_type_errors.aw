# complex() argument errors and their messages.
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

attempt(lambda: complex(1, 2, 3))
attempt(lambda: complex(x=1))
attempt(lambda: complex('1', 2))
attempt(lambda: complex(1, '2'))
attempt(lambda: complex([]))
attempt(lambda: complex(1, []))
attempt(lambda: complex(None))
attempt(lambda: complex(b'1'))
attempt(lambda: complex(1, real=2))
