name = 'Ann'
print(f'{name!r} {name!s} {name}', f'{"quoted"!r}', f'{3.0!r}', f'{None!s}')
