x = 0
assert x + 1 == 5, "compared"
