# //, %, divmod, ~, round and shifts are not defined for complex (CPython 3.11's messages).
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

attempt(lambda: 1j // 2)
attempt(lambda: 2 % 1j)
attempt(lambda: 1.5 // 1j)
attempt(lambda: divmod(1j, 2))
attempt(lambda: ~1j)
attempt(lambda: round(1j))
attempt(lambda: 1j << 1)
attempt(lambda: 1j & 1)
attempt(lambda: 1j > 1)
attempt(lambda: 1 >= 1j)
attempt(lambda: sorted([1j, 2j]))
attempt(lambda: max(1j, 2j))
attempt(lambda: 1j + 'a')
attempt(lambda: [1] * 1j)
attempt(lambda: int(1j))
attempt(lambda: float(1j))
x = 1j
try:
    x //= 2
except TypeError as e:
    print('TypeError:', e)
