x = f'{x:{y}}' f'{f"{z}"}'
y = (f'a{b!r}c'
     f'''
{d}
  {e=}''')
z = f'{a=!r:>{w}}' 'lit' f'{ x = }'
