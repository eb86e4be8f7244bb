print(repr('ab' * -2), repr('ab' * 0), 'ab' * True, repr('ab' * False))
