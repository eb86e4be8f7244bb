print('hello' 'world)
