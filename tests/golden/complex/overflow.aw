# OverflowError from complex arithmetic, abs and conversions.
def attempt(f):
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError:', e)

attempt(lambda: complex(1e308, 1e308) ** 2.5)
attempt(lambda: 1e308j ** 101)
attempt(lambda: abs(complex(1e308, 1e308)))
attempt(lambda: abs(complex(1.7e308, 1.7e308)))
attempt(lambda: (10 ** 400) * 1j)
attempt(lambda: 1j + 10 ** 400)
attempt(lambda: complex(10 ** 400))
attempt(lambda: 10.0 ** 400 * 1j)
attempt(lambda: (-1e300) ** 1.5)
