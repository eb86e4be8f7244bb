assert 2 + 2 == 5, 'math is broken'
