print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']), any(x > 3 for x in [1, 5]), tuple(c for c in 'ab'))
