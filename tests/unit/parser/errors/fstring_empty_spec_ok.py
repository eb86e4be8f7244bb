x = f'{x!r:}' + f'{x:{y}}'
