for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))
