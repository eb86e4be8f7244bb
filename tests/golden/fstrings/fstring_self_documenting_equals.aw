x = 10
name = 'aw'
print(f'{x=} {name=} {x * 2 = } {x=:>5}')
