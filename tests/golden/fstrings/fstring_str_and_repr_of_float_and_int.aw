x, y = 1 / 3, 10 ** 20
print(f'{x} {y} {x!r} {float(y)} {y:,} {y:e} {-x:+.3}')
