print(repr(1), repr(1.5), repr('s'), repr([1, 'a']), repr(None), repr(True), repr((1,)), repr({}), repr(set()), repr(range(2)))
