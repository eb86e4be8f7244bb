from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('AB', repeat=2)), list(product([1, 2], 'ab')), list(product()))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(permutations('AB', 3)))
print(sum(1 for _ in product(range(10), repeat=3)))
for f in [lambda: combinations('a', -1), lambda: product('a', repeat=-1), lambda: permutations('a', -1)]:
    try:
        f()
    except ValueError as e:
        print(e)
