result = 1 + 'a'
